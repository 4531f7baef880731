import EditionKit
import Foundation
import TEIWriter

/// Builds the static site of an edition: a reading page per TEI file (XSLT), the index, the
/// registers, the chronology and the search page (XSLT over `SiteDataXML`), the search index,
/// the assets and a copy of every TEI file.
public enum SiteBuilder {
    /// `progress(done, total)` is called after each reading page.
    public static func build(_ options: SiteOptions, progress: (Int, Int) -> Void = { _, _ in }) -> SiteSummary {
        var summary = SiteSummary()
        let (documents, readIssues) = EditionLoading.load(options.editionFolder)
        summary.issues += readIssues
        let stylesheets: CompiledStylesheets
        switch CompiledStylesheets.prepare(overrides: options.stylesheetFolder) {
        case .failure(let failure):
            summary.issues += failure.issues
            return summary
        case .success(let compiled): stylesheets = compiled
        }
        defer { stylesheets.set.remove() }
        var run = SiteRun(options: options, stylesheets: stylesheets, output: SiteOutput(folder: options.outputFolder))
        let model = SiteModel(documents: documents.map(\.edition))
        summary.documents = run.writeDocuments(documents, in: model, progress: progress)
        run.writePages(model)
        run.writeAssets(model)
        summary.removed = run.output.finish()
        summary.issues += run.issues + run.output.issues
        summary.pages = run.output.written.filter { $0.hasSuffix(".html") }.count
        summary.files = run.output.written.count
        return summary
    }
}

/// One TEI file of the edition, read.
struct LoadedDocument {
    var edition: EditionDocument
    var bytes: [UInt8]
    /// Where it was read from, for diagnostics and as the base URI of the transformation.
    var path: String
}

enum EditionLoading {
    /// Every TEI file of `folder`, read; a file that cannot be read, or whose id another file
    /// already has (same file name in two sub-folders), is reported and left out.
    static func load(_ folder: URL) -> ([LoadedDocument], [SiteIssue]) {
        let files: [URL]
        do { files = try EditionFolder.teiFiles(in: folder) } catch {
            return ([], [SiteIssue(path: folder.path, rule: "site.edition", message: "cannot list the edition: \(error.localizedDescription)")])
        }
        var documents: [LoadedDocument] = []
        var issues: [SiteIssue] = []
        var ids: [String: String] = [:]
        for file in files {
            switch load(file, relative: FolderListing.relativePath(of: file, in: folder)) {
            case .failure(let issue): issues.append(issue)
            case .success(let document):
                if let other = ids[document.edition.id] {
                    issues.append(SiteIssue(path: file.path, line: 1, column: 1, rule: "site.duplicate-id",
                                            message: "document id '\(document.edition.id)' is also the id of \(other); one page cannot show both"))
                    continue
                }
                ids[document.edition.id] = document.edition.path
                documents.append(document)
            }
        }
        if files.isEmpty { issues.append(SiteIssue(path: folder.path, rule: "site.edition", message: "no TEI files (*.xml) in the edition folder")) }
        return (documents, issues)
    }

    static func load(_ file: URL, relative: String) -> Result<LoadedDocument, SiteIssue> {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(SiteIssue(path: file.path, rule: "site.read", message: "cannot read the file"))
        }
        let bytes = Array(data)
        switch EditionReader.read(bytes, path: relative) {
        case .failure(let issue): return .failure(SiteIssue(path: file.path, line: issue.line, column: issue.column, rule: "site.read", message: issue.message))
        case .success(let edition): return .success(LoadedDocument(edition: edition, bytes: bytes, path: file.path))
        }
    }
}

/// The page stylesheets, each compiled once for the whole run.
struct CompiledStylesheets {
    let set: StylesheetSet
    let byName: [String: XSLTStylesheet]

    static func prepare(overrides: URL?) -> Result<CompiledStylesheets, SiteIssues> {
        let set: StylesheetSet
        switch StylesheetSet.prepare(overrides: overrides) {
        case .failure(let issue): return .failure(SiteIssues([issue]))
        case .success(let prepared): set = prepared
        }
        var compiled: [String: XSLTStylesheet] = [:]
        var issues: [SiteIssue] = []
        for name in StylesheetSet.pageStylesheets {
            switch XSLTStylesheet.compile(path: set.path(name)) {
            case .success(let stylesheet): compiled[name] = stylesheet
            case .failure(let failure): issues += failure.issues.map { set.reportedAtSource($0, overrides: overrides) }
            }
        }
        guard issues.isEmpty else {
            set.remove()
            // Every page stylesheet imports the shared modules: report each error once.
            var seen = Set<SiteIssue>()
            return .failure(SiteIssues(issues.filter { seen.insert($0).inserted }))
        }
        return .success(CompiledStylesheets(set: set, byName: compiled))
    }

    subscript(_ name: String) -> XSLTStylesheet { byName[name]! }
}

extension StylesheetSet {
    /// An issue placed in the merged temporary folder is reported at the file the editor
    /// can open: the override, else the shipped stylesheet.
    func reportedAtSource(_ issue: SiteIssue, overrides: URL?) -> SiteIssue {
        let prefix = folder.path + "/"
        guard issue.path.hasPrefix(prefix) else { return issue }
        let relative = String(issue.path.dropFirst(prefix.count))
        var moved = issue
        if let overrides, FileManager.default.fileExists(atPath: overrides.appendingPathComponent(relative).path) {
            moved.path = overrides.appendingPathComponent(relative).path
        } else if let shipped = Self.shippedFolder {
            moved.path = shipped.appendingPathComponent(relative).path
        }
        return moved
    }
}
