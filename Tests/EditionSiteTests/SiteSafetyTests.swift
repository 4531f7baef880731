import EditionKit
import Foundation
import Testing
@testable import EditionSite

@Suite struct SiteSafetyTests {
    static let payload = "</p><script>alert(1)</script>"

    /// A transcription holding markup goes through the build pipeline and the site as text.
    @Test func markupInATranscriptionIsShownNotRun() throws {
        let inputs = Fixture.temporaryFolder()
        let transcription = """
        **Title:** Test <b>bold</b> & \(Self.payload)

        **Author:** Nobody

        **Date:** 5 October 1951

        The text says \(Self.payload) and "quotes" & 'apostrophes' to Cde. Stalin in Moscow.
        """
        try transcription.write(to: inputs.appendingPathComponent("xss.txt"), atomically: true, encoding: .utf8)
        let edition = Fixture.edition(of: inputs)
        #expect(FileManager.default.fileExists(atPath: edition.appendingPathComponent("xss.xml").path))
        let site = Fixture.site(of: edition)
        #expect(site.summary.issues.isEmpty, "\(site.summary.issues)")
        for file in Fixture.files(in: site.folder) where file.hasSuffix(".html") {
            let page = Fixture.text(file, in: site.folder)
            let scripts = Fixture.captures("(<script[^>]*>)", in: page)
            #expect(scripts.allSatisfy { $0.contains("src=\"") && $0.contains("assets/") }, "\(file): \(scripts)")
            #expect(!page.contains("alert(1)</script>"), "\(file) holds the payload unescaped")
        }
        let reading = Fixture.text("documents/xss.html", in: site.folder)
        #expect(reading.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(Fixture.text("index.html", in: site.folder).contains("&lt;script&gt;alert(1)"))
        // In the search index the text is a JSON string inside a script file of its own.
        #expect(Fixture.text("assets/search-index.js", in: site.folder).contains("alert(1)"))
    }

    @Test func hrefComponentsArePercentEncoded() {
        #expect(SitePaths.escape("frus-01") == "frus-01")
        #expect(SitePaths.escape("a b#c?d\"<") == "a%20b%23c%3Fd%22%3C")
        #expect(SitePaths.escape("é") == "%C3%A9")
        #expect(SitePaths.mentionHref(document: "x y", anchor: "m1") == "documents/x%20y.html#m1")
    }

    @Test func siteDataEscapesTextThroughLibxml2() throws {
        let tree = SiteTree(rootName: "site")
        tree.element("title", in: tree.root, [("a", "\"<&>")], text: "</title><script>x</script>&amp;")
        let document = tree.finish()
        let stylesheet = try XSLTStylesheet.compile(path: try writeStylesheet("""
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:output method="html" encoding="UTF-8"/>
              <xsl:template match="/"><p title="{site/title/@a}"><xsl:value-of select="site/title"/></p></xsl:template>
            </xsl:stylesheet>
            """)).get()
        let html = String(decoding: try stylesheet.apply(to: document, parameters: [], documentPath: "test").get(), as: UTF8.self)
        #expect(html.contains("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;&amp;amp;"))
        // libxml2 quotes a value holding `"` with apostrophes; `<` and `&` are escaped.
        #expect(html.contains("title='\"&lt;&amp;&gt;'"))
    }

    @Test func parametersArePassedAsStringsNotXPath() throws {
        let stylesheet = try XSLTStylesheet.compile(path: try writeStylesheet("""
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:output method="text"/>
              <xsl:param name="t"/>
              <xsl:template match="/"><xsl:value-of select="$t"/></xsl:template>
            </xsl:stylesheet>
            """)).get()
        let tree = SiteTree(rootName: "x")
        let out = try stylesheet.apply(to: tree.finish(), parameters: [("t", "it's \"quoted\" count(//*)")], documentPath: "test").get()
        #expect(String(decoding: out, as: UTF8.self) == "it's \"quoted\" count(//*)")
    }

    @Test func stylesheetErrorsCarryFileAndLine() throws {
        let path = try writeStylesheet("""
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/">x</xsl:template>
              <xsl:template match="a[">y</xsl:template>
            </xsl:stylesheet>
            """)
        guard case .failure(let failure) = XSLTStylesheet.compile(path: path) else {
            Issue.record("a broken stylesheet compiled")
            return
        }
        #expect(failure.issues.contains { $0.path == path && $0.line == 3 && $0.rule == "site.xslt" && $0.message.contains("a[") }, "\(failure.issues)")
        let notXML = try writeStylesheet("<xsl:stylesheet")
        guard case .failure(let parse) = XSLTStylesheet.compile(path: notXML) else {
            Issue.record("a stylesheet that is not XML compiled")
            return
        }
        #expect(parse.issues.first?.line == 1)
        #expect(parse.issues.first?.description.hasPrefix("\(notXML):1:") == true)
    }

    @Test func runtimeErrorsCarryFileAndLine() throws {
        let path = try writeStylesheet("""
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/">
                <xsl:value-of select="$undeclared"/>
              </xsl:template>
            </xsl:stylesheet>
            """)
        let tree = SiteTree(rootName: "x")
        let result = XSLTStylesheet.compile(path: path).flatMap { $0.apply(to: tree.finish(), parameters: [], documentPath: "input.xml") }
        guard case .failure(let failure) = result else {
            Issue.record("an undeclared variable went unnoticed")
            return
        }
        #expect(failure.issues.contains { $0.path == path && $0.line == 3 && $0.message.contains("undeclared") }, "\(failure.issues)")
    }

    @Test func overridingStylesheetsTakesEffect() throws {
        let overrides = Fixture.temporaryFolder()
        try "/* the editor's style */\nbody { color: black; }\n".write(to: overrides.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        try """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
              <xsl:template name="site-footer"><p>Edited by the Project Team</p></xsl:template>
              <xsl:template match="tei:persName"><strong class="custom-person"><xsl:apply-templates/></strong></xsl:template>
            </xsl:stylesheet>
            """.write(to: overrides.appendingPathComponent("custom.xsl"), atomically: true, encoding: .utf8)
        let site = Fixture.site(of: Fixture.corpusEdition, stylesheets: overrides)
        #expect(site.summary.issues.isEmpty, "\(site.summary.issues)")
        #expect(Fixture.text("assets/style.css", in: site.folder).hasPrefix("/* the editor's style */"))
        #expect(Fixture.text("index.html", in: site.folder).contains("Edited by the Project Team"))
        let page = Fixture.text("documents/\(Fixture.seedID).html", in: site.folder)
        #expect(page.contains("Edited by the Project Team"))
        #expect(page.contains("<strong class=\"custom-person\">"))
    }

    @Test func aBrokenOverrideIsReportedAtItsFile() throws {
        let overrides = Fixture.temporaryFolder()
        try "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n<xsl:template match=\"x\"/>\n<xsl:template match=\"a[\">y</xsl:template>\n</xsl:stylesheet>\n"
            .write(to: overrides.appendingPathComponent("custom.xsl"), atomically: true, encoding: .utf8)
        let site = Fixture.site(of: Fixture.corpusEdition, stylesheets: overrides)
        #expect(!site.summary.succeeded)
        #expect(site.summary.issues.contains { $0.path == overrides.appendingPathComponent("custom.xsl").path && $0.line == 3 }, "\(site.summary.issues)")
    }

    @Test func filesOfRemovedDocumentsAreRemoved() throws {
        let edition = Fixture.temporaryFolder()
        for name in ["frus-01.xml", "frus-02.xml"] {
            try FileManager.default.copyItem(at: Fixture.corpusEdition.appendingPathComponent(name), to: edition.appendingPathComponent(name))
        }
        let output = Fixture.temporaryFolder()
        let options = SiteOptions(editionFolder: edition, outputFolder: output)
        #expect(SiteBuilder.build(options).succeeded)
        try FileManager.default.removeItem(at: edition.appendingPathComponent("frus-02.xml"))
        let second = SiteBuilder.build(options)
        #expect(second.removed == 2)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("documents/frus-02.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("documents/frus-01.html").path))
    }

    func writeStylesheet(_ text: String) throws -> String {
        let url = Fixture.temporaryFolder().appendingPathComponent("test.xsl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
