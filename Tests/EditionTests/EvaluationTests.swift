import EditionKit
import Foundation
import Testing

@Suite struct EvaluationTests {
    typealias M = Evaluation.Mention

    @Test func strictLenientAndValues() {
        var e = Evaluation()
        let gold = [M(doc: "d", type: "date", start: 0, end: 10, value: "1951-10-05"),
                    M(doc: "d", type: "date", start: 20, end: 30, value: "1951-10"),
                    M(doc: "d", type: "person", start: 40, end: 50, value: "stalin")]
        let predicted = [M(doc: "d", type: "date", start: 0, end: 10, value: "1951-10-05"),   // strict, right value
                         M(doc: "d", type: "date", start: 22, end: 30, value: "1951-10"),     // lenient only
                         M(doc: "d", type: "place", start: 40, end: 50, value: "x")]          // wrong type
        e.add(document: "d", gold: gold, predicted: predicted)
        let date = e.byType["date"]!
        #expect(date.strict == 1 && date.lenient == 2)
        #expect(date.strictF1 == 0.5)
        #expect(date.valueAccuracy == 1)
        #expect(e.byType["person"]!.lenientRecall == 0)
        #expect(e.byType["place"]!.lenientPrecision == 0)
    }

    @Test func lenientIsOneToOne() {
        var e = Evaluation()
        e.add(document: "d", gold: [M(doc: "d", type: "org", start: 0, end: 20, value: nil)],
              predicted: [M(doc: "d", type: "org", start: 0, end: 5, value: nil), M(doc: "d", type: "org", start: 6, end: 20, value: nil)])
        #expect(e.byType["org"]!.lenient == 1)
        #expect(e.byType["org"]!.predicted == 2)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("gold").path), "../shared/gold is absent"))
    func seedMeetsTheBar() throws {
        let text = try Pipeline.builder.analyzer.analyzeFile(path: Paths.seed.path).get()
        let gold = try Evaluation.readGold(Data(contentsOf: Paths.shared.appendingPathComponent("gold/000_dccbfe2cab0ae208.gold.jsonl")))
        var e = Evaluation()
        e.add(document: text.name, gold: gold, predicted: Evaluation.mentions(of: text))
        for (type, counts) in e.byType where counts.gold > 0 {
            #expect(counts.strictF1 >= 0.98, "seed strict F1 for \(type) is \(counts.strictF1)")
        }
        #expect(e.byType["date"]!.valueAccuracy == 1)
        #expect(e.byType["quantity"]!.valueAccuracy == 1)
    }
}
