extension StringProtocol {
    /// Without leading and trailing whitespace (spaces, tabs, line breaks). Pure Swift: on Linux,
    /// Foundation's `trimmingCharacters(in:)` goes through NSString and was a third of a
    /// one-document run's start-up (loading the lexicons).
    public func trimmedWhitespace() -> String {
        // Most strings have no space at either end: answer from the first and last byte.
        let isSpace = { (b: UInt8) in b == 0x20 || (b >= 0x09 && b <= 0x0D) || b >= 0x80 }
        if let first = utf8.first, let last = utf8.reversed().first, !isSpace(first), !isSpace(last) { return String(self) }
        return trimmed(where: \.isWhitespace)
    }

    /// Without leading and trailing punctuation (Unicode general category P*).
    public func trimmedPunctuation() -> String { trimmed(where: \.isPunctuation) }

    /// Runs of whitespace as one space, none at the ends. ASCII text is scanned as bytes: the
    /// personography's thousands of names are read this way at every start-up.
    public func squeezingWhitespace() -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for b in utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    func trimmed(where drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
