import ArgumentParser
import EditionCore
import EditionKit
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the tagger against gold annotations: per-type precision, recall and F1, strict and lenient.",
        discussion: """
        Every NAME.gold.jsonl in the folders is scored against the tagger's output on NAME.txt,
        found beside it or in any other folder given (e.g. `eval ../shared/gold Corpus`).
        """
    )

    @Argument(help: "Folders with NAME.gold.jsonl (and NAME.txt) files.")
    var folders: [String]

    @Option(help: "table or json.")
    var format: Tag.Format = .table

    func run() throws {
        let fm = FileManager.default
        var golds: [URL] = [], texts: [String: URL] = [:]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            let names = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() {
                if name.hasSuffix(".gold.jsonl") { golds.append(url.appendingPathComponent(name)) }
                if name.hasSuffix(".txt"), texts[String(name.dropLast(4))] == nil { texts[String(name.dropLast(4))] = url.appendingPathComponent(name) }
            }
        }
        guard !golds.isEmpty else {
            printError("tei-edition: error: [eval.no-gold] no .gold.jsonl file in \(folders.joined(separator: ", "))")
            throw ExitCode(1)
        }
        var evaluation = Evaluation()
        let resources = AnalysisResources.load(corpusFolder: folders.first.map { URL(fileURLWithPath: $0) })
        let analyzer = Analyzer(resources: resources)
        for gold in golds {
            let name = String(gold.lastPathComponent.dropLast(".gold.jsonl".count))
            guard let text = texts[name] else {
                printError("\(gold.path):0:0: warning: [eval.no-text] no \(name).txt beside it or in the other folders; skipped")
                continue
            }
            let goldMentions = try Evaluation.readGold(try Data(contentsOf: gold))
            switch analyzer.analyzeFile(path: text.path) {
            case .failure(let d): printError(d.description)
            case .success(let analysed):
                evaluation.add(document: name, gold: goldMentions, predicted: Evaluation.mentions(of: analysed))
            }
        }
        print(format == .json ? evaluation.json() : evaluation.table(), terminator: "")
    }
}
