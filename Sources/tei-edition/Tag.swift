import ArgumentParser
import EditionCore
import EditionKit
import Foundation

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the annotations of a transcription: what was tagged, where, and by which rule.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "A transcription (.txt).")
    var file: String

    @Option(help: "table (for reading) or json (JSONL in the gold format, offsets in code points).")
    var format: Format = .table

    func run() throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let resources = AnalysisResources.load(corpusFolder: folder)
        resources.problems.forEach { printError($0.description) }
        let analyzer = Analyzer(resources: resources)
        switch analyzer.analyzeFile(path: file) {
        case .failure(let d):
            printError(d.description)
            throw ExitCode(1)
        case .success(let text):
            for d in text.diagnostics { printError(RenderedDiagnostic(d, path: file, source: text.source).description) }
            print(format == .json ? TagOutput.jsonLines(text) : TagOutput.table(text), terminator: "")
        }
    }
}
