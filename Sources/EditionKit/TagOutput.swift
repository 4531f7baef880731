import EditionCore
import Foundation

/// The `tag` command's output: a table for people, JSONL in the gold format for machines.
public enum TagOutput {
    /// One JSON object per line: doc, type, subtype, start, end (code points), text, value, rule, line, column.
    public static func jsonLines(_ text: AnnotatedText) -> String {
        let mentions = text.annotations
        let offsets = text.source.codePointOffsets(mentions.flatMap { [$0.span.start, $0.span.end] })
        let locations = text.source.locations(mentions.map(\.span.start))
        var out = ""
        for a in mentions {
            let location = locations[a.span.start]!
            let object: [(String, Any?)] = [
                ("doc", text.name), ("type", a.type.rawValue), ("subtype", a.subtype),
                ("start", offsets[a.span.start]!), ("end", offsets[a.span.end]!),
                ("text", text.source[a.span]), ("value", a.value), ("rule", a.rule),
                ("line", location.line), ("column", location.column),
            ]
            out += "{" + object.map { "\(json($0.0)): \(json($0.1))" }.joined(separator: ", ") + "}\n"
        }
        return out
    }

    /// Aligned columns: type, subtype, text, value, line:column, rule.
    public static func table(_ text: AnnotatedText) -> String {
        var rows = [["TYPE", "SUBTYPE", "TEXT", "VALUE", "AT", "RULE"]]
        let locations = text.source.locations(text.annotations.map(\.span.start))
        for a in text.annotations {
            let shown = text.source[a.span].split(whereSeparator: { $0.isNewline }).joined(separator: " ⏎ ")
            rows.append([a.type.rawValue, a.subtype ?? "-", shown.count > 48 ? String(shown.prefix(47)) + "…" : shown,
                         a.value ?? "-", locations[a.span.start]!.description, a.rule])
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in i == 5 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func json(_ value: Any?) -> String {
        switch value {
        case nil: return "null"
        case let i as Int: return String(i)
        case let s as String: return jsonString(s)
        default: return "null"
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
