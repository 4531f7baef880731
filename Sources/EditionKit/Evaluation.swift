import EditionCore
import Foundation

/// Precision, recall and F1 of the tagger against hand-checked gold (the JSONL format of
/// `../shared/gold/README.md`), strict (same span) and lenient (overlapping span, one to one),
/// with value accuracy for dates and quantities. Matching follows `../shared/tools/score.py`.
public struct Evaluation: Sendable {
    public struct Mention: Sendable, Hashable {
        public var doc: String
        public var type: String
        public var start: Int
        public var end: Int
        public var value: String?

        public init(doc: String, type: String, start: Int, end: Int, value: String?) {
            self.doc = doc
            self.type = type
            self.start = start
            self.end = end
            self.value = value
        }
    }

    public struct Counts: Sendable, Codable {
        public var gold = 0, predicted = 0, strict = 0, lenient = 0
        /// Matched pairs with a gold value, and how many of them have the same value (strict matches).
        public var valued = 0, valueCorrect = 0

        public var strictPrecision: Double { ratio(strict, predicted) }
        public var strictRecall: Double { ratio(strict, gold) }
        public var strictF1: Double { f1(strictPrecision, strictRecall) }
        public var lenientPrecision: Double { ratio(lenient, predicted) }
        public var lenientRecall: Double { ratio(lenient, gold) }
        public var lenientF1: Double { f1(lenientPrecision, lenientRecall) }
        public var valueAccuracy: Double? { valued == 0 ? nil : Double(valueCorrect) / Double(valued) }

        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    public static let types = ["person", "place", "org", "date", "quantity", "idno", "editorial"]
    public var byType: [String: Counts] = [:]
    public var documents: [String] = []

    public var total: Counts {
        byType.values.reduce(into: Counts()) { t, c in
            t.gold += c.gold; t.predicted += c.predicted; t.strict += c.strict; t.lenient += c.lenient
            t.valued += c.valued; t.valueCorrect += c.valueCorrect
        }
    }

    public init() {}

    /// Adds one document's gold and predicted mentions.
    public mutating func add(document: String, gold: [Mention], predicted: [Mention]) {
        documents.append(document)
        for type in Self.types {
            let g = gold.filter { $0.type == type }, p = predicted.filter { $0.type == type }
            var counts = byType[type] ?? Counts()
            counts.gold += g.count
            counts.predicted += p.count
            var usedGold = Set<Int>(), usedPredicted = Set<Int>()
            var strict = 0
            // Strict: the same span.
            for (gi, gm) in g.enumerated() {
                guard let pi = p.indices.first(where: { !usedPredicted.contains($0) && p[$0].start == gm.start && p[$0].end == gm.end }) else { continue }
                usedGold.insert(gi)
                usedPredicted.insert(pi)
                strict += 1
                if let expected = gm.value, type == "date" || type == "quantity" {
                    counts.valued += 1
                    if Self.sameValue(expected, p[pi].value, type: type) { counts.valueCorrect += 1 }
                }
            }
            // Lenient: then overlapping spans, largest overlap first.
            var pairs: [(overlap: Int, g: Int, p: Int)] = []
            for (gi, gm) in g.enumerated() where !usedGold.contains(gi) {
                for (pi, pm) in p.enumerated() where !usedPredicted.contains(pi) {
                    let overlap = min(gm.end, pm.end) - max(gm.start, pm.start)
                    if overlap > 0 { pairs.append((overlap, gi, pi)) }
                }
            }
            for pair in pairs.sorted(by: { ($0.overlap, -$0.g, -$0.p) > ($1.overlap, -$1.g, -$1.p) })
            where !usedGold.contains(pair.g) && !usedPredicted.contains(pair.p) {
                usedGold.insert(pair.g)
                usedPredicted.insert(pair.p)
                counts.lenient += 1
            }
            counts.strict += strict
            counts.lenient += strict
            byType[type] = counts
        }
    }

    /// Dates compare as ISO strings (neither side writes seconds); quantities as numbers.
    static func sameValue(_ gold: String, _ predicted: String?, type: String) -> Bool {
        guard let predicted else { return false }
        if type == "quantity", let a = Decimal(string: gold), let b = Decimal(string: predicted) { return a == b }
        return gold == predicted
    }

    /// Reads a gold file: one JSON object a line.
    public static func readGold(_ data: Data) throws -> [Mention] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let doc = object["doc"] as? String, let type = object["type"] as? String,
                  let start = object["start"] as? Int, let end = object["end"] as? Int else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return Mention(doc: doc, type: type, start: start, end: end, value: object["value"] as? String)
        }
    }

    /// The tagger's mentions of an analysed text, with code-point offsets as in the gold.
    public static func mentions(of text: AnnotatedText) -> [Mention] {
        let offsets = text.source.codePointOffsets(text.annotations.flatMap { [$0.span.start, $0.span.end] })
        return text.annotations.map {
            Mention(doc: text.name, type: $0.type.rawValue, start: offsets[$0.span.start]!, end: offsets[$0.span.end]!, value: $0.value)
        }
    }

    // MARK: - Output

    public func table() -> String {
        var lines = ["type        gold  pred |   sP     sR    sF1 |   lP     lR    lF1 | value accuracy (strict matches)",
                     String(repeating: "-", count: 100)]
        func row(_ name: String, _ c: Counts) -> String {
            func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
            let value = c.valueAccuracy.map { String(format: "%5.1f%% (%d/%d)", $0 * 100, c.valueCorrect, c.valued) } ?? "-"
            return name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%6d %5d", c.gold, c.predicted)
                + " | \(pct(c.strictPrecision))  \(pct(c.strictRecall))  \(pct(c.strictF1)) | \(pct(c.lenientPrecision))  \(pct(c.lenientRecall))  \(pct(c.lenientF1)) | \(value)"
        }
        for type in Self.types { if let c = byType[type] { lines.append(row(type, c)) } }
        lines.append(row("ALL", total))
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        var object: [String: Any] = ["documents": documents]
        var types: [String: Any] = [:]
        for (type, c) in byType.merging(["ALL": total], uniquingKeysWith: { a, _ in a }) {
            var entry: [String: Any] = [
                "gold": c.gold, "predicted": c.predicted,
                "strict": ["precision": c.strictPrecision, "recall": c.strictRecall, "f1": c.strictF1],
                "lenient": ["precision": c.lenientPrecision, "recall": c.lenientRecall, "f1": c.lenientF1],
            ]
            if let v = c.valueAccuracy { entry["value_accuracy"] = v }
            types[type] = entry
        }
        object["types"] = types
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
