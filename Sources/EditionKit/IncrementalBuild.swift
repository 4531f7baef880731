import Foundation

/// A build that redoes only what changed since the last one into the same folder: inputs whose
/// content changed, or everything when the tool, its data or the schema changed (`force`
/// redoes all). Editions whose input disappeared are removed. Unchanged inputs are hashed, not
/// analysed.
public struct IncrementalBuild: Sendable {
    public struct Summary: Sendable {
        public var outcomes: [EditionBuilder.Outcome]
        public var unchanged: Int
        public var removed: [String]
    }

    public let builder: EditionBuilder
    /// Tool version, data files and schema, as one string.
    public let fingerprint: String

    public init(builder: EditionBuilder, resources: AnalysisResources, schemaPath: String) {
        self.builder = builder
        let schema = FileManager.default.contents(atPath: schemaPath).map { StableHash.fnv1a(Array($0)) } ?? 0
        fingerprint = "\(ToolInfo.name) \(ToolInfo.version); data \(StableHash.hex(resources.fingerprint)); schema \(StableHash.hex(schema))"
    }

    public func run(_ inputs: [InputFile], outputFolder: String, shard: Shard?, force: Bool, jobs: Int, replacingInvalid: Bool,
                    progress: @Sendable (Int) -> Void = { _ in }) -> Summary {
        let previous = force ? nil : Manifest.load(from: outputFolder, shard: shard).flatMap { $0.fingerprint == fingerprint ? $0 : nil }
        var manifest = Manifest(fingerprint: fingerprint)
        var toBuild: [InputFile] = []
        var hashes: [String: String] = [:]
        // Hashing reads each input once more than building it would; holding the bytes of every
        // changed input until its turn would cost the memory of the whole corpus instead.
        for input in inputs {
            guard let hash = Manifest.contentHash(of: input.path) else { toBuild.append(input); continue }
            hashes[input.outputRelativePath] = hash
            let output = URL(fileURLWithPath: outputFolder).appendingPathComponent(input.outputRelativePath).path
            if let entry = previous?.entries[input.outputRelativePath], entry.contentHash == hash, entry.input == input.path,
               FileManager.default.fileExists(atPath: output) {
                manifest.entries[input.outputRelativePath] = entry
            } else {
                toBuild.append(input)
            }
        }
        let outcomes = builder.build(toBuild, outputFolder: outputFolder, jobs: jobs, replacingInvalid: replacingInvalid, progress: progress)
        for outcome in outcomes where outcome.succeeded {
            if let hash = hashes[outcome.input.outputRelativePath] {
                manifest.entries[outcome.input.outputRelativePath] = Manifest.Entry(input: outcome.input.path, contentHash: hash)
            }
        }
        // Editions of inputs that are gone: only those this folder's manifest lists are removed.
        let current = Set(inputs.map(\.outputRelativePath))
        let removed = (previous?.entries.keys.filter { !current.contains($0) } ?? []).sorted()
        for relative in removed {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: outputFolder).appendingPathComponent(relative).path)
        }
        try? FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        try? manifest.save(to: outputFolder, shard: shard)
        return Summary(outcomes: outcomes, unchanged: inputs.count - toBuild.count, removed: removed)
    }
}
