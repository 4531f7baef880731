import Foundation

/// Square-bracket insertions and illegible marks, classified as ENCODING.md §3 says:
/// supplied word, editor's note, stamp, gap (non-textual feature), expansion, illegible mark.
enum EditorialRule {
    static let gapWords: Set<String> = ["signature", "seal", "illegible", "…", "...", "omitted", "illegible signature", "stamp", "photo", "photograph", "text missing", "blank", "unreadable", "sic"]

    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        for pair in c.brackets.pairs where pair.inner.length > 0 {
            result.append(classify(pair, c))
        }
        result += illegibleMarks(c)
        return result
    }

    static func classify(_ pair: BracketPair, _ c: TaggerContext) -> Annotation {
        let inner = c.source.trimmed(pair.inner)
        // The kind shows in the first words; a long note need not be read to the end.
        let text = c.source[Span(inner.start, min(inner.end, inner.start + 400))]
        var a = Annotation(.editorial, pair.inner, rule: "editorial.bracket")
        let lower = text.lowercased()
        let words = text.split(whereSeparator: { $0.isWhitespace })
        if lower.hasPrefix("stamp") {
            a.editorial = .stamp
            a.rule = "editorial.stamp"
            a.labelEnd = labelEnd(pair, c)
        } else if gapWords.contains(lower) {
            a.editorial = .gap
            a.rule = "editorial.gap"
        } else if let abbr = abbreviation(before: pair, c), words.count <= 6,
                  words.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "for", "and", "on"].contains($0) }) {
            a.editorial = .expan
            a.abbreviationSpan = abbr
            a.rule = "editorial.expansion"
        } else if isDescription(text, words: words) {
            a.editorial = .note
            a.rule = "editorial.note"
            a.labelEnd = text.hasPrefix("Footnote:") || text.hasPrefix("Note:") ? labelEnd(pair, c) : nil
        } else {
            a.editorial = .supplied
            a.rule = "editorial.supplied"
        }
        a.subtype = a.editorial!.rawValue
        return a
    }

    /// An editor's description rather than a supplied word: long, or a label with a colon, or a
    /// description of the document (`Handwritten note ...`, `Signal Copy`, `Footnote:`).
    static func isDescription(_ text: String, words: [Substring]) -> Bool {
        if words.count > 4 || text.contains(":") { return true }
        let first = words.first.map { $0.lowercased() } ?? ""
        let last = words.last.map { $0.lowercased().trimmedPunctuation() } ?? ""
        // `[Control copy]`, `[Signal Copy]`, `[Original text]`: the editor describing the document.
        return ["handwritten", "footnote", "note", "signal", "translator's", "translator’s", "marginal", "typed", "written", "page", "illegible", "handwriting", "resolution", "seal"].contains(first)
            || (words.count >= 2 && ["copy", "text", "page", "original", "translation", "draft", "ink"].contains(last))
    }

    /// The end of a description's label (`Stamp:` or `Stamp at the bottom of the first page:`).
    static func labelEnd(_ pair: BracketPair, _ c: TaggerContext) -> Int? {
        let b = c.source.bytes
        var p = pair.open + 1
        while p < pair.close, b[p] != 0x3A, b[p] != 0x0A, b[p] != 0x5B { p += 1 }
        return p < pair.close && b[p] == 0x3A ? p + 1 : nil
    }

    /// An all-capital abbreviation right before the bracket (`OS [Special Department]`).
    static func abbreviation(before pair: BracketPair, _ c: TaggerContext) -> Span? {
        let i = c.tokenIndex(at: pair.open)
        guard i > 0, i < c.tokens.count, c.tokens[i].spaceBefore else { return nil }
        let previous = c.tokens[i - 1]
        let text = c.text(i - 1)
        guard previous.kind == .word, previous.shape == .allCaps, (2...5).contains(text.count) else { return nil }
        return previous.span
    }

    /// Runs of `?` standing for illegible characters inside a word or number (`57??`), or alone.
    static func illegibleMarks(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        let b = c.source.bytes
        var p = c.documents.first?.span?.start ?? 0
        let end = c.documents.last?.span?.end ?? 0
        while p < end {
            guard b[p] == 0x3F else { p += 1; continue }
            var q = p
            while q < end, b[q] == 0x3F { q += 1 }
            // Two or more marks, or one right after a digit (`5?`): illegible characters, not a question.
            if q - p >= 2 || (p > 0 && isDigit(b[p - 1])) {
                var a = Annotation(.editorial, Span(p, q), rule: "editorial.illegible", subtype: "illegible")
                a.editorial = .illegible
                result.append(a)
            }
            p = q
        }
        return result
    }
}
