import EditionCore
import Foundation

/// The package's own lexicon files, read from the source tree (the core has no resources).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let lexicon: Lexicon = {
        var lexicon = Lexicon()
        let folder = root.appendingPathComponent("Sources/EditionKit/Resources/lexicons")
        for table in Lexicon.tableNames {
            if let text = try? String(contentsOf: folder.appendingPathComponent(table), encoding: .utf8) {
                lexicon.load(table: table, contents: text)
            }
        }
        return lexicon
    }()

    static let personography = Personography(persons: [
        .init(id: "stalin", names: ["Stalin"], pseudonyms: ["Filippov"]),
        .init(id: "mao-zedong", names: ["Mao Zedong"]),
    ])

    static func analyze(_ text: String, header: String = "**Title:** Test\n\n**Date:** 5 October 1951\n\n**Description:**\n\n") -> AnnotatedText {
        Analyzer(lexicon: lexicon, personography: personography).analyze(name: "test", source: SourceText(header + text))
    }

    /// `subtype:text` of the annotations of one type.
    static func typed(_ a: AnnotatedText, _ type: EntityType) -> [String] {
        a.annotations.filter { $0.type == type }.map { "\($0.subtype ?? "-"):\(a.source[$0.span])" }
    }

    /// (type, text, value) of every annotation, for compact expectations.
    static func mentions(_ a: AnnotatedText, _ type: EntityType? = nil) -> [String] {
        a.annotations.filter { type == nil || $0.type == type }.map { "\($0.type.rawValue):\(a.source[$0.span])=\($0.value ?? "-")" }
    }
}
