extension StringProtocol {
    /// Without leading and trailing whitespace (spaces, tabs, line breaks). Pure Swift: on Linux,
    /// Foundation's `trimmingCharacters(in:)` goes through NSString and was a third of a
    /// one-document run's start-up (loading the lexicons).
    public func trimmedWhitespace() -> String { trimmed(where: \.isWhitespace) }

    /// Without leading and trailing punctuation (Unicode general category P*).
    public func trimmedPunctuation() -> String { trimmed(where: \.isPunctuation) }

    func trimmed(where drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
