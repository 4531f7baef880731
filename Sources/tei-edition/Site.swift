import ArgumentParser
import EditionSite
import Foundation

struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static website of an edition: reading pages, registers, chronology and search (docs/SITE.md)."
    )

    @Argument(help: "The folder of TEI files that build wrote (several shards' output together is fine).")
    var edition: String

    @Option(name: .shortAndLong, help: "Folder for the site.")
    var output: String

    @Option(help: "Folder of stylesheets and assets that replace the shipped ones of the same name (document.xsl, style.css, ...).")
    var stylesheet: String?

    @Option(help: "The site's title, shown on every page.")
    var title = "TEI Edition"

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: edition, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(edition) is not a folder")
        }
        let editionPath = URL(fileURLWithPath: edition).standardizedFileURL.resolvingSymlinksInPath().path
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        // A site inside the edition would be read back as part of it by the next build (tei/*.xml).
        if outputPath == editionPath || outputPath.hasPrefix(editionPath + "/") {
            throw ValidationError("--output must be outside the edition folder")
        }
    }

    func run() throws {
        let options = SiteOptions(editionFolder: URL(fileURLWithPath: edition), outputFolder: URL(fileURLWithPath: output),
                                  stylesheetFolder: stylesheet.map { URL(fileURLWithPath: $0) }, title: title)
        var progress: Progress?
        let summary = SiteBuilder.build(options) { done, total in
            if progress == nil { progress = Progress(total: total) }
            progress?.update(done)
        }
        progress?.finish()
        summary.issues.forEach { printError($0.description) }
        var line = "tei-edition: wrote \(summary.pages) pages (\(summary.documents) documents) to \(output)"
        if summary.removed > 0 { line += ", removed \(summary.removed) files of documents gone from the edition" }
        printError(line)
        if !summary.succeeded { throw ExitCode(1) }
    }
}
