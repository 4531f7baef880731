import Foundation

/// The index `assets/search.js` searches in the browser, written as a script that assigns
/// `window.SEARCH_INDEX` so that it loads with a `<script>` tag from `file://` too (where
/// fetch() of a local file is refused). Its shape is in docs/SITE.md.
struct SearchIndex: Codable, Sendable, Hashable {
    struct Document: Codable, Sendable, Hashable {
        var id: String
        var title: String
        var author: String?
        var date: String?
        var href: String
        var text: String
        var mentions: [Mention]
    }

    /// A mention in a document: what it says, its type and value, and its anchor.
    struct Mention: Codable, Sendable, Hashable {
        var anchor: String
        var type: String
        var subtype: String?
        var text: String
        var value: String?
    }

    /// A register entry with its names and where it is mentioned.
    struct Entity: Codable, Sendable, Hashable {
        var kind: String
        var id: String
        var name: String
        var variants: [String]
        var pseudonyms: [String]
        var href: String
        var mentions: [EntityMention]
    }

    struct EntityMention: Codable, Sendable, Hashable {
        var document: String
        var anchor: String
        var text: String
        var href: String
    }

    var version = 1
    var documents: [Document]
    var entities: [Entity]

    init(_ model: SiteModel) {
        documents = model.documents.map { document in
            let e = document.edition
            return Document(id: e.id, title: e.title, author: e.author, date: e.date, href: SitePaths.documentHref(e.id), text: e.text,
                            mentions: e.mentions.filter { !$0.anchor.isEmpty }.map {
                                Mention(anchor: $0.anchor, type: $0.type, subtype: $0.subtype, text: $0.text, value: $0.value)
                            })
        }
        entities = RegisterKind.allCases.flatMap { kind in
            (model.registers[kind] ?? []).map { entry in
                Entity(kind: kind.rawValue, id: entry.id, name: entry.name, variants: entry.variants, pseudonyms: entry.pseudonyms,
                       href: SitePaths.entryHref(kind, id: entry.id),
                       mentions: entry.mentions.map {
                           EntityMention(document: $0.documentID, anchor: $0.anchor, text: $0.text,
                                         href: SitePaths.mentionHref(document: $0.documentID, anchor: $0.anchor))
                       })
            }
        }
    }

    /// `window.SEARCH_INDEX = {...};` with sorted keys. JSON is a JavaScript expression;
    /// U+2028 and U+2029 are escaped for older engines that end a line there.
    func script() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var json = String(decoding: try encoder.encode(self), as: UTF8.self)
        json = json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return Array("window.SEARCH_INDEX = \(json);\n".utf8)
    }
}
