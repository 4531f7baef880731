/// Splits a source text into tokens in one pass over its UTF-8 bytes.
///
/// Abbreviations (`Cde.`, `Gen.`, `A.F.`, `U.S.`, `p.m.`) keep their dots; the lexicon supplies the
/// known abbreviations and number words, so the tokenizer needs no constants of its own.
public struct Tokenizer: Sendable {
    public var abbreviations: Set<String>
    public var numberWords: Set<String>

    public init(abbreviations: Set<String> = [], numberWords: Set<String> = []) {
        self.abbreviations = Set(abbreviations.map { $0.lowercased() })
        self.numberWords = Set(numberWords.map { $0.lowercased() })
    }

    public func tokenize(_ source: SourceText, in range: Span? = nil) -> [Token] {
        var scanner = Scanner(source: source, range: range ?? source.fullSpan, tokenizer: self)
        return scanner.run()
    }
}

private struct Scanner {
    let source: SourceText
    let bytes: [UInt8]
    let end: Int
    let tokenizer: Tokenizer
    var pos: Int
    var tokens: [Token] = []
    var spaceBefore = true

    init(source: SourceText, range: Span, tokenizer: Tokenizer) {
        self.source = source
        self.bytes = source.bytes
        self.end = range.end
        self.pos = range.start
        self.tokenizer = tokenizer
    }

    mutating func run() -> [Token] {
        tokens.reserveCapacity((end - pos) / 4)
        while pos < end {
            let b = bytes[pos]
            if b == 0x0A || b == 0x0D {
                scanLineBreaks()
            } else if b == 0x20 || b == 0x09 {
                pos += 1
                spaceBefore = true
            } else if isDigit(b) {
                scanNumber()
            } else if b == 0x5B {
                emit(.openBracket, pos, pos + 1)
            } else if b == 0x5D {
                emit(.closeBracket, pos, pos + 1)
            } else if b == 0x3C, let close = markupEnd(from: pos) {
                emit(.markup, pos, close)
            } else if b == 0x23 {
                emit(.numberSign, pos, pos + 1)
            } else {
                let (scalar, length) = source.scalar(at: pos)
                if scalar == "\u{2116}" {
                    emit(.numberSign, pos, pos + length)
                } else if scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                    pos += length
                    spaceBefore = true
                } else if isLetter(scalar) {
                    scanWord()
                } else {
                    emit(.punctuation, pos, pos + length)
                }
            }
        }
        return tokens
    }

    mutating func emit(_ kind: Token.Kind, _ start: Int, _ stop: Int, shape: Token.Shape = .none) {
        tokens.append(Token(kind: kind, span: Span(start, stop), shape: shape, spaceBefore: spaceBefore))
        pos = stop
        spaceBefore = false
    }

    /// A run of line terminators (with spaces between) is one line break, or a paragraph break when it holds two or more.
    mutating func scanLineBreaks() {
        let start = pos
        var lines = 0, lastBreakEnd = pos
        var p = pos
        while p < end {
            let b = bytes[p]
            if b == 0x0D {
                lines += 1
                p += (p + 1 < end && bytes[p + 1] == 0x0A) ? 2 : 1
                lastBreakEnd = p
            } else if b == 0x0A {
                lines += 1
                p += 1
                lastBreakEnd = p
            } else if b == 0x20 || b == 0x09 {
                p += 1
            } else {
                break
            }
        }
        tokens.append(Token(kind: lines >= 2 ? .paragraphBreak : .lineBreak, span: Span(start, lastBreakEnd), spaceBefore: spaceBefore))
        pos = p
        spaceBefore = true
    }

    mutating func scanNumber() {
        let start = pos
        var p = digitsEnd(from: pos)
        // Thousands groups: `,` followed by exactly three digits.
        while p + 3 < end + 1, p < end, bytes[p] == 0x2C, p + 3 <= end,
              digitsEnd(from: p + 1) == p + 4 {
            p += 4
        }
        // A decimal part, unless the dot is part of a dotted date (`23.10.1959`, `06.03.1976`).
        let afterDot = start >= 2 && bytes[start - 1] == 0x2E && (isDigit(bytes[start - 2]) || isASCIILetter(bytes[start - 2]))
        if !afterDot, p + 1 < end, bytes[p] == 0x2E, isDigit(bytes[p + 1]) {
            let fractionEnd = digitsEnd(from: p + 1)
            let dottedDate = fractionEnd < end && bytes[fractionEnd] == 0x2E && fractionEnd + 1 < end && isDigit(bytes[fractionEnd + 1])
            if !dottedDate { p = fractionEnd }
        }
        emit(.number, start, p)
    }

    func digitsEnd(from start: Int) -> Int {
        var p = start
        while p < end, isDigit(bytes[p]) { p += 1 }
        return p
    }

    mutating func scanWord() {
        let start = pos
        var p = pos
        // Letters, digits inside words (`VKP`), apostrophes inside (`Ikeda’s`).
        while p < end {
            let (scalar, length) = source.scalar(at: p)
            if isLetter(scalar) || (p > start && isDigit(bytes[p])) {
                p += length
            } else if (scalar == "'" || scalar == "\u{2019}") && p + length < end && isLetter(source.scalar(at: p + length).0) {
                // A possessive `'s` is a token of its own, so names end before it (`Yoshida’s`).
                let next = p + length
                if bytes[next] == 0x73, next + 1 >= end || !isLetter(source.scalar(at: next + 1).0) { break }
                p += length
            } else {
                break
            }
        }
        let word = String(decoding: bytes[start..<p], as: UTF8.self)
        // `N°`: the number sign written with a degree sign.
        if word == "N" || word == "No" || word == "no" || word == "NO", p < end {
            let (next, length) = source.scalar(at: p)
            if next == "\u{00B0}" || next == "\u{00BA}" {
                emit(.numberSign, start, p + length)
                return
            }
        }
        if let dotted = abbreviationEnd(wordStart: start, wordEnd: p, word: word) {
            if word.lowercased() == "no" && startsIdentifier(after: dotted) {
                emit(.numberSign, start, dotted)
            } else {
                emit(.word, start, dotted, shape: shape(of: word))
            }
            return
        }
        let kind: Token.Kind = tokenizer.numberWords.contains(word.lowercased()) ? .numberWord : .word
        emit(kind, start, p, shape: shape(of: word))
    }

    /// The end of an abbreviation with its dot(s): an initial (`A.`), a dotted group (`U.S.`, `p.m.`),
    /// or a word the lexicon lists with a dot (`Cde.`, `Gen.`, `No.`).
    func abbreviationEnd(wordStart: Int, wordEnd: Int, word: String) -> Int? {
        guard wordEnd < end, bytes[wordEnd] == 0x2E else { return nil }
        // The month of a dotted date (`23.X.59`) keeps the dots as separators.
        if wordStart >= 2, bytes[wordStart - 1] == 0x2E, isDigit(bytes[wordStart - 2]) { return nil }
        var p = wordEnd + 1
        // Dotted groups of single letters: A.F., U.S.A., p.m.
        var letters = word.unicodeScalars.count == 1 ? 1 : 0
        while letters > 0, p + 1 < end, isASCIILetter(bytes[p]), bytes[p + 1] == 0x2E,
              p + 2 >= end || !isASCIILetter(bytes[p + 2]) {
            p += 2
            letters += 1
        }
        if letters >= 1 { return p }
        if tokenizer.abbreviations.contains(word.lowercased() + ".") { return wordEnd + 1 }
        return nil
    }

    /// Whether a number or an identifier (`KU-USA-540058`, `P125/1`) follows `No.` (a colon allowed).
    func startsIdentifier(after p: Int) -> Bool {
        var q = p
        if q < end, bytes[q] == 0x3A { q += 1 }
        while q < end, bytes[q] == 0x20 || bytes[q] == 0xC2 || bytes[q] == 0xA0 { q += 1 }
        guard q < end else { return false }
        if isDigit(bytes[q]) { return true }
        // Capitals then a digit or hyphen within the same word.
        var r = q
        while r < end, bytes[r] >= 0x41, bytes[r] <= 0x5A { r += 1 }
        return r > q && r < end && (isDigit(bytes[r]) || bytes[r] == 0x2D)
    }

    func markupEnd(from start: Int) -> Int? {
        var p = start + 1
        if p < end, bytes[p] == 0x2F { p += 1 }
        guard p < end, isASCIILetter(bytes[p]) else { return nil }
        while p < end, isASCIILetter(bytes[p]) || isDigit(bytes[p]) { p += 1 }
        return p < end && bytes[p] == 0x3E ? p + 1 : nil
    }

    func shape(of word: String) -> Token.Shape {
        if let shape = asciiShape(of: word) { return shape }
        var upper = 0, lower = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        if upper == 0 { return lower == 0 ? .none : .lower }
        if lower == 0 { return .allCaps }
        let first = word.unicodeScalars.first!
        return first.properties.isUppercase && upper == 1 ? .capitalized : .mixed
    }

    /// The same answer from the bytes of an ASCII word, without Unicode property lookups (which
    /// were most of the tokenizer's time); nil for any other word.
    func asciiShape(of word: String) -> Token.Shape? {
        var upper = 0, lower = 0
        for b in word.utf8 {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 }
        }
        if upper == 0 { return lower == 0 ? Token.Shape.none : .lower }
        if lower == 0 { return .allCaps }
        let first = word.utf8.first!
        return first >= 0x41 && first <= 0x5A && upper == 1 ? .capitalized : .mixed
    }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return isASCIILetter(UInt8(s.value)) }
    return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
}
