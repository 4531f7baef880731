import Foundation

/// What an output folder was built from, so that a rebuild redoes only what changed: each
/// input's content hash, and the fingerprint of the tool, its data and the schema. Kept in
/// `DIR/.tei-edition-manifest.json` (one per shard: `.tei-edition-manifest-K-of-N.json`).
public struct Manifest: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var input: String
        public var contentHash: String
    }

    /// Tool version, lexicons, personography and schema: when it changes, everything is rebuilt.
    public var fingerprint: String
    /// By output path relative to the output folder.
    public var entries: [String: Entry]

    public init(fingerprint: String, entries: [String: Entry] = [:]) {
        self.fingerprint = fingerprint
        self.entries = entries
    }

    public static func fileName(shard: Shard?) -> String {
        shard.map { ".tei-edition-manifest-\($0.index)-of-\($0.count).json" } ?? ".tei-edition-manifest.json"
    }

    public static func load(from folder: String, shard: Shard?) -> Manifest? {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(fileName(shard: shard))
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    /// Written like an edition: to a temporary file, then renamed; keys sorted, so it diffs.
    public func save(to folder: String, shard: Shard?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(self)), to: URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName(shard: shard)).path)
    }

    /// The content hash of an input file, or nil if it cannot be read.
    public static func contentHash(of path: String) -> String? {
        FileManager.default.contents(atPath: path).map { StableHash.hex(StableHash.fnv1a(Array($0))) }
    }
}
