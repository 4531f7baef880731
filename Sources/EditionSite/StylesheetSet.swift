import Foundation

/// The stylesheets and assets a site is made with: the shipped ones of `Resources/site`, each
/// replaced by a file of the same name in the editor's `--stylesheet` folder (which may also
/// add files, such as a logo). Both are merged into a private temporary folder so that an
/// `xsl:import` of a shipped stylesheet finds the editor's version of the file it imports.
struct StylesheetSet {
    /// The merged folder; removed by `remove()`.
    let folder: URL
    /// Every file of the set by path relative to `folder`, sorted.
    let files: [String]

    /// The stylesheets the builder runs. Other `.xsl` files are modules they import.
    static let pageStylesheets = ["document.xsl", "index.xsl", "register.xsl", "chronology.xsl", "search.xsl"]

    static var shippedFolder: URL? { Bundle.module.url(forResource: "site", withExtension: nil) }

    static func prepare(overrides: URL?) -> Result<StylesheetSet, SiteIssue> {
        guard let shipped = shippedFolder else {
            return .failure(SiteIssue(path: "Resources/site", rule: "site.install", message: "the shipped stylesheets are missing from the installation"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-edition-site-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var files = Set(try copyFiles(from: shipped, to: folder))
            if let overrides {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                    try? FileManager.default.removeItem(at: folder)
                    return .failure(SiteIssue(path: overrides.path, rule: "site.stylesheet", message: "no such folder"))
                }
                files.formUnion(try copyFiles(from: overrides, to: folder))
            }
            return .success(StylesheetSet(folder: folder, files: files.sorted()))
        } catch {
            try? FileManager.default.removeItem(at: folder)
            return .failure(SiteIssue(path: overrides?.path ?? shipped.path, rule: "site.stylesheet", message: "cannot copy the stylesheets: \(error.localizedDescription)"))
        }
    }

    /// Copies every visible regular file below `source` into `target`, replacing what is there;
    /// returns the relative paths.
    private static func copyFiles(from source: URL, to target: URL) throws -> [String] {
        var copied: [String] = []
        let base = source.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
            let destination = target.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: url, to: destination)
            copied.append(relative)
        }
        return copied
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Files served under `assets/`: everything but the stylesheets.
    var assets: [String] { files.filter { !$0.hasSuffix(".xsl") } }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
