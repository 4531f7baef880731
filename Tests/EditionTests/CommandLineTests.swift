import Foundation
import Testing

/// The built `tei-edition` run as a user runs it: exit codes, files written, diagnostics.
@Suite struct CommandLineTests {
    @Test func buildWritesTheValidatedSeedAndReportsTheStrayBracket() throws {
        let out = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try runTool(["build", Paths.corpus.path, "--output", out.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("000_dccbfe2cab0ae208.xml").path))
        #expect(result.stderr.contains("000_dccbfe2cab0ae208.txt:116:46: warning: [brackets.stray-close]"))
        let golden = try Data(contentsOf: Paths.golden.appendingPathComponent("000_dccbfe2cab0ae208.xml"))
        #expect(try Data(contentsOf: out.appendingPathComponent("000_dccbfe2cab0ae208.xml")) == golden)
        // One edition per transcription and the build manifest, no temporary file left behind.
        let expected = [".tei-edition-manifest.json"] + Paths.textFiles(in: Paths.corpus).map { $0.deletingPathExtension().lastPathComponent + ".xml" }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == expected.sorted())
    }

    @Test func missingInputBesideAGoodOneExitsOneAndBuildsTheGoodOne() throws {
        let out = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try runTool(["build", Paths.seed.path, "/nonexistent/x.txt", "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/x.txt:0:0: error: [input.missing]"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("000_dccbfe2cab0ae208.xml").path))
    }

    @Test func invalidUTF8IsAnErrorAtItsByteAndWritesNothing() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0x61, 0x0A, 0x62, 0xC0, 0xAF]).write(to: bad)
        let result = try runTool(["build", bad.path, "--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt:2:2: error: [input.invalid-utf8] invalid UTF-8 at byte offset 3"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/bad.xml").path))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runTool(["build", Paths.seed.path]).status == 2)  // --output missing
        #expect(try runTool(["frobnicate"]).status == 2)
    }

    @Test func validateAcceptsTheGoldenAndRejectsBrokenXML() throws {
        let golden = Paths.golden.appendingPathComponent("000_dccbfe2cab0ae208.xml").path
        #expect(try runTool(["validate", golden]).status == 0)
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>".utf8).write(to: broken)
        let result = try runTool(["validate", broken.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.xml:1:"))
    }

    @Test func tagPrintsJSONLinesInTheGoldShape() throws {
        let result = try runTool(["tag", Paths.seed.path, "--format", "json"])
        #expect(result.status == 0)
        let golden = try String(contentsOf: Paths.golden.appendingPathComponent("000_dccbfe2cab0ae208.tag.jsonl"), encoding: .utf8)
        #expect(result.stdout == golden)
        let table = try runTool(["tag", Paths.seed.path])
        #expect(table.stdout.hasPrefix("TYPE"))
        #expect(table.stdout.contains("person     pseudonym     Cde. FILIPPOV"))
    }
}
