import EditionKit
import EditionSite
import Foundation
import TEIWriter

/// Editions and sites built in-process for the tests; the corpus site is built once.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let seedID = "000_dccbfe2cab0ae208"

    static let builder = EditionBuilder(resources: AnalysisResources.load(corpusFolder: corpus),
                                        validator: try! SchemaValidator(schemaPath: AnalysisResources.defaultSchemaPath!))

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tei-edition-site-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The TEI edition of the transcriptions in `inputs`, built by the build pipeline.
    static func edition(of inputs: URL) -> URL {
        let folder = temporaryFolder()
        let found = InputDiscovery.discover([inputs.path]).inputs
        _ = builder.build(found, outputFolder: folder.path, jobs: 4)
        return folder
    }

    static func site(of edition: URL, stylesheets: URL? = nil) -> (folder: URL, summary: SiteSummary) {
        let folder = temporaryFolder().appendingPathComponent("site")
        let summary = SiteBuilder.build(SiteOptions(editionFolder: edition, outputFolder: folder, stylesheetFolder: stylesheets, title: "Test Edition"))
        return (folder, summary)
    }

    static let corpusEdition = edition(of: corpus)
    static let corpusSite = site(of: corpusEdition)

    static func text(_ relative: String, in folder: URL = corpusSite.folder) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    /// Every file below `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return found.sorted()
    }

    /// Every match of the first capture group of `pattern` in `text`.
    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
