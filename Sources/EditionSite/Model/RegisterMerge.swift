import TEIWriter

/// One register entry of the whole edition: the entries of the same kind and id in every
/// document, merged, with every mention of it.
struct MergedEntry: Sendable, Hashable {
    var kind: RegisterKind
    var id: String
    var name: String
    var variants: [String]
    var pseudonyms: [String]
    var identifiers: [RegisterEntry.Identifier]
    /// In document order within each document, documents by path.
    var mentions: [MentionLink]

    /// The letter it is filed under in the register.
    var letter: String {
        guard let first = name.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return "#" }
        let letter = String(first).uppercased()
        return first.properties.isAlphabetic ? letter : "#"
    }

    var sortKey: String { name.lowercased() }
}

enum RegisterMerge {
    /// `documents` sorted by path: the first document naming an entry gives its name; names
    /// another document gives it become variants.
    static func merge(_ documents: [EditionDocument]) -> [RegisterKind: [MergedEntry]] {
        var entries: [String: MergedEntry] = [:]
        var order: [String] = []
        for document in documents {
            for entry in document.registers {
                let key = "\(entry.kind.rawValue) \(entry.id)"
                if entries[key] == nil { order.append(key) }
                entries[key] = merged(entries[key], entry)
            }
            for mention in document.mentions {
                guard let kind = RegisterKind(rawValue: mention.type), let ref = mention.ref, !mention.anchor.isEmpty else { continue }
                let key = "\(kind.rawValue) \(ref)"
                // A pointer to an entry no standOff defines still gets a register entry (named by its id).
                if entries[key] == nil {
                    order.append(key)
                    entries[key] = MergedEntry(kind: kind, id: ref, name: ref, variants: [], pseudonyms: [], identifiers: [], mentions: [])
                }
                entries[key]!.mentions.append(MentionLink(documentID: document.id, anchor: mention.anchor, text: mention.text))
            }
        }
        var result: [RegisterKind: [MergedEntry]] = [:]
        for kind in RegisterKind.allCases { result[kind] = [] }
        for key in order { result[entries[key]!.kind, default: []].append(entries[key]!) }
        return result.mapValues { $0.sorted { ($0.sortKey, $0.id) < ($1.sortKey, $1.id) } }
    }

    static func merged(_ existing: MergedEntry?, _ entry: RegisterEntry) -> MergedEntry {
        guard var merged = existing else {
            return MergedEntry(kind: RegisterKind(entry.kind), id: entry.id, name: entry.name, variants: unique(entry.variants, excluding: [entry.name]),
                               pseudonyms: unique(entry.pseudonyms, excluding: []), identifiers: uniqueIdentifiers(entry.identifiers), mentions: [])
        }
        merged.variants = unique(merged.variants + [entry.name] + entry.variants, excluding: [merged.name])
        merged.pseudonyms = unique(merged.pseudonyms + entry.pseudonyms, excluding: [])
        merged.identifiers = uniqueIdentifiers(merged.identifiers + entry.identifiers)
        return merged
    }

    static func unique(_ names: [String], excluding: Set<String>) -> [String] {
        var seen = excluding
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func uniqueIdentifiers(_ identifiers: [RegisterEntry.Identifier]) -> [RegisterEntry.Identifier] {
        var seen = Set<RegisterEntry.Identifier>()
        return identifiers.filter { !$0.value.isEmpty && seen.insert($0).inserted }
    }
}
