import EditionCore
import EditionKit
import Foundation
import TEIWriter
import Testing

/// Bad input never crashes, loses text or yields invalid XML (docs/RELIABILITY.md): one named
/// test per kind of input. Large inputs (20 MB, a 5 MB line, 10,000 files) are in `make stress`.
@Suite struct AdversarialInputTests {
    static let header = "**Title:** T\n\n**Date:** 5 October 1951\n\n**Description:**\n\n"

    /// Builds `bytes` as a file in a fresh folder; returns the outcome and the written XML, if any.
    func build(_ bytes: [UInt8], replacingInvalid: Bool = false) throws -> (EditionBuilder.Outcome, [UInt8]?) {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("in.txt")
        try Data(bytes).write(to: file)
        let outcome = Pipeline.builder.build(InputFile(path: file.path, outputRelativePath: "in.xml"), outputFolder: folder.path, replacingInvalid: replacingInvalid)
        let xml = outcome.outputPath.flatMap { FileManager.default.contents(atPath: $0) }.map { [UInt8]($0) }
        return (outcome, xml)
    }

    func build(_ text: String) throws -> (EditionBuilder.Outcome, [UInt8]?) { try build(Array(text.utf8)) }

    /// The written edition is valid and holds every character of the body (ENCODING.md §4).
    func expectSound(_ xml: [UInt8]?, body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let xml = try #require(xml, sourceLocation: sourceLocation)
        #expect(Pipeline.validator.validate(xml: xml).isEmpty, sourceLocation: sourceLocation)
        let contents = try TEIInspector.contents(xml).get()
        #expect(squeeze(contents.text) == squeeze(body), sourceLocation: sourceLocation)
    }

    func rules(_ outcome: EditionBuilder.Outcome) -> [String] { outcome.diagnostics.map(\.rule) }

    // MARK: Encoding

    @Test(arguments: [("overlong", [0xC0, 0xAF] as [UInt8]), ("truncated", [0xE2, 0x82]), ("stray continuation", [0x80]), ("surrogate", [0xED, 0xA0, 0x80])])
    func invalidUTF8IsRefusedAtItsByte(_ name: String, _ bad: [UInt8]) throws {
        let (outcome, xml) = try build(Array("ab\n".utf8) + bad + Array(" cd\n".utf8))
        #expect(xml == nil, "\(name)")
        #expect(outcome.diagnostics.map(\.description).first?.contains(":2:1: error: [input.invalid-utf8] invalid UTF-8 at byte offset 3") == true, "\(name)")
    }

    @Test func replaceInvalidTurnsBadBytesIntoReplacementCharacters() throws {
        let (outcome, xml) = try build(Array((Self.header + "ab ").utf8) + [0xC0, 0xAF] + Array(" cd\n".utf8), replacingInvalid: true)
        #expect(rules(outcome).filter { $0 == "input.invalid-utf8" }.count == 2)
        try expectSound(xml, body: "ab \u{FFFD}\u{FFFD} cd")
    }

    @Test func byteOrderMarkCRLFAndLoneCR() throws {
        for (name, text) in [("BOM", "\u{FEFF}" + Self.header + "Cde. Stalin left."), ("CRLF", (Self.header + "Cde. Stalin\r\n\r\nleft.").replacingOccurrences(of: "\n\n", with: "\r\n\r\n")),
                             ("CR", (Self.header + "Cde. Stalin\r\rleft.").replacingOccurrences(of: "\n", with: "\r"))] {
            let (outcome, xml) = try build(text)
            #expect(outcome.succeeded, "\(name)")
            try expectSound(xml, body: "Cde. Stalin left.")
        }
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let text = Self.header + "Cde. Molotov in Moscow."
        let (outcome, xml) = try build([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(outcome.succeeded)
        try expectSound(xml, body: "Cde. Molotov in Moscow.")
    }

    @Test func charactersXMLForbidsAreReportedAndLeftOut() throws {
        let (outcome, xml) = try build(Self.header + "NUL\u{0} BEL\u{7} ESC\u{1B} \u{FFFE}\u{FFFF} end")
        #expect(rules(outcome).filter { $0 == "text.forbidden-char" }.count == 5)
        try expectSound(xml, body: "NUL BEL ESC  end")
    }

    @Test func spacesMarksAndRightToLeftTextAreKeptAsTheyAre() throws {
        let body = "Cde.\u{A0}Stalin zero\u{200B}width e\u{301} \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{202E}RTL\u{202C}."
        let (_, xml) = try build(Self.header + body)
        let text = try TEIInspector.contents(try #require(xml)).get().text
        #expect(text.contains("zero\u{200B}width e\u{301} \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{202E}RTL\u{202C}."))
    }

    // MARK: Structure

    @Test(arguments: [("empty", ""), ("header only", header), ("body only", "Cde. Stalin on 5 October 1951."),
                      ("unknown labels", "**Title:** T **Shelfmark:** F. 3 **Rights:** none\n\nBody."),
                      ("repeated field", "**Title:** A\n**Title:** B\n\nBody.")])
    func oddStructureStillGivesAValidEdition(_ name: String, _ text: String) throws {
        let (outcome, xml) = try build(text)
        #expect(outcome.succeeded, "\(name)")
        let body = String(text[(text.range(of: "\n\n", options: .backwards).map { text.contains("**") ? $0.upperBound : text.startIndex } ?? text.startIndex)...])
        try expectSound(xml, body: text.contains("**") ? body : text)
    }

    @Test func tenThousandUnclosedBrackets() throws {
        let (outcome, xml) = try build(Self.header + String(repeating: "[", count: 10_000) + " text")
        let unclosed = outcome.diagnostics.filter { $0.rule == "brackets.unclosed" }
        #expect(unclosed.filter { $0.severity == .warning }.count == 20)
        #expect(unclosed.last?.message == "9980 more of these not shown")
        try expectSound(xml, body: "text")
    }

    @Test func bracketsNestedHundredThousandDeep() throws {
        let (outcome, xml) = try build(Self.header + String(repeating: "[", count: 100_000) + "x" + String(repeating: "]", count: 100_000))
        #expect(rules(outcome).contains("brackets.too-deep"))
        try expectSound(xml, body: "x")
    }

    @Test func closingBracketWithoutOpening() throws {
        let (outcome, xml) = try build(Self.header + "a ] b ]] c")
        #expect(rules(outcome).filter { $0 == "brackets.stray-close" }.count == 3)
        try expectSound(xml, body: "a b c")
    }

    @Test func aLongSingleLine() throws {
        let sentence = "Cde. Gao Gang held talks in Moscow on 5 October 1951 about 120 85 mm anti-aircraft guns [and more] for CABLE N° 24547. "
        let body = String(repeating: sentence, count: 2_000)  // 240 KB on one line
        let (outcome, xml) = try build(Self.header + body)
        #expect(outcome.succeeded)
        try expectSound(xml, body: body)
    }

    // MARK: Values

    @Test func numbersTooLargeForAnyIntegerType() throws {
        let (_, xml) = try build(Self.header + "CABLE N° 99999999999999999999999 and 10000000000000000000000 rubles.")
        let text = String(decoding: try #require(xml), as: UTF8.self)
        #expect(text.contains("type=\"cable\">99999999999999999999999</idno>"))
        #expect(text.contains("quantity=\"10000000000000000000000\" unit=\"RUB\""))
    }

    @Test func impossibleDatesAndFarYears() throws {
        let (outcome, xml) = try build(Self.header + "On 31 February 1951, 32 October, and 2500 5 October 1951; also 5 October 2500.")
        #expect(rules(outcome).filter { $0 == "date.impossible" }.count == 2)
        #expect(rules(outcome).contains("date.year-out-of-range"))
        try expectSound(xml, body: "On 31 February 1951, 32 October, and 2500 5 October 1951; also 5 October 2500.")
    }

    // MARK: Markup in the text

    @Test func markupStaysText() throws {
        let hostile = "< & ]]> <!-- c --> <?xml version='1.0'?> </p><script>alert(1)</script>"
        let (_, xml) = try build("**Title:** \(hostile)\n\n**Date:** 5 October 1951\n\n**Description:** \(hostile)\n\nBody \(hostile) end.")
        let text = String(decoding: try #require(xml), as: UTF8.self)
        #expect(!text.contains("<script>") && !text.contains("<!-- c -->") && !text.contains("]]>"))
        #expect(text.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        try expectSound(xml, body: "Body \(hostile) end.")
        let contents = try TEIInspector.contents(try #require(xml)).get()
        #expect(contents.header.contains("</p><script>alert(1)</script>"))
        // In the body too: only presentational pairs (`<sup>…</sup>`) become markup.
        #expect(contents.text.contains("</p><script>alert(1)</script>"))
    }

    @Test func onlyMatchedPresentationalTagsBecomeMarkup() throws {
        let (_, xml) = try build(Self.header + "On the 5<sup>th</sup> an <i>unclosed tag and a <blink>stray</blink> one.")
        let text = String(decoding: try #require(xml), as: UTF8.self)
        #expect(text.contains("5<hi rend=\"superscript\">th</hi>"))
        #expect(text.contains("an &lt;i&gt;unclosed tag and a &lt;blink&gt;stray&lt;/blink&gt; one."))
    }

    // MARK: Files

    @Test func binaryFileIsRefused() throws {
        var generator = SeededGenerator(seed: 7)
        let (outcome, xml) = try build((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(xml == nil)
        #expect(rules(outcome) == ["input.invalid-utf8"])
    }

    @Test func failedInputLeavesThePreviousOutputAsItWas() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.txt")
        let input = InputFile(path: file.path, outputRelativePath: "x.xml")
        try Data((Self.header + "Cde. Stalin.").utf8).write(to: file)
        let first = Pipeline.builder.build(input, outputFolder: folder.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: try #require(first.outputPath)))
        try Data([0x61, 0xC0, 0xAF]).write(to: file)
        let second = Pipeline.builder.build(input, outputFolder: folder.path)
        #expect(!second.succeeded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first.outputPath!)) == before)
    }

    @Test func unwritableOutputFolderIsAnError() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let outcome = Pipeline.builder.build(InputFile(path: Paths.seed.path, outputRelativePath: "seed.xml"), outputFolder: blocker.path)
        #expect(!outcome.succeeded)
        #expect(rules(outcome).last == "output.write")
    }

    @Test func unreadableInputAndEmptyFolder() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.txt"), withIntermediateDirectories: true)
        let outcome = Pipeline.builder.build(InputFile(path: folder.appendingPathComponent("dir.txt").path, outputRelativePath: "dir.xml"), outputFolder: folder.path)
        #expect(rules(outcome) == ["input.unreadable"])
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(InputDiscovery.discover([empty.path]).problems.map(\.rule) == ["input.empty-folder"])
    }

    @Test func twoInputsForOneOutputAreBothRefused() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("\(sub)/x.txt"))
        }
        let (inputs, problems) = InputDiscovery.discover([folder.appendingPathComponent("a/x.txt").path, folder.appendingPathComponent("b/x.txt").path])
        #expect(inputs.isEmpty)
        #expect(problems.map(\.rule) == ["input.output-collision", "input.output-collision"])
        // Found under a folder, they keep their relative paths and do not collide.
        #expect(InputDiscovery.discover([folder.path]).inputs.map(\.outputRelativePath) == ["a/x.xml", "b/x.xml"])
    }

    @Test func manySmallFilesWithAnyNumberOfJobsGiveTheSameBytes() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentences = ["Cde. Stalin met Cde. Molotov on 5 October 1951.", "[Stamp: SUBJECT TO RETURN] CABLE N° 24547", "120 85 mm anti-aircraft guns for 600 million rubles."]
        for i in 0..<300 {
            try Data((Self.header + sentences[i % 3] + " \(i)").utf8).write(to: folder.appendingPathComponent("in/\(i % 7)/d\(i).txt").createParents())
        }
        let inputs = InputDiscovery.discover([folder.appendingPathComponent("in").path]).inputs
        let one = Pipeline.builder.build(inputs, outputFolder: folder.appendingPathComponent("one").path, jobs: 1)
        let four = Pipeline.builder.build(inputs, outputFolder: folder.appendingPathComponent("four").path, jobs: 4)
        #expect(one.allSatisfy(\.succeeded) && four.allSatisfy(\.succeeded))
        for (a, b) in zip(one, four) {
            #expect(FileManager.default.contents(atPath: a.outputPath!) == FileManager.default.contents(atPath: b.outputPath!))
        }
    }

    // MARK: Reading XML

    @Test func billionLaughsDoesNotExpand() throws {
        var dtd = "<!ENTITY a0 \"lol\">"
        for i in 1...10 { dtd += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE TEI [\(dtd)]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>&a10;</teiHeader></TEI>"
        let contents = TEIInspector.contents(Array(xml.utf8))
        if case .success(let c) = contents { #expect(c.header.count < 10_000) }
        #expect(!Pipeline.validator.validate(xml: Array(xml.utf8)).isEmpty)
    }
}

extension URL {
    /// Creates the parent folders of this file URL and returns it.
    func createParents() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}

/// SplitMix64: a small seeded generator, so that random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
