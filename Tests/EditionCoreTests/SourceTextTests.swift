import EditionCore
import Testing

@Suite struct SourceTextTests {
    @Test func linesAndColumnsCountCodePoints() {
        let s = SourceText("ab\nN° 5\r\nx")
        #expect(s.lineCount == 3)
        // `5` is the 4th code point of line 2 (`N`, `°`, space, `5`), at byte 7.
        #expect(s.location(of: 7) == SourceLocation(line: 2, column: 4))
        #expect(s[s.lineSpan(1)] == "N° 5")
        #expect(s.codePointOffsets([7])[7] == 6)
    }

    @Test func loneCarriageReturnEndsALine() {
        let s = SourceText("a\rb")
        #expect(s.lineCount == 2)
        #expect(s.location(of: 2) == SourceLocation(line: 2, column: 1))
    }
}
