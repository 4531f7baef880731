import Foundation
import TEIWriter

/// The pages of one site build, written one after the other into `output`.
struct SiteRun {
    let options: SiteOptions
    let stylesheets: CompiledStylesheets
    var output: SiteOutput
    var issues: [SiteIssue] = []

    /// Reading pages and TEI copies, in the index's order (so that previous/next follow it).
    mutating func writeDocuments(_ documents: [LoadedDocument], in model: SiteModel, progress: (Int, Int) -> Void) -> Int {
        let byID = Dictionary(documents.map { ($0.edition.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = model.documents.compactMap { byID[$0.id] }
        var written = 0
        for (index, document) in ordered.enumerated() {
            output.write(document.bytes, to: SitePaths.teiFile(document.edition.id))
            if writeReadingPage(document, previous: index > 0 ? ordered[index - 1] : nil, next: index + 1 < ordered.count ? ordered[index + 1] : nil) {
                written += 1
            }
            progress(index + 1, ordered.count)
        }
        return written
    }

    private mutating func writeReadingPage(_ document: LoadedDocument, previous: LoadedDocument?, next: LoadedDocument?) -> Bool {
        let parsed = LibXMLDocument.parse(document.bytes, url: document.path)
        guard case .success(let tei) = parsed else {
            if case .failure(let issue) = parsed { issues.append(issue) }
            return false
        }
        let id = document.edition.id
        let parameters = common(root: "../", page: "documents") + [
            ("document-id", id),
            ("tei-href", "../" + SitePaths.teiHref(id)),
            ("tei-name", id + ".xml"),
            ("prev-href", previous.map { "../" + SitePaths.documentHref($0.edition.id) } ?? ""),
            ("prev-title", previous?.edition.title ?? ""),
            ("next-href", next.map { "../" + SitePaths.documentHref($0.edition.id) } ?? ""),
            ("next-title", next?.edition.title ?? ""),
        ]
        return transform("document.xsl", tei, parameters, documentPath: document.path, to: SitePaths.documentFile(id))
    }

    /// Index, registers, chronology and search page, from the site data document.
    mutating func writePages(_ model: SiteModel) {
        let data = SiteDataXML.document(model, title: options.title)
        let source = options.editionFolder.path
        transform("index.xsl", data, common(root: "", page: "documents"), documentPath: source, to: SitePaths.index)
        for kind in RegisterKind.allCases {
            transform("register.xsl", data, common(root: "", page: kind.navigationKey) + [("kind", kind.rawValue)], documentPath: source, to: kind.page)
        }
        transform("chronology.xsl", data, common(root: "", page: "chronology"), documentPath: source, to: SitePaths.chronology)
        transform("search.xsl", data, common(root: "", page: "search"), documentPath: source, to: SitePaths.search)
    }

    /// The stylesheet set's other files (CSS, scripts, images) and the search index.
    mutating func writeAssets(_ model: SiteModel) {
        for asset in stylesheets.set.assets {
            guard let data = FileManager.default.contents(atPath: stylesheets.set.path(asset)) else {
                issues.append(SiteIssue(path: stylesheets.set.path(asset), rule: "site.asset", message: "cannot read the asset"))
                continue
            }
            output.write(Array(data), to: SitePaths.assets + "/" + asset)
        }
        do {
            output.write(try SearchIndex(model).script(), to: SitePaths.searchIndex)
        } catch {
            issues.append(SiteIssue(path: SitePaths.searchIndex, rule: "site.search-index", message: "cannot encode the search index: \(error)"))
        }
    }

    private func common(root: String, page: String) -> [(String, String)] {
        [("root", root), ("site-title", options.title), ("page", page)]
    }

    @discardableResult
    private mutating func transform(_ name: String, _ document: LibXMLDocument, _ parameters: [(String, String)], documentPath: String, to relative: String) -> Bool {
        switch stylesheets[name].apply(to: document, parameters: parameters, documentPath: documentPath) {
        case .failure(let failure):
            issues += failure.issues.map { stylesheets.set.reportedAtSource($0, overrides: options.stylesheetFolder) }
            return false
        case .success(let bytes):
            output.write(bytes, to: relative)
            return true
        }
    }
}
