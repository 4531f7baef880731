/// Characters XML 1.0 does not allow: C0 controls other than tab, line feed and carriage
/// return, and U+FFFE and U+FFFF. They cannot reach the TEI; each is reported where it is and
/// left out of the output. Everything else (zero-width and bidirectional marks, combining
/// characters, non-breaking spaces) is kept as it is.
public enum ForbiddenCharacters {
    public static func scan(_ source: SourceText) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let b = source.bytes
        var p = 0
        while p < b.count {
            let byte = b[p]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                result.append(Diagnostic(.warning, rule: "text.forbidden-char", "U+\(hex(UInt32(byte))) is not allowed in XML; left out of the edition", at: p))
            } else if byte == 0xEF, p + 2 < b.count, b[p + 1] == 0xBF, b[p + 2] == 0xBE || b[p + 2] == 0xBF {
                result.append(Diagnostic(.warning, rule: "text.forbidden-char", "U+\(b[p + 2] == 0xBE ? "FFFE" : "FFFF") is not allowed in XML; left out of the edition", at: p))
            }
            p += 1
        }
        return result
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
