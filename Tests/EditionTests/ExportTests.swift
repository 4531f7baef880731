import EditionKit
import Foundation
import TEIWriter
import Testing

/// `export`: the seed edition as JSON, JSON Lines and CSV, and the command's errors.
@Suite struct ExportTests {
    /// A folder holding the seed's edition, built in-process.
    static func seedEdition() throws -> URL {
        let folder = Paths.temporaryFolder()
        try Data(try Pipeline.tei(Paths.seed).xml).write(to: folder.appendingPathComponent("000_dccbfe2cab0ae208.xml"))
        return folder
    }

    @Test func jsonHasDocumentsMergedRegistersAndAnnotations() throws {
        let folder = try Self.seedEdition()
        defer { try? FileManager.default.removeItem(at: folder) }
        let contents = EditionContents.read([folder.path])
        #expect(contents.problems.isEmpty)
        let bytes = try EditionExport.json(contents.documents)
        #expect(try EditionExport.json(contents.documents) == bytes)  // deterministic
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents[0]["id"] as? String == "000_dccbfe2cab0ae208" && documents[0]["date"] as? String == "1951-10-05")
        let persons = try #require((object["registers"] as? [String: Any])?["person"] as? [[String: Any]])
        let stalin = try #require(persons.first { $0["id"] as? String == "stalin" })
        #expect(stalin["pseudonyms"] as? [String] == ["FILIPPOV"])
        #expect((stalin["identifiers"] as? [[String: String]])?.first == ["type": "wikidata", "value": "Q855"])
        let mentions = try #require(stalin["mentions"] as? [[String: String]])
        #expect(!mentions.isEmpty && mentions.allSatisfy { $0["doc"] == "000_dccbfe2cab0ae208" && $0["anchor"]?.hasPrefix("m") == true })
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        #expect(annotations.count == 130)  // tei_mentions.py's count on the same file
        #expect(Set(annotations[0].keys) == ["doc", "type", "subtype", "start", "end", "text", "value", "anchor"])
    }

    @Test func jsonLinesAreTheGoldShape() throws {
        let folder = try Self.seedEdition()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = EditionContents.read([folder.path]).documents
        let lines = String(decoding: EditionExport.jsonLines(documents), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 130)
        #expect(lines[0].hasPrefix("{\"doc\": \"000_dccbfe2cab0ae208\", \"type\": \"editorial\", \"subtype\": \"note\", \"start\": "))
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["doc", "type", "subtype", "start", "end", "text", "value"])
        }
    }

    @Test func csvQuotesCommasAndQuotes() throws {
        var document = EditionDocument(id: "d", path: "d.xml", title: "Mao, to \"Filippov\"", author: nil, date: "1951-10-05")
        document.registers = [RegisterEntry(kind: .person, id: "stalin", name: "Stalin", pseudonyms: ["FILIPPOV"],
                                            identifiers: [.init(type: "wikidata", value: "Q855")])]
        document.mentions = [EditionMention(anchor: "m1", type: "person", subtype: "pseudonym", text: "FILIPPOV, \"the boss\"",
                                            value: "stalin", ref: "stalin", start: 0, end: 20, line: 3)]
        let files = Dictionary(uniqueKeysWithValues: EditionExport.csv([document]).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(files["documents.csv"] == "id,path,title,author,date\nd,d.xml,\"Mao, to \"\"Filippov\"\"\",,1951-10-05\n")
        #expect(files["registers.csv"] == "kind,id,name,variants,pseudonyms,identifiers,mention_count,mentions\nperson,stalin,Stalin,,FILIPPOV,wikidata:Q855,1,d#m1\n")
        #expect(files["annotations.csv"] == "doc,anchor,type,subtype,start,end,text,value\nd,m1,person,pseudonym,0,20,\"FILIPPOV, \"\"the boss\"\"\",stalin\n")
        #expect(EditionExport.csvField("a\nb") == "\"a\nb\"")
    }

    @Test func commandWritesEachFormat() throws {
        let folder = try Self.seedEdition()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let json = try runTool(["export", folder.path])
        #expect(json.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
        #expect(try runTool(["export", folder.path, "--format", "jsonl", "--output", out.appendingPathComponent("a.jsonl").path]).status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("a.jsonl"), encoding: .utf8).split(separator: "\n").count == 130)
        #expect(try runTool(["export", folder.path, "--format", "csv", "--output", out.appendingPathComponent("csv").path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("csv").path).sorted()
                == ["annotations.csv", "documents.csv", "registers.csv"])
    }

    @Test func commandReportsBadFilesAndUsage() throws {
        let folder = try Self.seedEdition()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<TEI>\n<text>".utf8).write(to: folder.appendingPathComponent("broken.xml"))
        let result = try runTool(["export", folder.path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.xml:2:"))
        #expect(result.stderr.contains("error: [xml.malformed]"))
        #expect(result.stdout.split(separator: "\n").count == 130)  // the readable file is still exported
        #expect(try runTool(["export", folder.path, "--format", "csv"]).status == 2)
        #expect(try runTool(["export", folder.path, "--format", "xml"]).status == 2)
    }
}
