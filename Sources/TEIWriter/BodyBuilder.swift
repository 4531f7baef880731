import EditionCore

/// `text/body`: one `div type="document"` per document, its blocks, and the inline elements of
/// the annotations, built with an explicit stack (no recursion, whatever the nesting depth).
struct BodyBuilder {
    let tree: XMLTree
    let text: AnnotatedText
    let registers: Registers
    let layout: InlineLayout
    /// Blocks that are one editorial note or stamp.
    let standaloneNotes: Set<Span>

    init(tree: XMLTree, text: AnnotatedText, registers: Registers) {
        self.tree = tree
        self.text = text
        self.registers = registers
        layout = InlineLayout(text: text, registers: registers)
        standaloneNotes = Set(text.annotations.filter { $0.type == .editorial && ($0.editorial == .note || $0.editorial == .stamp) }.map(\.elementSpan))
    }

    var source: SourceText { text.source }

    func build(in body: XMLTree.Node) {
        for document in text.documents {
            let div = tree.element("div", in: body, [("type", "document"), ("n", String(document.n))], line: line(document.span?.start))
            prelude(document.prelude, in: div)
            if !document.opener.isEmpty || !document.body.isEmpty || !document.closer.isEmpty {
                message(document, in: tree.element("div", in: div, [("type", "message")], line: line((document.opener + document.body + document.closer).first?.span.start)))
            }
            if !document.registry.isEmpty {
                let registry = tree.element("div", in: div, [("type", "registry")], line: line(document.registry.first?.span.start))
                for block in document.registry { self.block(block, in: registry, as: "ab", [("type", block.role == .separator ? "separator" : "registry")]) }
            }
        }
        if text.documents.isEmpty {
            tree.element("div", in: body, [("type", "document"), ("n", "1")])
        }
    }

    /// Headings, distribution list, transmission lines and stamps before the message. TEI wants
    /// headings first, so a heading after other blocks becomes `ab type="heading"`.
    func prelude(_ blocks: [Block], in div: XMLTree.Node) {
        var afterBlocks = false
        for block in blocks {
            switch block.role {
            case .heading where !afterBlocks:
                self.block(block, in: div, as: "head")
            case .heading:
                self.block(block, in: div, as: "ab", [("type", "heading")])
            case .distribution:
                afterBlocks = true
                let list = tree.element("list", in: div, [("type", "distribution")], line: line(block.span.start))
                for item in block.parts { inline(item, in: tree.element("item", in: list, line: line(item.start))) }
            case .note where isStandaloneNote(block):
                inline(block.span, in: div)
            default:
                afterBlocks = true
                self.block(block, in: div, as: "ab")
            }
        }
    }

    func message(_ document: DocumentUnit, in div: XMLTree.Node) {
        if !document.opener.isEmpty {
            let opener = tree.element("opener", in: div, line: line(document.opener.first?.span.start))
            for (i, block) in document.opener.enumerated() {
                switch block.role {
                case .salutation: self.block(block, in: opener, as: "salute")
                case .dateline: self.block(block, in: opener, as: "dateline")
                default:
                    inline(block.span, in: opener)
                    if i + 1 < document.opener.count { tree.element("lb", in: opener) }
                }
                tree.text("\n", in: opener)
            }
        }
        for block in document.body {
            switch block.role {
            case .note where isStandaloneNote(block): inline(block.span, in: div)
            case .paragraph: self.block(block, in: div, as: "p", block.number.map { [("n", String($0))] } ?? [])
            default: self.block(block, in: div, as: "ab")
            }
        }
        // TEI needs a block before a closer; without one, the closing lines are blocks themselves.
        guard !document.body.isEmpty else {
            for block in document.closer { self.block(block, in: div, as: "ab") }
            return
        }
        guard !document.closer.isEmpty else { return }
        let closer = tree.element("closer", in: div, line: line(document.closer.first?.span.start))
        for block in document.closer {
            switch block.role {
            case .signature: self.block(block, in: closer, as: "signed")
            case .dateline: self.block(block, in: closer, as: "dateline")
            case .closingSalute: self.block(block, in: closer, as: "salute")
            default: inline(block.span, in: closer)
            }
            tree.text("\n", in: closer)
        }
    }

    /// A block that is one editorial note or stamp stands alone between blocks (`note` is allowed
    /// anywhere in a div); a bracketed word (`[BEIJING]`) is still a line of text.
    func isStandaloneNote(_ block: Block) -> Bool { standaloneNotes.contains(block.span) }

    func block(_ block: Block, in parent: XMLTree.Node, as name: String, _ attributes: [(String, String)] = []) {
        inline(block.span, in: tree.element(name, in: parent, attributes, line: line(block.span.start)))
    }

    func line(_ offset: Int?) -> Int? { offset.map { source.line(of: $0) } }

    // MARK: - Inline content

    /// One element to open over a span, with the bytes it hides (brackets, `??`, markup tags).
    struct InlineElement {
        var span: Span
        var name: String
        var attributes: [(String, String)]
        /// Whether the source text inside is written (false for empty elements such as `gap`).
        var keepsText = true
    }

    /// Writes `span` of the source into `parent`: text, `lb` for line breaks, and the elements of
    /// every annotation inside the span, nested as the annotations nest.
    func inline(_ span: Span, in parent: XMLTree.Node) {
        let (elements, hidden) = layout.layout(in: span)
        var stack: [(node: XMLTree.Node, end: Int, keepsText: Bool)] = [(parent, span.end, true)]
        var position = span.start
        var next = 0
        var hiddenIndex = 0

        func emitText(to end: Int) {
            guard position < end else { return }
            if stack.last!.keepsText {
                var p = position
                while hiddenIndex < hidden.count, hidden[hiddenIndex].end <= p { hiddenIndex += 1 }
                while p < end {
                    if hiddenIndex < hidden.count, hidden[hiddenIndex].start <= p {
                        p = min(end, max(p, hidden[hiddenIndex].end))
                        if hidden[hiddenIndex].end <= p { hiddenIndex += 1 }
                        continue
                    }
                    let stop = hiddenIndex < hidden.count ? min(end, hidden[hiddenIndex].start) : end
                    writeText(Span(p, stop), in: stack.last!.node)
                    p = stop
                }
            }
            position = end
        }

        while true {
            let nextOpen = next < elements.count ? elements[next].span.start : Int.max
            let nextClose = stack.count > 1 ? stack.last!.end : Int.max
            if nextOpen == Int.max && nextClose == Int.max { break }
            if nextClose <= nextOpen {
                emitText(to: nextClose)
                stack.removeLast()
            } else {
                emitText(to: nextOpen)
                let e = elements[next]
                let node = tree.element(e.name, in: stack.last!.node, e.attributes, line: line(e.span.start))
                stack.append((node, e.span.end, e.keepsText && stack.last!.keepsText))
                next += 1
            }
        }
        emitText(to: span.end)
    }

    /// Source text with its line breaks as `lb` (the break itself kept as a newline).
    func writeText(_ span: Span, in node: XMLTree.Node) {
        let b = source.bytes
        var start = span.start
        var p = span.start
        while p < span.end {
            if b[p] == 0x0A || b[p] == 0x0D {
                tree.text(source[Span(start, p)], in: node)
                var q = p
                while q < span.end, b[q] == 0x0A || b[q] == 0x0D || b[q] == 0x20 || b[q] == 0x09 { q += 1 }
                tree.element("lb", in: node)
                tree.text("\n", in: node)
                start = q
                p = q
            } else {
                p += 1
            }
        }
        tree.text(source[Span(start, span.end)], in: node)
    }
}
