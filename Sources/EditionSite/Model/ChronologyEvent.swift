import TEIWriter

/// A dated mention: a `date` or `time` in a text whose normalized value has a year.
struct ChronologyEvent: Sendable, Hashable {
    var value: String
    var text: String
    var documentID: String
    var anchor: String
    /// The mention's position in its document, to keep events of the same day in text order.
    var start: Int

    var year: String { ISOValue.year(ISOValue.sortKey(value)) ?? "" }

    /// Every dated mention of `documents`, by value, then document id, then position.
    static func events(in documents: [EditionDocument]) -> [ChronologyEvent] {
        documents.flatMap { document in
            document.mentions.compactMap { mention -> ChronologyEvent? in
                guard mention.type == "date", let value = mention.value, !mention.anchor.isEmpty,
                      ISOValue.year(ISOValue.sortKey(value)) != nil else { return nil }
                return ChronologyEvent(value: value, text: mention.text, documentID: document.id, anchor: mention.anchor, start: mention.start)
            }
        }.sorted { (ISOValue.sortKey($0.value), $0.value, $0.documentID, $0.start) < (ISOValue.sortKey($1.value), $1.value, $1.documentID, $1.start) }
    }
}
