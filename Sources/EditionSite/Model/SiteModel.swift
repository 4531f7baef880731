import TEIWriter

/// What the index, the registers, the chronology and the search index show, gathered from the
/// documents of an edition. Everything is sorted, so that the same edition gives the same site.
struct SiteModel: Sendable {
    var documents: [SiteDocument]
    var registers: [RegisterKind: [MergedEntry]]
    var chronology: [ChronologyEvent]

    /// `documents` in any order; they are sorted by date, then id.
    init(documents: [EditionDocument]) {
        self.documents = documents.map(SiteDocument.init).sorted(by: SiteDocument.chronologicalOrder)
        let byPath = documents.sorted { $0.path < $1.path }
        registers = RegisterMerge.merge(byPath)
        chronology = ChronologyEvent.events(in: byPath)
    }

    /// The years of the documents, for the index filter.
    var years: [String] { Array(Set(documents.compactMap(\.year))).sorted() }
}

/// One document as the index lists it.
struct SiteDocument: Sendable, Hashable {
    var edition: EditionDocument
    /// `type number` of each document number in the text (copy numbers left out: they number
    /// copies, not documents), in document order without repeats.
    var numbers: [DocumentNumber]
    /// Register ids mentioned in the text, by kind, sorted.
    var mentioned: [RegisterKind: [String]]

    struct DocumentNumber: Sendable, Hashable {
        var type: String?
        var value: String
    }

    init(_ document: EditionDocument) {
        edition = document
        var seen = Set<DocumentNumber>()
        numbers = document.mentions.filter { $0.type == "idno" && $0.subtype != "copy" }
            .map { DocumentNumber(type: $0.subtype, value: $0.text) }
            .filter { seen.insert($0).inserted }
        var ids: [RegisterKind: Set<String>] = [:]
        for mention in document.mentions {
            guard let kind = RegisterKind(rawValue: mention.type), let ref = mention.ref else { continue }
            ids[kind, default: []].insert(ref)
        }
        mentioned = ids.mapValues { $0.sorted() }
    }

    var id: String { edition.id }
    var year: String? { edition.date.flatMap(ISOValue.year) }

    /// Undated documents last; ties by id.
    static func chronologicalOrder(_ a: SiteDocument, _ b: SiteDocument) -> Bool {
        switch (a.edition.date, b.edition.date) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id < b.id
        }
    }
}

/// A mention of a register entry, a place in a document to link to.
struct MentionLink: Sendable, Hashable {
    var documentID: String
    var anchor: String
    var text: String
}

/// ISO 8601 values as the TEI carries them (`@when`, or `from/to` from the reader).
enum ISOValue {
    /// The leading four-digit year, if the value starts with one.
    static func year(_ value: String) -> String? {
        let prefix = value.prefix(4)
        guard prefix.count == 4, prefix.allSatisfy(\.isASCII), prefix.allSatisfy(\.isNumber) else { return nil }
        return String(prefix)
    }

    /// `from/to` → `from – to`; a single value unchanged.
    static func display(_ value: String) -> String {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return value }
        switch (parts[0].isEmpty, parts[1].isEmpty) {
        case (false, false): return "\(parts[0]) – \(parts[1])"
        case (false, true): return "from \(parts[0])"
        case (true, false): return "until \(parts[1])"
        case (true, true): return value
        }
    }

    /// The value to sort by: the start of a range, else its end.
    static func sortKey(_ value: String) -> String {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return value }
        return String(parts[0].isEmpty ? parts[1] : parts[0])
    }
}
