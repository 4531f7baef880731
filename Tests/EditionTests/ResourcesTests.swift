import EditionCore
import EditionKit
import Foundation
import Testing

/// A corpus folder extends the bundled data: `lexicons/*.tsv` add entries, `persons.xml` adds people.
@Suite struct ResourcesTests {
    @Test func corpusFolderExtendsLexiconsAndPersonography() throws {
        let corpus = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
        try Data("# a place of this corpus\nXanadu\txanadu\tcity\n".utf8).write(to: corpus.appendingPathComponent("lexicons/places.tsv"))
        try Data("""
        <listPerson xmlns="http://www.tei-c.org/ns/1.0">
          <person xml:id="kublai-khan"><persName>Kublai Khan</persName><persName type="pseudonym">KHAGAN</persName></person>
        </listPerson>
        """.utf8).write(to: corpus.appendingPathComponent("persons.xml"))
        let text = corpus.appendingPathComponent("x.txt")
        try Data("**Title:** T\n\n**Date:** 5 October 1951\n\n**Description:**\n\nIn Xanadu did KHAGAN decree a pleasure dome.\n".utf8).write(to: text)

        let resources = AnalysisResources.load(corpusFolder: corpus)
        #expect(resources.problems.isEmpty)
        let analysed = try Analyzer(resources: resources).analyzeFile(path: text.path).get()
        let found = analysed.annotations.map { "\($0.type.rawValue):\(analysed.source[$0.span])=\($0.value ?? "-")" }
        #expect(found.contains("place:Xanadu=xanadu"))
        #expect(found.contains("person:KHAGAN=kublai-khan"))
        // The bundled data is still there.
        #expect(resources.lexicon.places["Moscow"] != nil)
        #expect(resources.personography.person(id: "stalin") != nil)
    }

    @Test func malformedLexiconLinesAreReportedWithTheirLine() throws {
        let corpus = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
        try Data("# months\nBrumaire\t13\n".utf8).write(to: corpus.appendingPathComponent("lexicons/months.tsv"))
        let problems = AnalysisResources.load(corpusFolder: corpus).problems
        #expect(problems.map(\.description) == ["\(corpus.appendingPathComponent("lexicons/months.tsv").path):2:1: warning: [lexicon.entry] month number 1-12 expected"])
    }
}
