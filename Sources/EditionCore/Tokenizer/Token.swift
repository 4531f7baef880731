/// One token of the transcription, located by its byte range.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word
        /// Digits, with `,` thousands groups and a `.` decimal part (`100,000`, `3,510`, `1.5`).
        case number
        /// A word from the number-word lexicon (`five`, `million`, `one-fifth` is three tokens).
        case numberWord
        /// `N°`, `№`, `#`, `No.` before a number.
        case numberSign
        case punctuation
        case openBracket
        case closeBracket
        /// Inline HTML such as `<sup>` or `</sup>`.
        case markup
        case lineBreak
        /// A blank line (two or more line breaks with only spaces between).
        case paragraphBreak
    }

    /// The letter case of a word, used by the name rules.
    public enum Shape: Hashable, Sendable {
        case lower, capitalized, allCaps, mixed, none
    }

    public var kind: Kind
    public var span: Span
    public var shape: Shape
    /// Whether whitespace (or the start of the text) comes right before the token.
    public var spaceBefore: Bool

    public init(kind: Kind, span: Span, shape: Shape = .none, spaceBefore: Bool) {
        self.kind = kind
        self.span = span
        self.shape = shape
        self.spaceBefore = spaceBefore
    }

    public var isBreak: Bool { kind == .lineBreak || kind == .paragraphBreak }
}
