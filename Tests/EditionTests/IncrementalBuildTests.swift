import EditionKit
import Foundation
import Testing

/// Rebuilds redo only what changed; shards together build exactly the unsharded edition.
@Suite struct IncrementalBuildTests {
    static let header = "**Title:** T\n\n**Date:** 5 October 1951\n\n**Description:**\n\n"

    func corpus(_ count: Int) throws -> URL {
        let folder = Paths.temporaryFolder()
        for i in 0..<count {
            try Data((Self.header + "Cde. Stalin and Cde. Molotov, document \(i), 5 October 1951.").utf8)
                .write(to: folder.appendingPathComponent("in/\(i % 3)/d\(i).txt").createParents())
        }
        return folder
    }

    var incremental: IncrementalBuild {
        IncrementalBuild(builder: Pipeline.builder, resources: Pipeline.resources, schemaPath: AnalysisResources.defaultSchemaPath!)
    }

    func run(_ folder: URL, shard: Shard? = nil, force: Bool = false, out: String = "out") -> IncrementalBuild.Summary {
        let inputs = InputDiscovery.discover([folder.appendingPathComponent("in").path]).inputs
        let selected = shard.map { s in inputs.filter(s.contains) } ?? inputs
        return incremental.run(selected, outputFolder: folder.appendingPathComponent(out).path, shard: shard, force: force, jobs: 2, replacingInvalid: false)
    }

    @Test func rebuildRedoesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let folder = try corpus(12)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(folder).outcomes.count == 12)
        let again = run(folder)
        #expect(again.outcomes.isEmpty && again.unchanged == 12)

        try Data((Self.header + "Changed.").utf8).write(to: folder.appendingPathComponent("in/1/d4.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("in/2/d5.txt"))
        let changed = run(folder)
        #expect(changed.outcomes.map(\.input.outputRelativePath) == ["1/d4.xml"])
        #expect(changed.removed == ["2/d5.xml"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/2/d5.xml").path))
        #expect(run(folder, force: true).outcomes.count == 11)
    }

    @Test func shardsTogetherAreTheUnshardedBuild() throws {
        let folder = try corpus(20)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = run(folder, out: "whole")
        var built: [String] = []
        for k in 1...3 {
            built += run(folder, shard: Shard("\(k)/3")!, out: "shards").outcomes.map(\.input.outputRelativePath)
        }
        #expect(built.sorted() == InputDiscovery.discover([folder.appendingPathComponent("in").path]).inputs.map(\.outputRelativePath).sorted())
        for relative in built {
            let whole = FileManager.default.contents(atPath: folder.appendingPathComponent("whole/\(relative)").path)
            let sharded = FileManager.default.contents(atPath: folder.appendingPathComponent("shards/\(relative)").path)
            #expect(whole != nil && whole == sharded, "\(relative)")
        }
    }

    @Test func shardSyntax() {
        #expect(Shard("2/8") != nil)
        #expect(Shard("0/8") == nil && Shard("9/8") == nil && Shard("x") == nil && Shard("1/0") == nil)
    }
}
