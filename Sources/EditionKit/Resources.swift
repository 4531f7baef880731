import EditionCore
import EditionSchemas
import Foundation
import TEIWriter

/// The data the analysis runs with: the bundled lexicons and personography, extended by a
/// corpus folder's `lexicons/*.tsv` and `persons.xml`.
public struct AnalysisResources: Sendable {
    public var lexicon: Lexicon
    public var personography: Personography
    /// Problems in the data files, as diagnostics with their file and line.
    public var problems: [RenderedDiagnostic]
    /// A hash of every data file read, to know when editions must be rebuilt.
    public var fingerprint: UInt64 = 0

    public static func load(corpusFolder: URL?) -> AnalysisResources {
        var lexicon = Lexicon()
        var problems: [RenderedDiagnostic] = []
        var fingerprint: UInt64 = 0
        var folders: [URL] = []
        if let bundled = Bundle.module.url(forResource: "lexicons", withExtension: nil) { folders.append(bundled) }
        if let corpus = corpusFolder?.appendingPathComponent("lexicons") { folders.append(corpus) }
        for folder in folders {
            for table in Lexicon.tableNames {
                let url = folder.appendingPathComponent(table)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                fingerprint = StableHash.fnv1a(Array(data), seed: fingerprint ^ 0xCBF2_9CE4_8422_2325)
                for (line, message) in lexicon.load(table: table, contents: String(decoding: data, as: UTF8.self)) {
                    problems.append(RenderedDiagnostic(path: url.path, line: line, column: 1, severity: .warning, rule: "lexicon.entry", message: message))
                }
            }
        }
        var persons: [String: Personography.Person] = [:]
        var order: [String] = []
        let files = [Bundle.module.url(forResource: "persons", withExtension: "xml"), corpusFolder?.appendingPathComponent("persons.xml")]
        for url in files.compactMap({ $0 }) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            fingerprint = StableHash.fnv1a(Array(data), seed: fingerprint ^ 0xCBF2_9CE4_8422_2325)
            switch PersonographyReader.read(Array(data)) {
            case .success(let list):
                for p in list {
                    if persons[p.id] == nil { order.append(p.id) }
                    persons[p.id] = p
                }
            case .failure(let issue):
                problems.append(RenderedDiagnostic(path: url.path, line: issue.line, column: issue.column, severity: .error, rule: "personography.xml", message: issue.message))
            }
        }
        return AnalysisResources(lexicon: lexicon, personography: Personography(persons: order.map { persons[$0]! }), problems: problems,
                                 fingerprint: fingerprint)
    }

    /// The project schema shipped with the tool.
    public static var defaultSchemaPath: String? { EditionSchemas.projectSchemaURL?.path }
}
