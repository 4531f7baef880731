import EditionCore

/// Which TEI elements cover which bytes of a span, and which bytes are markup of the
/// transcription (brackets, `??`, `<sup>` tags) that the elements replace.
struct InlineLayout {
    let text: AnnotatedText
    let registers: Registers
    /// Where each annotation's element starts; the annotations are sorted by it.
    let starts: [Int]
    /// Each annotation's `xml:id`: `m` and the byte offset where its element starts in the
    /// transcription (`m1234-2` for the second element starting there). Stable across runs and
    /// tied to the source, so the site, exports and scholars can point at a mention.
    let ids: [String]

    init(text: AnnotatedText, registers: Registers) {
        self.text = text
        self.registers = registers
        starts = text.annotations.map(\.elementSpan.start)
        var ids: [String] = []
        var repeats = 1
        for (i, start) in starts.enumerated() {
            repeats = i > 0 && starts[i - 1] == start ? repeats + 1 : 1
            ids.append(repeats == 1 ? "m\(start)" : "m\(start)-\(repeats)")
        }
        self.ids = ids
    }

    /// The annotations whose elements lie within `span`, found by binary search.
    func annotations(within span: Span) -> [Annotation] {
        indices(within: span).map { text.annotations[$0] }
    }

    func indices(within span: Span) -> [Int] {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < span.start { lo = mid + 1 } else { hi = mid }
        }
        var result: [Int] = []
        while lo < starts.count, starts[lo] < span.end {
            if span.contains(text.annotations[lo].elementSpan) { result.append(lo) }
            lo += 1
        }
        return result
    }

    var source: SourceText { text.source }
    typealias Element = BodyBuilder.InlineElement

    func layout(in span: Span) -> (elements: [Element], hidden: [Span]) {
        var elements: [Element] = []
        var hidden: [Span] = []
        for index in indices(within: span) {
            var (e, h) = elementsFor(text.annotations[index])
            // The outer element of each mention carries its anchor.
            if !e.isEmpty { e[0].attributes.insert(("xml:id", ids[index]), at: 0) }
            elements += e
            hidden += h
        }
        let (markup, tags) = inlineMarkup(in: span)
        elements += markup
        hidden += tags
        return (properlyNested(elements), hidden.sorted { $0.start < $1.start })
    }

    func elementsFor(_ a: Annotation) -> ([Element], [Span]) {
        let brackets = [Span(a.span.start - 1, a.span.start), Span(a.span.end, a.span.end + 1)]
        switch a.type {
        case .person:
            var attributes: [(String, String)] = []
            if let ref = registers.ref(for: a) { attributes.append(("ref", ref)) }
            if a.subtype == "pseudonym" { attributes.append(("type", "pseudonym")) }
            if let cert = a.cert { attributes.append(("cert", cert)) }
            var result = [Element(span: a.span, name: "persName", attributes: attributes)]
            if let role = a.roleSpan { result.append(Element(span: role, name: "roleName", attributes: [])) }
            return (result, [])
        case .place:
            return ([Element(span: a.span, name: "placeName", attributes: registers.ref(for: a).map { [("ref", $0)] } ?? [])], [])
        case .org:
            return ([Element(span: a.span, name: "orgName", attributes: registers.ref(for: a).map { [("ref", $0)] } ?? [])], [])
        case .date:
            return ([dateElement(a)], [])
        case .quantity:
            guard let m = a.measure else { return ([], []) }
            if m.type == "fraction" || m.type == "percent" {
                let type = m.type == "percent" ? "percentage" : "fraction"
                return ([Element(span: a.span, name: "num", attributes: [("type", type), ("value", m.quantity)])], [])
            }
            var attributes = [("type", m.type), ("quantity", m.quantity), ("unit", m.unit)]
            if let commodity = m.commodity { attributes.append(("commodity", commodity)) }
            return ([Element(span: a.span, name: "measure", attributes: attributes)], [])
        case .idno:
            let marked = annotations(within: a.span).contains { $0.type == .editorial }
            let subtype = a.subtype ?? "other"
            return ([Element(span: a.span, name: marked ? "rs" : "idno", attributes: marked ? [("type", "idno"), ("subtype", subtype)] : [("type", subtype)])], [])
        case .editorial:
            return editorialElements(a, brackets)
        }
    }

    func dateElement(_ a: Annotation) -> Element {
        guard let value = a.date else { return Element(span: a.span, name: "date", attributes: []) }
        if value.isTime, let when = value.when {
            return Element(span: a.span, name: "time", attributes: [("when", when + ":00")])
        }
        if let when = value.when {
            return Element(span: a.span, name: "date", attributes: [("when", withSeconds(when))])
        }
        return Element(span: a.span, name: "date", attributes: [("from", withSeconds(value.from ?? "")), ("to", withSeconds(value.to ?? ""))])
    }

    /// `xsd:dateTime` needs seconds: `1951-10-05T02:30` -> `1951-10-05T02:30:00`.
    func withSeconds(_ iso: String) -> String { iso.contains("T") ? iso + ":00" : iso }

    func editorialElements(_ a: Annotation, _ brackets: [Span]) -> ([Element], [Span]) {
        let outer = a.elementSpan
        switch a.editorial ?? .supplied {
        case .supplied:
            return ([Element(span: outer, name: "supplied", attributes: [])], brackets)
        case .note:
            return ([Element(span: outer, name: "note", attributes: [("type", "editorial")])], brackets)
        case .stamp:
            var stampStart = a.labelEnd ?? a.span.start
            while stampStart < a.span.end, source.bytes[stampStart] == 0x20 { stampStart += 1 }
            return ([Element(span: outer, name: "note", attributes: [("type", "editorial")]),
                     Element(span: Span(stampStart, a.span.end), name: "stamp", attributes: [])], brackets)
        case .gap:
            let reason = slug(source[a.span])
            return ([Element(span: outer, name: "gap", attributes: [("reason", reason)]),
                     Element(span: a.span, name: "desc", attributes: [])], brackets)
        case .expan:
            let abbr = a.abbreviationSpan ?? a.span
            let expan = Span(a.span.start - 1, a.span.end + 1)
            return ([Element(span: outer, name: "choice", attributes: []),
                     Element(span: abbr, name: "abbr", attributes: []),
                     Element(span: expan, name: "expan", attributes: [])], brackets)
        case .illegible:
            return ([Element(span: a.span, name: "gap", attributes: [("reason", "illegible"), ("unit", "chars"), ("quantity", String(a.span.length))], keepsText: false)], [])
        }
    }

    /// `<sup>th</sup>` -> `hi rend="superscript"`; the tags of a matched pair are hidden. Any other
    /// tag (`</p>`, `<script>`), and a tag left unclosed, is text of the transcription and stays.
    func inlineMarkup(in span: Span) -> ([Element], [Span]) {
        let renditions = ["sup": "superscript", "sub": "subscript", "i": "italic", "em": "italic", "b": "bold", "strong": "bold", "u": "underline"]
        var elements: [Element] = []
        var tags: [Span] = []
        var open: [(name: String, span: Span)] = []
        let b = source.bytes
        var p = span.start
        while p < span.end {
            guard b[p] == 0x3C, let close = b[p..<span.end].firstIndex(of: 0x3E), close - p < 12 else { p += 1; continue }
            let tag = source[Span(p + 1, close)]
            let isClosing = tag.hasPrefix("/")
            let name = (isClosing ? String(tag.dropFirst()) : tag).lowercased()
            guard let rendition = renditions[name] else { p += 1; continue }
            if isClosing, let index = open.lastIndex(where: { $0.name == name }) {
                elements.append(Element(span: Span(open[index].span.start, close + 1), name: "hi", attributes: [("rend", rendition)]))
                tags += [open[index].span, Span(p, close + 1)]
                open.remove(at: index)
            } else if !isClosing {
                open.append((name, Span(p, close + 1)))
            }
            p = close + 1
        }
        return (elements, tags)
    }

    /// Sorted outer-first; an element that crosses another already placed is left out (its text stays).
    func properlyNested(_ elements: [Element]) -> [Element] {
        let sorted = elements.enumerated().sorted { x, y in
            x.element.span.start != y.element.span.start ? x.element.span.start < y.element.span.start
                : x.element.span.end != y.element.span.end ? x.element.span.end > y.element.span.end : x.offset < y.offset
        }.map(\.element)
        var result: [Element] = []
        var stack: [Span] = []
        for e in sorted {
            while let top = stack.last, top.end <= e.span.start, !(top.isEmpty && top.start == e.span.start) { stack.removeLast() }
            if let top = stack.last, !top.contains(e.span) { continue }
            result.append(e)
            stack.append(e.span)
        }
        return result
    }
}
