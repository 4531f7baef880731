import EditionKit
import Foundation
import TEIWriter
import Testing

/// Reading a built edition back: header, registers, mentions and their offsets.
@Suite struct EditionReaderTests {
    static func seed() throws -> (xml: [UInt8], document: EditionDocument) {
        let xml = try Pipeline.tei(Paths.seed).xml
        return (xml, try EditionReader.read(xml, path: "000_dccbfe2cab0ae208.xml").get())
    }

    @Test func headerOfTheSeed() throws {
        let document = try Self.seed().document
        #expect(document.id == "000_dccbfe2cab0ae208")
        #expect(document.path == "000_dccbfe2cab0ae208.xml")
        #expect(document.title == "Mao to Stalin")
        #expect(document.author == "Mao Zedong")
        #expect(document.date == "1951-10-05")
        #expect(document.dateText == "5 October 1951")
        #expect(document.text.contains("SECOND MAIN DIRECTORATE OF THE GENERAL STAFF"))
        #expect(!document.text.contains("  ") && !document.text.contains("\n"))
    }

    @Test func registersOfTheSeed() throws {
        let registers = try Self.seed().document.registers
        let stalin = try #require(registers.first { $0.id == "stalin" })
        #expect(stalin.kind == .person)
        #expect(stalin.name == "Stalin")
        #expect(stalin.pseudonyms == ["FILIPPOV"])
        #expect(stalin.identifiers == [RegisterEntry.Identifier(type: "wikidata", value: "Q855")])
        let beria = try #require(registers.first { $0.id == "beria" })
        #expect(beria.name == "Lavrentiy Beria" && beria.variants == ["Beria"])
        #expect(registers.first { $0.id == "place-moscow" }?.kind == .place)
        #expect(registers.first { $0.id == "org-iv-unit-os-vkp-b-cc" }?.name == "IV Unit OS VKP(b) CC")
        // Document order: persons, then places, then organisations, as the writer emits them.
        #expect(registers.map(\.kind) == registers.map(\.kind).sorted { order($0) < order($1) })
    }

    func order(_ kind: RegisterEntry.Kind) -> Int { RegisterEntry.Kind.allCases.firstIndex(of: kind)! }

    /// Expected figures from the reference tool on the same file:
    /// `tei-edition build Corpus -o /tmp/ed && python3 ../shared/tools/tei_mentions.py /tmp/ed/000_dccbfe2cab0ae208.xml x`
    /// counted by type and by (type, subtype).
    @Test func mentionCountsMatchTheReferenceTool() throws {
        let mentions = try Self.seed().document.mentions
        let byType = Dictionary(grouping: mentions, by: \.type).mapValues(\.count)
        #expect(byType == ["date": 31, "editorial": 13, "idno": 12, "org": 13, "person": 19, "place": 8, "quantity": 34])
        let bySubtype = Dictionary(grouping: mentions) { "\($0.type)/\($0.subtype ?? "-")" }.mapValues(\.count)
        #expect(bySubtype == [
            "date/time": 1, "date/-": 30,
            "editorial/expan": 1, "editorial/gap": 1, "editorial/illegible": 1, "editorial/note": 1, "editorial/stamp": 2, "editorial/supplied": 7,
            "idno/cable": 2, "idno/copy": 5, "idno/incoming": 2, "idno/outgoing": 1, "idno/registration": 2,
            "org/-": 13, "person/pseudonym": 2, "person/-": 17, "place/-": 8,
            "quantity/count": 20, "quantity/currency": 3, "quantity/duration": 5, "quantity/fraction": 4, "quantity/length": 2,
        ])
    }

    @Test func everyMentionIsItsSliceOfTheTextContent() throws {
        let (xml, document) = try Self.seed()
        // The text content as TEIInspector reads it, independently of the reader's own walk.
        let content = Array(try TEIInspector.contents(xml).get().text.unicodeScalars)
        for mention in document.mentions {
            #expect(0 <= mention.start && mention.start <= mention.end && mention.end <= content.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: content[mention.start..<mention.end])
            #expect(squeezeRuns(String(slice)) == mention.text, "\(mention.anchor): \(mention.text)")
        }
    }

    @Test func valuesRefsAnchorsAndLines() throws {
        let (xml, document) = try Self.seed()
        let lines = String(decoding: xml, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // Every mention the writer makes carries an anchor; an `expan` is anchored by its `choice`.
        for mention in document.mentions where mention.subtype != "expan" {
            #expect(mention.anchor.hasPrefix("m"))
            #expect(lines[mention.line - 1].contains("xml:id=\"\(mention.anchor)\""), "\(mention.anchor) not on line \(mention.line)")
        }
        let filippov = try #require(document.mentions.first { $0.subtype == "pseudonym" })
        #expect(filippov.text == "Cde. FILIPPOV" && filippov.ref == "stalin" && filippov.value == "stalin")
        let received = try #require(document.mentions.first { $0.text == "0230 5 October 1951" })
        #expect(received.type == "date" && received.value == "1951-10-05T02:30:00")
        #expect(document.mentions.first { $0.type == "org" }?.value == nil)
        #expect(document.mentions.contains { $0.type == "quantity" && $0.value == "600000000" })
    }

    @Test func everyCorpusEditionReadsAndKeepsItsOffsets() throws {
        for file in Paths.textFiles(in: Paths.corpus) {
            let xml = try Pipeline.tei(file).xml
            let document = try EditionReader.read(xml, path: file.deletingPathExtension().lastPathComponent + ".xml").get()
            let content = Array(try TEIInspector.contents(xml).get().text.unicodeScalars)
            #expect(!document.title.isEmpty && !document.mentions.isEmpty, "\(file.lastPathComponent)")
            for mention in document.mentions {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: content[mention.start..<mention.end])
                #expect(squeezeRuns(String(slice)) == mention.text, "\(file.lastPathComponent) \(mention.anchor)")
            }
        }
    }

    @Test func malformedFileFailsWithLineAndColumn() {
        let xml = Array("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <text><p>a</x></text>\n</TEI>\n".utf8)
        guard case .failure(let issue) = EditionReader.read(xml, path: "bad.xml") else {
            Issue.record("a malformed file was read")
            return
        }
        #expect(issue.line == 2 && issue.column > 1)
    }

    @Test func fileWithoutTextIsAFailure() {
        let xml = Array("<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>\n".utf8)
        guard case .failure(let issue) = EditionReader.read(xml, path: "x.xml") else {
            Issue.record("a file without <text> was read")
            return
        }
        #expect(issue.line == 2 && issue.column == 1)
    }

    @Test func startTagsArePlacedPastCommentsCDATAAndMultiByteText() throws {
        let xml = Array("""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- <persName> --><text>
        <p>Ü <![CDATA[<date>]]> <persName xml:id="a" ref="#x">X</persName> <gap/> <gap><desc>seal</desc></gap></p></text></TEI>
        """.utf8)
        let document = try EditionReader.read(xml, path: "dir/doc.xml").get()
        #expect(document.id == "doc")
        #expect(document.mentions.map(\.type) == ["person", "editorial", "editorial"])
        #expect(document.mentions.map(\.subtype) == [nil, "illegible", "gap"])
        let person = document.mentions[0]
        #expect(person.line == 2 && person.ref == "x" && person.text == "X")
        // "\n", "Ü ", "<date> " then X: offsets count code points, CDATA included.
        #expect(person.start == 10 && person.end == 11)
    }

    @Test func teiFilesOfAFolderSkipHiddenFilesAndSort() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.xml", "a/c.xml", ".hidden.xml", ".tei-edition-manifest.json", "notes.txt", ".git/x.xml"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("<x/>".utf8).write(to: url)
        }
        let files = try EditionFolder.teiFiles(in: folder)
        #expect(files.map { FolderListing.relativePath(of: $0, in: folder) } == ["a/c.xml", "b.xml"])
        #expect(throws: (any Error).self) { try EditionFolder.teiFiles(in: folder.appendingPathComponent("missing")) }
    }
}

private func squeezeRuns(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
