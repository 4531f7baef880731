/// The metadata block at the top of a transcription: a year line, a collection line, then
/// `**Label:** value` fields, several of which may share a line.
public struct Header: Sendable {
    public struct Field: Sendable, Hashable {
        /// The label as written, without the asterisks and colon (`Title`, `Original Language`).
        public var label: String
        public var labelSpan: Span
        /// The value, trimmed; empty when the field is empty.
        public var value: Span
    }

    /// Lines before the first field (year, collection), trimmed, blank ones left out.
    public var preamble: [Span]
    public var fields: [Field]
    /// Where the body starts: the line after the last field line (or 0 with no header).
    public var bodyStart: Int

    public func field(_ label: String) -> Field? {
        fields.first { $0.label.lowercased() == label.lowercased() }
    }
}

public enum HeaderParser {
    /// Reads the header. As in the reference check (`text_invariant.py`), the header runs to the
    /// last line that holds a `**Label:**` field.
    public static func parse(_ source: SourceText) -> (Header, [Diagnostic]) {
        var fieldLines: [(Int, [(Span, Span)])] = []
        for line in 0..<source.lineCount {
            let labels = labelSpans(in: source.lineSpan(line), source)
            if !labels.isEmpty { fieldLines.append((line, labels)) }
        }
        guard let last = fieldLines.last?.0 else {
            return (Header(preamble: [], fields: [], bodyStart: 0),
                    [Diagnostic(.warning, rule: "header.missing", "no header fields (**Title:** ...); the whole file is treated as the body", at: 0)])
        }
        var diagnostics: [Diagnostic] = []
        var fields: [Header.Field] = []
        var seen: Set<String> = []
        let firstFieldLine = fieldLines.first!.0
        // A field's value runs to the next label on its line, or over continuation lines up to the next field line.
        var fieldLineIndex = 0
        for (line, labels) in fieldLines {
            let lineSpan = source.lineSpan(line)
            for (k, (whole, label)) in labels.enumerated() {
                var valueEnd = k + 1 < labels.count ? labels[k + 1].0.start : lineSpan.end
                if k + 1 == labels.count {
                    let nextFieldLine = fieldLineIndex + 1 < fieldLines.count ? fieldLines[fieldLineIndex + 1].0 : line + 1
                    if nextFieldLine > line + 1 { valueEnd = source.lineSpan(nextFieldLine - 1).end }
                }
                let name = source[label]
                if seen.contains(name.lowercased()) {
                    diagnostics.append(Diagnostic(.warning, rule: "header.repeated-field", "header field '\(name)' appears more than once; both are kept", at: whole.start))
                }
                seen.insert(name.lowercased())
                fields.append(Header.Field(label: name, labelSpan: whole, value: source.trimmed(Span(whole.end, max(whole.end, valueEnd)))))
            }
            fieldLineIndex += 1
        }
        var preamble: [Span] = []
        for line in 0..<firstFieldLine {
            let span = source.trimmed(source.lineSpan(line))
            if !span.isEmpty { preamble.append(span) }
        }
        let bodyStart = last + 1 < source.lineCount ? source.lineStarts[last + 1] : source.count
        return (Header(preamble: preamble, fields: fields, bodyStart: bodyStart), diagnostics)
    }

    /// `**Label:**` occurrences in a line: (whole marker, label text).
    static func labelSpans(in line: Span, _ source: SourceText) -> [(Span, Span)] {
        let b = source.bytes
        var result: [(Span, Span)] = []
        var p = line.start
        while p + 1 < line.end {
            guard b[p] == 0x2A, b[p + 1] == 0x2A else { p += 1; continue }
            // Label: no `*` and no `:` inside, then `:**`.
            var q = p + 2
            while q < line.end, b[q] != 0x2A, b[q] != 0x3A { q += 1 }
            if q > p + 2, q + 3 <= line.end, b[q] == 0x3A, b[q + 1] == 0x2A, b[q + 2] == 0x2A {
                result.append((Span(p, q + 3), Span(p + 2, q)))
                p = q + 3
            } else {
                p += 2
            }
        }
        return result
    }
}
