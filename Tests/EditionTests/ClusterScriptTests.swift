import Foundation
import Testing

/// The cluster examples of docs/CLUSTER.md, run for real: the Slurm array script with the variables
/// Slurm sets for each task, and the GNU parallel script. Together the shards must write exactly
/// the files of the unsharded build, byte for byte.
@Suite struct ClusterScriptTests {
    static let scripts = Paths.root.appendingPathComponent("scripts/cluster")
    static var parallelInstalled: Bool {
        ["/usr/bin/parallel", "/usr/local/bin/parallel"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func slurmArrayTasksGiveTheUnshardedBuild() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edition = folder.appendingPathComponent("edition").path
        for k in 1...3 {
            let status = try shell(["bash", Self.scripts.appendingPathComponent("edition-shard.sbatch").path, Paths.corpus.path, edition],
                                   environment: ["SLURM_ARRAY_TASK_ID": "\(k)", "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_CPUS_PER_TASK": "1"])
            #expect(status == 0, "task \(k)")
        }
        try expectSameAsUnsharded(edition, in: folder)
        let manifests = try FileManager.default.contentsOfDirectory(atPath: edition).filter { $0.hasPrefix(".tei-edition-manifest-") }
        #expect(manifests.sorted() == (1...3).map { ".tei-edition-manifest-\($0)-of-3.json" })
    }

    @Test(.enabled(if: parallelInstalled, "GNU parallel is not installed (Debian: parallel); the parallel example is not run"))
    func gnuParallelGivesTheUnshardedBuild() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edition = folder.appendingPathComponent("edition").path
        let status = try shell(["bash", Self.scripts.appendingPathComponent("parallel-edition.sh").path, Paths.corpus.path, edition, "4"])
        #expect(status == 0)
        try expectSameAsUnsharded(edition, in: folder)
    }

    func expectSameAsUnsharded(_ edition: String, in folder: URL) throws {
        let whole = folder.appendingPathComponent("whole").path
        #expect(try shell([Paths.executable.path, "build", Paths.corpus.path, "--output", whole]) == 0)
        let files = { (path: String) in try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".xml") }.sorted() }
        #expect(try files(edition) == files(whole))
        #expect(try files(whole).count == Paths.textFiles(in: Paths.corpus).count)
        for name in try files(whole) {
            #expect(FileManager.default.contents(atPath: "\(whole)/\(name)") == FileManager.default.contents(atPath: "\(edition)/\(name)"), "\(name)")
        }
    }

    /// Runs a command with the built tool as `TEI_EDITION`; its output is discarded.
    func shell(_ arguments: [String], environment: [String: String] = [:]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["TEI_EDITION": Paths.executable.path]) { a, _ in a }) { _, b in b }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
