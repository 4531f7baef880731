import EditionKit
import Foundation

/// Writes the files of a site into its folder, each atomically, and afterwards removes the
/// files an earlier build wrote that this one did not (a document removed from the edition),
/// as listed in the folder's `.tei-edition-site.json`. Files it never wrote are left alone.
struct SiteOutput {
    static let manifestName = ".tei-edition-site.json"

    let folder: URL
    private(set) var written: [String] = []
    private(set) var issues: [SiteIssue] = []

    init(folder: URL) { self.folder = folder }

    mutating func write(_ bytes: [UInt8], to relative: String) {
        let path = folder.appendingPathComponent(relative).path
        do {
            try AtomicFile.write(bytes, to: path)
            written.append(relative)
        } catch {
            issues.append(SiteIssue(path: path, rule: "site.write", message: "cannot write: \(error.localizedDescription)"))
        }
    }

    /// Removes stale files and records what this build wrote; returns how many were removed.
    mutating func finish() -> Int {
        let manifest = folder.appendingPathComponent(Self.manifestName)
        let previous = (try? Data(contentsOf: manifest)).flatMap { try? JSONDecoder().decode([String].self, from: $0) } ?? []
        let current = Set(written)
        var removed = 0
        for relative in previous where !current.contains(relative) && Self.isInside(relative) {
            if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(relative))) != nil { removed += 1 }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        if let data = try? encoder.encode(current.sorted()) { write(Array(data) + [0x0A], to: Self.manifestName) }
        return removed
    }

    /// A manifest entry names a file below the site folder, never `..` or an absolute path.
    static func isInside(_ relative: String) -> Bool {
        !relative.hasPrefix("/") && !relative.split(separator: "/").contains("..") && !relative.isEmpty
    }
}
