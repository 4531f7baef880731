/// `--shard K/N`: a deterministic 1/N of the inputs, chosen by a stable hash of each input's
/// output path, so that N independent jobs (a Slurm array, GNU parallel on several machines)
/// build the whole corpus between them, each input exactly once.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    public func contains(_ input: InputFile) -> Bool {
        Int(StableHash.fnv1a(Array(input.outputRelativePath.utf8)) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}

/// FNV-1a, 64 bits: the same value on every machine and every run (Swift's `Hasher` is seeded
/// per process, so it cannot choose shards or detect changes between runs).
public enum StableHash {
    public static func fnv1a(_ bytes: [UInt8], seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
