/// The site model as an XML document, the input of the stylesheets of the index, register,
/// chronology and search pages (docs/SITE.md describes its shape for those who restyle them).
enum SiteDataXML {
    static func document(_ model: SiteModel, title: String) -> LibXMLDocument {
        let tree = SiteTree(rootName: "site")
        xmlSetTitle(tree, title)
        documents(model, tree)
        for kind in RegisterKind.allCases { register(kind, model.registers[kind] ?? [], model, tree) }
        chronology(model, tree)
        return tree.finish()
    }

    private static func xmlSetTitle(_ tree: SiteTree, _ title: String) {
        tree.element("title", in: tree.root, text: title)
    }

    private static func documents(_ model: SiteModel, _ tree: SiteTree) {
        let list = tree.element("documents", in: tree.root, [("count", String(model.documents.count))])
        for document in model.documents {
            let e = document.edition
            let element = tree.element("document", in: list, [
                ("id", e.id), ("href", SitePaths.documentHref(e.id)), ("tei", SitePaths.teiHref(e.id)),
                ("date", e.date), ("year", document.year),
                ("persons", document.mentioned[.person]?.joined(separator: " ")),
                ("places", document.mentioned[.place]?.joined(separator: " ")),
                ("orgs", document.mentioned[.org]?.joined(separator: " ")),
            ])
            tree.element("title", in: element, text: e.title)
            if let author = e.author { tree.element("author", in: element, text: author) }
            if let dateText = e.dateText { tree.element("date", in: element, [("when", e.date)], text: dateText) }
            for number in document.numbers { tree.element("number", in: element, [("type", number.type)], text: number.value) }
        }
        let years = tree.element("years", in: tree.root)
        for year in model.years { tree.element("year", in: years, text: year) }
    }

    private static func register(_ kind: RegisterKind, _ entries: [MergedEntry], _ model: SiteModel, _ tree: SiteTree) {
        let register = tree.element("register", in: tree.root, [("kind", kind.rawValue), ("page", kind.page), ("count", String(entries.count))])
        let titles = Dictionary(model.documents.map { ($0.id, $0.edition.title) }, uniquingKeysWith: { first, _ in first })
        var letterElement: SiteTree.Element?
        var currentLetter: String?
        for entry in entries {
            if entry.letter != currentLetter {
                currentLetter = entry.letter
                letterElement = tree.element("letter", in: register, [("name", entry.letter)])
            }
            self.entry(entry, in: letterElement!, titles: titles, tree)
        }
    }

    private static func entry(_ entry: MergedEntry, in parent: SiteTree.Element, titles: [String: String], _ tree: SiteTree) {
        let element = tree.element("entry", in: parent, [("id", entry.id), ("href", SitePaths.entryHref(entry.kind, id: entry.id)), ("mentions", String(entry.mentions.count))])
        tree.element("name", in: element, text: entry.name)
        for variant in entry.variants { tree.element("variant", in: element, text: variant) }
        for pseudonym in entry.pseudonyms { tree.element("pseudonym", in: element, text: pseudonym) }
        for identifier in entry.identifiers {
            tree.element("identifier", in: element, [("type", identifier.type), ("href", AuthorityLinks.href(type: identifier.type, value: identifier.value))], text: identifier.value)
        }
        var group: SiteTree.Element?
        var groupID: String?
        for mention in entry.mentions {
            if mention.documentID != groupID {
                groupID = mention.documentID
                group = tree.element("document", in: element, [("id", mention.documentID), ("href", SitePaths.documentHref(mention.documentID))])
                tree.element("title", in: group!, text: titles[mention.documentID] ?? mention.documentID)
            }
            tree.element("mention", in: group!, [("anchor", mention.anchor), ("href", SitePaths.mentionHref(document: mention.documentID, anchor: mention.anchor))], text: mention.text)
        }
    }

    private static func chronology(_ model: SiteModel, _ tree: SiteTree) {
        let chronology = tree.element("chronology", in: tree.root, [("count", String(model.chronology.count))])
        let titles = Dictionary(model.documents.map { ($0.id, $0.edition.title) }, uniquingKeysWith: { first, _ in first })
        var yearElement: SiteTree.Element?
        var currentYear: String?
        for event in model.chronology {
            if event.year != currentYear {
                currentYear = event.year
                yearElement = tree.element("year", in: chronology, [("value", event.year)])
            }
            let element = tree.element("event", in: yearElement!, [
                ("value", event.value), ("display", ISOValue.display(event.value)), ("document", event.documentID),
                ("href", SitePaths.mentionHref(document: event.documentID, anchor: event.anchor)),
                ("document-href", SitePaths.documentHref(event.documentID)),
            ])
            tree.element("text", in: element, text: event.text)
            tree.element("title", in: element, text: titles[event.documentID] ?? event.documentID)
        }
    }
}
