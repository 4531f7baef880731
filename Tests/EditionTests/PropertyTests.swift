import EditionCore
import EditionKit
import Foundation
import TEIWriter
import Testing

/// Random documents assembled from real fragments (the seed and the development documents)
/// and random noise must always give a valid, complete, deterministic edition.
@Suite struct PropertyTests {
    /// Paragraphs of the real transcriptions: the seed always, corpus-dev when `../shared` is there.
    static let fragments: [String] = {
        var texts = [try? String(contentsOf: Paths.seed, encoding: .utf8)].compactMap { $0 }
        texts += Paths.textFiles(in: Paths.corpusDev).compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        return texts.flatMap { $0.components(separatedBy: "\n\n") }.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }()

    /// Pieces of trouble: brackets, markup, controls, odd spaces and line ends, numbers and dates.
    static let noise = ["[", "]", "]]", "[[", "??", "<sup>", "</sup>", "&", "<", "]]>", "<!--", "\u{0}", "\u{1B}", "\u{FFFE}",
                        "\u{A0}", "\u{200B}", "\u{202E}", "e\u{301}", "\r\n", "\r", "\n\n", "-----", "N°", "No. 12/a", "31 February",
                        "99999999999999999999", "**Title:**", "**Date:** 5 October 1951", "0230", "Cde.", "  ", "\t", "😀"]

    static func document(_ seed: UInt64) -> String {
        var g = SeededGenerator(seed: seed)
        var parts: [String] = []
        if Bool.random(using: &g) { parts.append("**Title:** Random \(seed)\n\n**Date:** \(Int.random(in: 1...28, using: &g)) October 19\(Int.random(in: 17...91, using: &g))\n\n**Description:**\n\n") }
        for _ in 0..<Int.random(in: 1...8, using: &g) {
            var fragment = fragments.randomElement(using: &g) ?? "text"
            // Cut the fragment at a random place, and drop noise into it.
            let scalars = Array(fragment.unicodeScalars)
            if scalars.count > 4 {
                let a = Int.random(in: 0..<scalars.count, using: &g), b = Int.random(in: a...scalars.count, using: &g)
                fragment = String(String.UnicodeScalarView(scalars[a..<b]))
            }
            for _ in 0..<Int.random(in: 0...3, using: &g) {
                let at = fragment.unicodeScalars.count == 0 ? 0 : Int.random(in: 0...fragment.unicodeScalars.count, using: &g)
                var view = Array(fragment.unicodeScalars)
                view.insert(contentsOf: noise.randomElement(using: &g)!.unicodeScalars, at: at)
                fragment = String(String.UnicodeScalarView(view))
            }
            parts.append(fragment)
        }
        return parts.joined(separator: ["\n\n", "\n", " "].randomElement(using: &g)!)
    }

    @Test(arguments: 0..<150)
    func randomDocumentGivesAValidCompleteDeterministicEdition(_ seed: Int) throws {
        let text = Self.document(UInt64(seed))
        let source = SourceText(text)
        let analyzer = Pipeline.builder.analyzer
        let annotated = analyzer.analyze(name: "random", source: source)
        let (xml, issues) = Pipeline.builder.writer.writeValidated(annotated, validator: Pipeline.validator)
        #expect(issues.isEmpty, "seed \(seed): \(issues.first?.message ?? "")")
        // No text lost: every character of the body except those XML forbids.
        #expect(TextInvariant.holds(annotated, edition: xml), "seed \(seed)")
        let again = Pipeline.builder.writer.writeValidated(analyzer.analyze(name: "random", source: source), validator: Pipeline.validator).xml
        #expect(again == xml, "seed \(seed)")
    }
}
