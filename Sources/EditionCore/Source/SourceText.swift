/// A half-open range of UTF-8 byte offsets into a `SourceText`.
///
/// Every annotation and structural unit is a span: nothing copies text out of the source
/// without remembering where it came from.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// Overlapping without either containing the other.
    public func crosses(_ other: Span) -> Bool { overlaps(other) && !contains(other) && !other.contains(self) }

    /// Document order; for equal starts the longer span first, so that containers precede their content.
    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end > b.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// A line and column, both 1-based; the column counts Unicode scalars (code points).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// The transcription as valid UTF-8 bytes, with a line index.
///
/// Offsets are UTF-8 byte offsets; line:column and code-point offsets are computed on demand.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]

    /// `bytes` must be valid UTF-8 (decoding and repair happen before, in the I/O layer).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    public var count: Int { bytes.count }
    public var fullSpan: Span { Span(0, bytes.count) }

    public subscript(span: Span) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// Index of the line holding `offset` (0-based).
    public func lineIndex(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The 1-based line of `offset` (a binary search; no column is counted).
    public func line(of offset: Int) -> Int { lineIndex(of: offset) + 1 }

    /// Line and column of many offsets in one pass over the text (columns count code points).
    public func locations(_ offsets: [Int]) -> [Int: SourceLocation] {
        let lineStartsNeeded = offsets.map { lineStarts[lineIndex(of: $0)] }
        let codePoints = codePointOffsets(offsets + lineStartsNeeded)
        var result: [Int: SourceLocation] = [:]
        for (offset, start) in zip(offsets, lineStartsNeeded) {
            result[offset] = SourceLocation(line: lineIndex(of: offset) + 1, column: codePoints[offset]! - codePoints[start]! + 1)
        }
        return result
    }

    public func location(of offset: Int) -> SourceLocation {
        let line = lineIndex(of: offset)
        return SourceLocation(line: line + 1, column: scalarCount(from: lineStarts[line], to: offset) + 1)
    }

    /// The line's content, without its line terminator.
    public func lineSpan(_ index: Int) -> Span {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return Span(start, end)
    }

    public var lineCount: Int { lineStarts.count }

    /// Number of Unicode scalars in `bytes[from..<to]` (continuation bytes are not counted).
    public func scalarCount(from: Int, to: Int) -> Int {
        var n = 0
        for i in from..<to where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Converts byte offsets to code-point offsets in one pass; `offsets` need not be sorted.
    public func codePointOffsets(_ offsets: [Int]) -> [Int: Int] {
        let sorted = Set(offsets).sorted()
        var result: [Int: Int] = [:]
        var count = 0, pos = 0
        for target in sorted {
            while pos < target && pos < bytes.count {
                if bytes[pos] & 0xC0 != 0x80 { count += 1 }
                pos += 1
            }
            result[target] = count
        }
        return result
    }

    /// The Unicode scalar starting at `offset` and its length in bytes.
    public func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[offset]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where offset + k < bytes.count {
            value = value << 6 | UInt32(bytes[offset + k] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The span without leading and trailing ASCII whitespace.
    public func trimmed(_ span: Span) -> Span {
        var s = span.start, e = span.end
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 || bytes[s] == 0x0A || bytes[s] == 0x0D { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D { e -= 1 }
        return Span(s, e)
    }
}
