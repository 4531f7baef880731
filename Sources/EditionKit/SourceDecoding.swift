import EditionCore

/// Turns a file's bytes into a `SourceText`: a UTF-8 BOM is dropped, UTF-16 with a BOM is
/// decoded, invalid UTF-8 is an error at its byte offset.
public enum SourceDecoding {
    public enum Failure: Error, Equatable {
        case invalidUTF8(offset: Int)
    }

    /// The decoded text, and where U+FFFD replaced invalid bytes (offsets in the new text).
    public struct Decoded: Sendable {
        public var source: SourceText
        public var replacements: [Int]
    }

    public static func decode(_ data: [UInt8], replacingInvalid: Bool = false) -> Result<Decoded, Failure> {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .success(Decoded(source: SourceText(bytes: utf16(bytes)), replacements: []))
        }
        guard let first = firstInvalidUTF8(bytes) else { return .success(Decoded(source: SourceText(bytes: bytes), replacements: [])) }
        guard replacingInvalid else { return .failure(.invalidUTF8(offset: first)) }
        return .success(replacingInvalidSequences(bytes))
    }

    /// Each byte that does not start a valid sequence becomes U+FFFD.
    static func replacingInvalidSequences(_ b: [UInt8]) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var replacements: [Int] = []
        var i = 0
        while i < b.count {
            let length = validSequenceLength(b, at: i)
            if length > 0 {
                out.append(contentsOf: b[i..<(i + length)])
                i += length
            } else {
                replacements.append(out.count)
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            }
        }
        return Decoded(source: SourceText(bytes: out), replacements: replacements)
    }

    static func utf16(_ bytes: [UInt8]) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Offset of the first byte that does not start a valid, shortest-form UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let length = validSequenceLength(b, at: i)
            if length == 0 { return i }
            i += length
        }
        return nil
    }

    /// The length of the valid, shortest-form sequence at `i`, or 0 (overlong forms, surrogates,
    /// truncated sequences and stray continuation bytes are invalid).
    static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        let length: Int
        let minimum: UInt32
        switch c {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard i + length <= b.count else { return 0 }
        var value = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            guard b[i + k] & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(b[i + k] & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0 }
        return length
    }
}
