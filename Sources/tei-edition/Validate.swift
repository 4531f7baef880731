import ArgumentParser
import EditionKit
import Foundation
import TEIWriter

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate TEI files against the project schema (or --schema) and check their pointers and dates.",
        discussion: """
        Beyond the schema: every @ref/@target "#id" must name an xml:id of the same file (tei.ref-unresolved), \
        every @when/@from/@to/@notBefore/@notAfter must be a real date or time (tei.date-impossible). \
        Exit status: 0 all valid, 1 any file invalid or unreadable, 2 usage error.
        """
    )

    @Argument(help: "TEI files or folders (every .xml below them).")
    var files: [String]

    @Option(help: "RELAX NG schema (default: the project schema).")
    var schema: String?

    @Option(help: "text (diagnostics on standard error), json or junit (on standard output).")
    var format: ValidationFormat = .text

    func run() throws {
        let validator = try loadValidator(try schemaLocation(schema))
        let results = EditionValidation.run(files, schema: validator)
        switch format {
        case .text:
            let report = EditionValidation.text(results)
            report.diagnostics.forEach(printError)
            report.valid.forEach { print($0) }
            printError(report.summary)
        case .json: FileHandle.standardOutput.write(Data(try EditionValidation.json(results)))
        case .junit: FileHandle.standardOutput.write(Data(EditionValidation.junit(results)))
        }
        if !results.allSatisfy(\.valid) { throw ExitCode(1) }
    }
}

extension ValidationFormat: ExpressibleByArgument {}
