import EditionCore
import EditionKit
import Foundation
import TEIWriter

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let seed = corpus.appendingPathComponent("000_dccbfe2cab0ae208.txt")
    static let golden = root.appendingPathComponent("Tests/EditionTests/Golden")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpusDev = shared.appendingPathComponent("corpus-dev")
    /// CI has ../shared beside the clone; elsewhere the tests that need it are skipped.
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: corpusDev.path) }

    /// The built command-line tool, beside the test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") { folder = bundle.bundleURL.deletingLastPathComponent() }
        return folder.appendingPathComponent("tei-edition")
    }

    static func textFiles(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tei-edition-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One analysis setup for all tests: the bundled data and the project schema.
enum Pipeline {
    static let resources = AnalysisResources.load(corpusFolder: Paths.corpus)
    static let validator = try! SchemaValidator(schemaPath: AnalysisResources.defaultSchemaPath!)
    static let builder = EditionBuilder(resources: resources, validator: validator)

    static func tei(_ file: URL) throws -> (xml: [UInt8], issues: [ValidationIssue], text: AnnotatedText) {
        let text = try builder.analyzer.analyzeFile(path: file.path).get()
        let (xml, issues) = builder.writer.writeValidated(text, validator: validator)
        return (xml, issues, text)
    }
}

struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `tei-edition` as a user does.
func runTool(_ arguments: [String]) throws -> ToolRun {
    let process = Process()
    process.executableURL = Paths.executable
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Standard error is read second: diagnostics are short enough for the pipe's buffer.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}
