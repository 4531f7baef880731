import EditionCore
import EditionKit
import Foundation
import TEIWriter
import Testing

/// The whole TEI of the seed, compared byte for byte with the committed golden file.
/// After an intended change: `UPDATE_GOLDEN=1 swift test --filter Golden`, then review the diff.
@Suite struct GoldenTests {
    @Test func seedEdition() throws {
        let (xml, issues, _) = try Pipeline.tei(Paths.seed)
        #expect(issues.isEmpty)
        try compare(xml, golden: "000_dccbfe2cab0ae208.xml")
    }

    @Test func seedAnnotationsAsJSONLines() throws {
        let text = try Pipeline.builder.analyzer.analyzeFile(path: Paths.seed.path).get()
        try compare(Array(TagOutput.jsonLines(text).utf8), golden: "000_dccbfe2cab0ae208.tag.jsonl")
    }

    func compare(_ bytes: [UInt8], golden name: String) throws {
        let url = Paths.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(bytes).write(to: url)
        }
        let expected = try Data(contentsOf: url)
        #expect(Data(bytes) == expected, "output differs from \(name); run with UPDATE_GOLDEN=1 and review the diff")
    }

    @Test func seedHasTwoDocumentsAndEveryHeaderField() throws {
        let (xml, _, text) = try Pipeline.tei(Paths.seed)
        let contents = try TEIInspector.contents(xml).get()
        #expect(text.documents.count == 2)
        for field in text.header.fields where !field.value.isEmpty {
            let value = squeeze(text.source[field.value])
            #expect(squeeze(contents.header).contains(value), "header field \(field.label) missing")
        }
    }
}

/// Every output of Corpus/ and of ../shared/corpus-dev: valid, no text lost (ENCODING.md §4.2), deterministic.
@Suite struct CorpusTests {
    static let corpusFiles = Paths.textFiles(in: Paths.corpus)
    static let devFiles = Paths.textFiles(in: Paths.corpusDev)

    @Test(arguments: corpusFiles)
    func corpusOutput(_ file: URL) throws { try checkInvariants(file) }

    @Test(.enabled(if: Paths.sharedAvailable, "../shared/corpus-dev is absent: the development documents are not checked"),
          arguments: devFiles)
    func developmentOutput(_ file: URL) throws { try checkInvariants(file) }

    func checkInvariants(_ file: URL) throws {
        let (xml, issues, text) = try Pipeline.tei(file)
        #expect(issues.isEmpty, "\(file.lastPathComponent): \(issues)")
        let contents = try TEIInspector.contents(xml).get()
        #expect(squeeze(text.source[text.body]) == squeeze(contents.text), "\(file.lastPathComponent): text lost or added")
        let again = try Pipeline.tei(file).xml
        #expect(again == xml, "\(file.lastPathComponent): two runs differ")
    }
}

/// The no-text-lost comparison of `text_invariant.py`.
func squeeze(_ s: String) -> String { TextInvariant.squeezed(s) }
