import EditionKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TEIWriter
import Testing

/// `validate`: schema plus pointer and date checks, over files and folders, in three formats.
@Suite struct ValidationTests {
    /// A folder with the seed's edition (valid) and, when asked, a copy with one broken `@ref`
    /// and one impossible `@when`.
    static func edition(withBroken: Bool) throws -> URL {
        let folder = Paths.temporaryFolder()
        let xml = String(decoding: try Pipeline.tei(Paths.seed).xml, as: UTF8.self)
        try Data(xml.utf8).write(to: folder.appendingPathComponent("000_dccbfe2cab0ae208.xml"))
        if withBroken {
            let broken = replacingFirst(replacingFirst(xml, "ref=\"#molotov\"", "ref=\"#molotow\""), "when=\"1951-10-05T02:30:00\"", "when=\"1951-02-30T02:30:00\"")
            try Data(broken.utf8).write(to: folder.appendingPathComponent("sub/broken.xml").creatingFolder())
        }
        return folder
    }

    static func replacingFirst(_ s: String, _ target: String, _ replacement: String) -> String {
        guard let range = s.range(of: target) else { return s }
        return s.replacingCharacters(in: range, with: replacement)
    }

    @Test func seedEditionIsValid() throws {
        let folder = try Self.edition(withBroken: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = EditionValidation.run([folder.path], schema: Pipeline.validator)
        #expect(results.count == 1)
        #expect(results.allSatisfy { $0.valid }, "\(results.flatMap(\.issues))")
    }

    @Test func brokenRefAndImpossibleDateAreFoundWithTheirPlaces() throws {
        let folder = try Self.edition(withBroken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = EditionValidation.run([folder.path], schema: nil)
        #expect(results.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["000_dccbfe2cab0ae208.xml", "broken.xml"])
        let issues = results[1].issues
        #expect(issues.map(\.rule) == ["tei.ref-unresolved", "tei.date-impossible"])
        // <item>to <persName ...> on line 155, after ten spaces of indentation and "<item>to ".
        #expect(issues[0].line == 155 && issues[0].column == 20)
        #expect(issues[0].message.contains("#molotow"))
        #expect(issues[1].line == 160 && issues[1].message.contains("1951-02-30T02:30:00"))
    }

    @Test func pointersAndDatesOfASmallFile() {
        let xml = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><text xml:id="t">
        <p><ptr target="#t #nowhere http://example.org/#x"/> <date when="1952-02-29"/> <date when="1900-02-29"/>
        <date from="1951-10" to="1951-13"/> <time when="24:00:00"/> <time when="25:00"/> <date notBefore="--02-30"/>
        <date when="1951-10-05T02:30:00+01:00"/> <date when="5 Oct"/> <biblScope from="247" to="251"/></p></text></TEI>
        """
        let issues = SemanticChecks.check(Array(xml.utf8), schema: nil)
        #expect(issues.map(\.rule) == ["tei.ref-unresolved"] + Array(repeating: "tei.date-impossible", count: 5))
        #expect(issues.map(\.line) == [2, 2, 3, 3, 3, 4])
        #expect(issues.map(\.column) == [4, 80, 1, 61, 82, 42])
        #expect(issues[0].message.contains("#nowhere"))
        #expect(issues[1].message.contains("February 1900 has 28 days"))
    }

    @Test func malformedFileIsOneIssue() {
        let issues = SemanticChecks.check(Array("<TEI>\n<text>".utf8), schema: Pipeline.validator)
        #expect(issues.count == 1 && issues[0].rule == "xml.malformed" && issues[0].line == 2)
    }

    @Test func jsonReport() throws {
        let folder = try Self.edition(withBroken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = EditionValidation.run([folder.path], schema: Pipeline.validator)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try EditionValidation.json(results))) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["valid"] as? Bool } == [true, false])
        let issues = try #require(files[1]["issues"] as? [[String: Any]])
        #expect(issues.contains { $0["rule"] as? String == "tei.ref-unresolved" && $0["line"] as? Int == 155 && $0["column"] as? Int == 20 })
        #expect(object["valid"] as? Bool == false)
    }

    #if canImport(FoundationXML) || os(macOS)
    @Test func junitReportParsesBack() throws {
        let folder = try Self.edition(withBroken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = EditionValidation.run([folder.path, "/nonexistent"], schema: Pipeline.validator)
        let document = try XMLDocument(data: Data(EditionValidation.junit(results)))
        let suites = try document.nodes(forXPath: "/testsuites/testsuite[@name='tei-edition validate']")
        #expect(suites.count == 1)
        let cases = try document.nodes(forXPath: "//testcase[@classname='tei-edition.validate']")
        #expect(cases.count == 3)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 2)
        let brokenFailure = try document.nodes(forXPath: "//testcase[contains(@name, 'broken.xml')]/failure").first as? XMLElement
        #expect(brokenFailure?.attribute(forName: "type")?.stringValue?.contains("tei.ref-unresolved") == true)
        #expect(brokenFailure?.stringValue?.contains("broken.xml:155:20: [tei.ref-unresolved]") == true)
        #expect((document.rootElement()?.attribute(forName: "failures")?.stringValue) == "2")
    }
    #endif

    @Test func commandFormatsAndExitCodes() throws {
        let folder = try Self.edition(withBroken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try runTool(["validate", folder.path])
        #expect(text.status == 1)
        #expect(text.stderr.contains("broken.xml:155:20: error: [tei.ref-unresolved]"))
        #expect(text.stderr.contains("tei-edition: 1 of 2 files valid"))
        let junit = try runTool(["validate", folder.path, "--format", "junit"])
        #expect(junit.status == 1 && junit.stdout.hasPrefix("<?xml") && junit.stdout.contains("<testsuite name=\"tei-edition validate\""))
        let json = try runTool(["validate", folder.appendingPathComponent("000_dccbfe2cab0ae208.xml").path, "--format", "json"])
        #expect(json.status == 0 && json.stdout.contains("\"valid\" : true"))
        #expect(try runTool(["validate", folder.path, "--format", "html"]).status == 2)
    }
}

extension URL {
    /// Creates the folder the file goes in; returns the file's URL.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
