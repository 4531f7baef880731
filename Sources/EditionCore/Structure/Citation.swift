/// The header's Source field, parsed into the parts a `bibl` marks up:
/// `Edited by James Person New evidence on Korean War pg. 247-251`,
/// `Foreign Relations of the United States, 1952–1954, ..., document 569, 894.10/6–852: Telegram`.
public struct Citation: Sendable {
    public enum Part: Sendable, Hashable {
        case editor
        case title
        /// Pages, with the first and last page.
        case pages(from: String, to: String)
        /// A document number within the cited volume.
        case document(String)
        /// An archive file number (`894.10/6–852`).
        case fileNumber
    }

    public var parts: [(part: Part, span: Span)]

    public static func parse(_ field: Span, _ source: SourceText) -> Citation {
        let tokens = Tokenizer(abbreviations: ["pg.", "pp.", "p."]).tokenize(source, in: field)
        var parts: [(Part, Span)] = []
        func text(_ i: Int) -> String { source[tokens[i].span] }
        var i = 0
        var titleStart: Int?
        var titleEnd: Int?
        while i < tokens.count {
            let t = text(i).lowercased()
            if (t == "edited" || t == "compiled"), i + 1 < tokens.count, text(i + 1) == "by" {
                // Editors: capitalized words and initials, separated by commas; the last capitalized
                // word before a lowercase one starts the title (`James Person New evidence`).
                var k = i + 2, nameStart = k
                while k < tokens.count {
                    if text(k) == "," || text(k) == "and" {
                        if k > nameStart { parts.append((.editor, Span(tokens[nameStart].span.start, tokens[k - 1].span.end))) }
                        nameStart = k + 1
                    } else if tokens[k].shape == .lower || tokens[k].kind == .number || (k + 1 < tokens.count && tokens[k + 1].shape == .lower && tokens[k].shape == .capitalized && k - nameStart >= 2) {
                        break
                    }
                    k += 1
                }
                var nameEnd = k - 1
                if k < tokens.count, tokens[k].shape == .lower, nameEnd > nameStart { nameEnd -= 1 }
                if nameEnd >= nameStart { parts.append((.editor, Span(tokens[nameStart].span.start, tokens[nameEnd].span.end))) }
                i = nameEnd + 1
                titleStart = i
                continue
            }
            if ["pg.", "pp.", "p.", "pages"].contains(t), i + 1 < tokens.count, tokens[i + 1].kind == .number {
                var last = i + 1
                var to = text(i + 1)
                if i + 3 < tokens.count, ["-", "–"].contains(text(i + 2)), tokens[i + 3].kind == .number { last = i + 3; to = text(i + 3) }
                if titleStart != nil, titleEnd == nil { titleEnd = i - 1 }
                parts.append((.pages(from: text(i + 1), to: to), Span(tokens[i].span.start, tokens[last].span.end)))
                i = last + 1
                continue
            }
            if t == "document", i + 1 < tokens.count, tokens[i + 1].kind == .number {
                if titleEnd == nil { titleStart = titleStart ?? 0; titleEnd = i - 1 }
                parts.append((.document(text(i + 1)), Span(tokens[i].span.start, tokens[i + 1].span.end)))
                // FRUS: the file number follows (`894.10/6–852: Telegram`).
                var k = i + 2
                if k < tokens.count, text(k) == "," { k += 1 }
                if k < tokens.count, tokens[k].kind == .number {
                    var end = k
                    while end + 1 < tokens.count, !tokens[end + 1].spaceBefore, text(end + 1) != ":" , text(end + 1) != "," { end += 1 }
                    parts.append((.fileNumber, Span(tokens[k].span.start, tokens[end].span.end)))
                    i = end + 1
                    continue
                }
                i += 2
                continue
            }
            i += 1
        }
        if let start = titleStart, start < tokens.count {
            var end = titleEnd ?? tokens.count - 1
            while end > start, [",", ".", ":", ";"].contains(text(end)) { end -= 1 }
            if end >= start { parts.append((.title, Span(tokens[start].span.start, tokens[end].span.end))) }
        }
        return Citation(parts: parts.sorted { $0.1.start < $1.1.start })
    }
}
