import EditionCore
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer(abbreviations: Fixtures.lexicon.abbreviations, numberWords: Set(Fixtures.lexicon.numberWords.keys))

    func tokens(_ text: String) -> [(Token.Kind, String)] {
        let s = SourceText(text)
        return tokenizer.tokenize(s).map { ($0.kind, s[$0.span]) }
    }

    @Test func numberSignsInTheirForms() {
        let kinds = tokens("N° 24547 № 12 No. 5 # 3").filter { $0.0 == .numberSign }.map(\.1)
        #expect(kinds == ["N°", "№", "No.", "#"])
    }

    @Test func numbersKeepThousandsAndDecimals() {
        let numbers = tokens("3,510 vehicles, 100,000 grenades, 1.5 tons").filter { $0.0 == .number }.map(\.1)
        #expect(numbers == ["3,510", "100,000", "1.5"])
    }

    @Test func dottedDatesAreNotDecimals() {
        #expect(tokens("23.X.59").map(\.1) == ["23", ".", "X", ".", "59"])
        #expect(tokens("06.03.1976").map(\.1) == ["06", ".", "03", ".", "1976"])
    }

    @Test func abbreviationsKeepTheirDots() {
        let words = tokens("Cde. Stalin and A.F. Dobrynin of the U.S. at 7 p.m.").filter { $0.0 == .word }.map(\.1)
        #expect(words.contains("Cde."))
        #expect(words.contains("A.F."))
        #expect(words.contains("U.S."))
        #expect(words.contains("p.m."))
    }

    @Test func markupBracketsAndBreaks() {
        let t = tokens("8<sup>th</sup> [We]\n\nnext")
        #expect(t.contains { $0.0 == .markup && $0.1 == "<sup>" })
        #expect(t.contains { $0.0 == .openBracket })
        #expect(t.contains { $0.0 == .paragraphBreak })
        #expect(t.contains { $0.0 == .numberWord } == false)
        #expect(tokens("five divisions").first?.0 == .numberWord)
    }

    @Test func wordShapes() {
        let s = SourceText("MAO Zedong mixedCase lower")
        let shapes = tokenizer.tokenize(s).map(\.shape)
        #expect(shapes == [.allCaps, .capitalized, .mixed, .lower])
    }
}
