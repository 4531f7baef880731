import EditionCore

/// The `standOff` lists: one entry per distinct person, place and organisation mentioned,
/// in order of first mention, and the `xml:id` each mention's `@ref` points to.
struct Registers {
    struct Entry {
        var id: String
        /// The source line of the first mention, so a validation error here points into the text.
        var line: Int
        var names: [String]
        var variants: [String] = []
        var pseudonyms: [String] = []
        var identifiers: [(type: String, value: String)] = []
    }

    var persons: [Entry] = []
    var places: [Entry] = []
    var orgs: [Entry] = []
    private var ids: [Span: String] = [:]

    init(_ text: AnnotatedText) {
        var seen: [String: Int] = [:]
        for a in text.annotations {
            switch a.type {
            case .person: add(a, text, to: \.persons, id: Self.ncName(a.value ?? "person"), &seen)
            case .place: add(a, text, to: \.places, id: "place-" + (a.value ?? "unknown"), &seen)
            case .org: add(a, text, to: \.orgs, id: "org-" + slug(Self.plainName(text.source[a.span])), &seen)
            default: continue
            }
        }
    }

    /// The `#id` a mention points to.
    func ref(for annotation: Annotation) -> String? { ids[annotation.span].map { "#" + $0 } }

    private mutating func add(_ a: Annotation, _ text: AnnotatedText, to list: WritableKeyPath<Registers, [Entry]>, id: String, _ seen: inout [String: Int]) {
        ids[a.span] = id
        let name = Self.plainName(text.source[Span(a.roleSpan?.end ?? a.span.start, a.span.end)])
        if seen[id] == nil {
            // The canonical name from the personography, else the first mention's form.
            var entry = Entry(id: id, line: text.source.line(of: a.span.start), names: [name])
            if a.type == .person, let value = a.value, let known = text.personographyEntry(value) {
                entry.names = [known.names[0]]
                entry.identifiers = known.identifiers
            }
            seen[id] = self[keyPath: list].count
            self[keyPath: list].append(entry)
        }
        // Every other form used in this text: a variant or, for a code name, a pseudonym
        // (case-insensitive duplicates are skipped).
        let index = seen[id]!
        let entry = self[keyPath: list][index]
        let known = (entry.names + entry.variants + entry.pseudonyms).map { $0.uppercased() }
        guard !known.contains(name.uppercased()) else { return }
        if a.subtype == "pseudonym" {
            self[keyPath: list][index].pseudonyms.append(name)
        } else {
            self[keyPath: list][index].variants.append(name)
        }
    }

    /// A name as a register shows it: one line, no inline HTML, no brackets.
    static func plainName(_ s: String) -> String {
        // Most names hold no tag and no bracket.
        guard s.utf8.contains(where: { $0 == 0x3C || $0 == 0x5B || $0 == 0x5D }) else { return s.squeezingWhitespace() }
        var out = s
        while let open = out.firstIndex(of: "<"), let close = out[open...].firstIndex(of: ">") {
            out.removeSubrange(open...close)
        }
        return normalizeSpace(out.filter { $0 != "[" && $0 != "]" })
    }

    static func ncName(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic else { return "person-" + s }
        return s
    }

    func build(_ tree: XMLTree) {
        guard !persons.isEmpty || !places.isEmpty || !orgs.isEmpty else { return }
        let standOff = tree.element("standOff", in: tree.root)
        list(persons, tree, standOff, list: "listPerson", item: "person", name: "persName")
        list(places, tree, standOff, list: "listPlace", item: "place", name: "placeName")
        list(orgs, tree, standOff, list: "listOrg", item: "org", name: "orgName")
    }

    private func list(_ entries: [Entry], _ tree: XMLTree, _ parent: XMLTree.Node, list: String, item: String, name: String) {
        guard !entries.isEmpty else { return }
        let listNode = tree.element(list, in: parent)
        for entry in entries {
            let node = tree.element(item, in: listNode, [("xml:id", entry.id)], line: entry.line)
            for n in entry.names { tree.text(n, in: tree.element(name, in: node)) }
            for n in entry.variants { tree.text(n, in: tree.element(name, in: node, [("type", "variant")])) }
            for n in entry.pseudonyms { tree.text(n, in: tree.element(name, in: node, [("type", "pseudonym")])) }
            for (type, value) in entry.identifiers { tree.text(value, in: tree.element("idno", in: node, [("type", type)])) }
        }
    }
}
