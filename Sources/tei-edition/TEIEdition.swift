import ArgumentParser
import EditionKit
import Foundation

@main
struct TEIEdition: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tei-edition",
        abstract: "Turns transcriptions of archival documents into validated TEI P5 editions.",
        version: ToolInfo.version,
        subcommands: [Build.self, Validate.self, Tag.self, Eval.self, Site.self, Export.self]
    )

    /// Exit codes of the contract: 0 all written, 1 some input failed, 2 usage error
    /// (swift-argument-parser's own code for usage errors is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Writes to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
