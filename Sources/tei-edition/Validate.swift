import ArgumentParser
import EditionKit
import Foundation
import TEIWriter

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate TEI files against the project schema (or --schema).")

    @Argument(help: "TEI files.")
    var files: [String]

    @Option(help: "RELAX NG schema (default: the project schema).")
    var schema: String?

    func run() throws {
        let validator = try loadValidator(try schemaLocation(schema))
        var failed = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file):0:0: error: [input.unreadable] cannot read file")
                failed += 1
                continue
            }
            let issues = validator.validate(xml: Array(data))
            for issue in issues { printError("\(file):\(issue.line):\(issue.column): error: [tei.invalid] \(issue.message)") }
            if issues.isEmpty { print("\(file): valid") } else { failed += 1 }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
