import ArgumentParser
import EditionKit
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export an edition's registers and annotations as JSON, JSON Lines or CSV.",
        discussion: """
        json: one object {documents, registers {person, place, org}, annotations}; jsonl: the annotations only, \
        one per line in the gold shape; csv: documents.csv, registers.csv, annotations.csv in --output DIR. \
        Annotation offsets are Unicode code points into the text content of the TEI <text> element.
        """
    )

    @Argument(help: "Edition folders (every .xml below them) or TEI files.")
    var editions: [String]

    @Option(help: "json, jsonl or csv.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "File for json/jsonl (default: standard output); folder for csv.")
    var output: String?

    func validate() throws {
        if format == .csv && output == nil { throw ValidationError("--format csv writes three files: give --output DIR") }
    }

    func run() throws {
        let contents = EditionContents.read(editions)
        contents.problems.forEach { printError($0.description) }
        if let bytes = try EditionExport.write(contents.documents, format: format, output: output) {
            FileHandle.standardOutput.write(Data(bytes))
        }
        if !contents.problems.isEmpty || contents.documents.isEmpty { throw ExitCode(1) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
