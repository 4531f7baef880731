import ArgumentParser
import EditionKit
import Foundation
import TEIWriter

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the TEI edition of transcriptions: one validated DIR/<stem>.xml per input."
    )

    @Argument(help: "Transcriptions (.txt) or folders (every .txt below them).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Folder for the TEI files.")
    var output: String

    @Option(name: .shortAndLong, help: "Parallel workers (default: the number of cores).")
    var jobs: Int?

    @Option(help: "RELAX NG schema to validate against (default: the project schema).")
    var schema: String?

    @Flag(help: "Replace invalid UTF-8 by U+FFFD with a warning, instead of refusing the file.")
    var replaceInvalid = false

    @Option(help: "Build only shard K of N (K/N): a stable 1/N of the inputs, for running on a cluster.")
    var shard: String?

    @Flag(help: "Rebuild every input, even those unchanged since the last build into this folder.")
    var force = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8") }
    }

    func run() throws {
        let (found, problems) = InputDiscovery.discover(inputs)
        problems.forEach { printError($0.description) }
        let corpus = corpusFolder()
        let resources = AnalysisResources.load(corpusFolder: corpus)
        resources.problems.forEach { printError($0.description) }
        let schemaPath = try schemaLocation(schema)
        let validator = try loadValidator(schemaPath)
        let builder = EditionBuilder(resources: resources, validator: validator)
        let selected = shard.flatMap(Shard.init).map { s in found.filter(s.contains) } ?? found
        let progress = Progress(total: selected.count)
        let summary = IncrementalBuild(builder: builder, resources: resources, schemaPath: schemaPath)
            .run(selected, outputFolder: output, shard: shard.flatMap(Shard.init), force: force,
                 jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, replacingInvalid: replaceInvalid) { done in progress.update(done) }
        progress.finish()
        for outcome in summary.outcomes { outcome.diagnostics.forEach { printError($0.description) } }
        let written = summary.outcomes.filter(\.succeeded).count
        var line = "tei-edition: wrote \(written) of \(summary.outcomes.count) editions to \(output)"
        if summary.unchanged > 0 { line += ", \(summary.unchanged) unchanged" }
        if !summary.removed.isEmpty { line += ", removed \(summary.removed.count) whose input is gone" }
        printError(line)
        if written < summary.outcomes.count || !problems.isEmpty || found.isEmpty { throw ExitCode(1) }
    }

    /// The folder whose `lexicons/` and `persons.xml` extend the bundled data: the first
    /// input folder, or the folder of the first input file.
    func corpusFolder() -> URL? {
        guard let first = inputs.first else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) else { return nil }
        let url = URL(fileURLWithPath: first)
        return isDirectory.boolValue ? url : url.deletingLastPathComponent()
    }
}

/// The schema to validate against: `--schema`, else the project schema shipped with the tool.
func schemaLocation(_ schema: String?) throws -> String {
    guard let path = schema ?? AnalysisResources.defaultSchemaPath else {
        printError("tei-edition: error: the project schema is missing from the installation; pass --schema")
        throw ExitCode(1)
    }
    return path
}

func loadValidator(_ path: String) throws -> SchemaValidator {
    do {
        return try SchemaValidator(schemaPath: path)
    } catch {
        printError("\(path):0:0: error: [schema.load] \(error)")
        throw ExitCode(1)
    }
}

/// Progress on long runs (20 inputs or more): a line rewritten in place on a terminal, and a
/// plain line at every tenth of the work otherwise (CI logs, redirected output).
final class Progress: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    let terminal: Bool
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
        enabled = total >= 20
        terminal = isatty(STDERR_FILENO) != 0
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let line = "building: \(done)/\(total) (\(done * 100 / total)%)"
        lock.withLock {
            if terminal {
                FileHandle.standardError.write(Data(("\r" + line).utf8))
            } else if done * 10 / total != (done - 1) * 10 / total {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
    }

    func finish() {
        if enabled && terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
