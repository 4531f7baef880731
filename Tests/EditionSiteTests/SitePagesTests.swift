import Foundation
import Testing
@testable import EditionSite

@Suite struct SitePagesTests {
    let site = Fixture.corpusSite

    @Test func buildsEveryDocument() {
        #expect(site.summary.issues.isEmpty, "\(site.summary.issues)")
        #expect(site.summary.documents == 12)
        let files = Fixture.files(in: site.folder)
        for page in ["index.html", "persons.html", "places.html", "organisations.html", "chronology.html", "search.html",
                     "assets/style.css", "assets/site.js", "assets/search.js", "assets/search-index.js"] {
            #expect(files.contains(page), "\(page) missing")
        }
        #expect(!files.contains { $0.hasSuffix(".xsl") }, "stylesheets are not served")
    }

    @Test func indexListsEveryDocument() throws {
        let index = Fixture.text("index.html")
        let ids = try FileManager.default.contentsOfDirectory(atPath: Fixture.corpusEdition.path).filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }
        #expect(ids.count == 12)
        for id in ids {
            #expect(index.contains("href=\"documents/\(id).html\""), "\(id) not in the index")
            #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("tei/\(id).xml").path))
        }
        // The filters' data is on each row; rows are in date order.
        #expect(index.contains("data-persons=\""))
        let dates = Fixture.captures("<tr data-date=\"([^\"]*)\"", in: index)
        #expect(dates.count == 12)
        #expect(dates == dates.sorted())
    }

    @Test func readingPageHasAnchorsValuesAndLegend() {
        let page = Fixture.text("documents/\(Fixture.seedID).html")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("name=\"viewport\""))
        #expect(page.contains("id=\"m196\""))
        #expect(page.contains("class=\"mention person\" href=\"../persons.html#stalin\" data-tip=\"Person: Stalin (pseudonym)\" id=\"m668\""))
        #expect(page.contains("id=\"m245\" datetime=\"1951-10-05T13:45:00\" tabindex=\"0\" data-tip=\"Date: 1951-10-05T13:45:00\""))
        #expect(page.contains("data-tip=\"Quantity: 100,000 × anti-tank grenade\""))
        #expect(page.contains("data-tip=\"Document number (cable): 24547\""))
        #expect(page.contains("<p class=\"numbered\" data-n=\"1\">"))
        #expect(page.contains("<span class=\"bracket\">[</span>"))
        #expect(page.contains("class=\"stamp\""))
        #expect(page.contains("class=\"editorial gap illegible\""))
        #expect(page.contains("<abbr class=\"abbr\" title=\"Special Department\">OS</abbr>"))
        #expect(page.contains("Square brackets in the transcription mark editorial insertions"), "legend from editorialDecl")
        #expect(page.contains("href=\"../tei/\(Fixture.seedID).xml\""))
        #expect(page.contains("class=\"skip-link\" href=\"#main\""))
    }

    @Test func registerEntryLinksToAnchorsThatExist() throws {
        let persons = Fixture.text("persons.html")
        let entry = try #require(Fixture.captures("(<article class=\"entry\" id=\"stalin\".*?</article>)", in: persons).first)
        #expect(entry.contains("FILIPPOV"))
        #expect(entry.contains("href=\"https://www.wikidata.org/wiki/Q855\""))
        let anchors = Fixture.captures("href=\"documents/\(Fixture.seedID)\\.html#(m[0-9]+)\"", in: entry)
        #expect(anchors.count >= 3)
        let page = Fixture.text("documents/\(Fixture.seedID).html")
        for anchor in anchors { #expect(page.contains("id=\"\(anchor)\""), "\(anchor) missing from the reading page") }
    }

    @Test func chronologyIsSorted() {
        let chronology = Fixture.text("chronology.html")
        let values = Fixture.captures("<li class=\"event\" data-value=\"([^\"]*)\"", in: chronology)
        #expect(values.count > 50)
        let keys = values.map(ISOValue.sortKey)
        #expect(keys == keys.sorted())
        #expect(chronology.contains("href=\"documents/\(Fixture.seedID).html#m245\""))
    }

    @Test func searchIndexHoldsThePseudonymAndPointsToTheSeed() throws {
        let script = Fixture.text("assets/search-index.js")
        let prefix = "window.SEARCH_INDEX = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = Data(script.dropFirst(prefix.count).dropLast(2).utf8)
        let index = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let entities = try #require(index["entities"] as? [[String: Any]])
        let stalin = try #require(entities.first { $0["id"] as? String == "stalin" })
        #expect((stalin["pseudonyms"] as? [String])?.contains("FILIPPOV") == true)
        let hrefs = (stalin["mentions"] as? [[String: Any]] ?? []).compactMap { $0["href"] as? String }
        #expect(hrefs.contains { $0.hasPrefix("documents/\(Fixture.seedID).html#m") })
        let documents = try #require(index["documents"] as? [[String: Any]])
        let seed = try #require(documents.first { $0["id"] as? String == Fixture.seedID })
        #expect((seed["text"] as? String)?.contains("FILIPPOV") == true)
        #expect(Fixture.text("search.html").contains("<script src=\"assets/search-index.js\""))
    }

    @Test func noPageLoadsAnythingFromTheNetwork() {
        for file in Fixture.files(in: site.folder) where file.hasSuffix(".html") {
            let page = Fixture.text(file)
            // Only links may leave the site (<a href="https://www.wikidata.org/...">).
            let external = Fixture.captures("<([a-zA-Z]+)[^>]*\\s(?:src|href|action)=\"(?:https?:)?//", in: page)
            #expect(external.allSatisfy { $0 == "a" }, "\(file) loads \(external)")
            #expect(!page.contains("@import"))
        }
        let css = Fixture.text("assets/style.css")
        #expect(!css.contains("url(") && !css.contains("@import"))
    }

    @Test func sameEditionGivesTheSameSite() throws {
        let again = Fixture.site(of: Fixture.corpusEdition)
        let files = Fixture.files(in: site.folder)
        #expect(files == Fixture.files(in: again.folder))
        for file in files {
            let a = try Data(contentsOf: site.folder.appendingPathComponent(file))
            let b = try Data(contentsOf: again.folder.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }
}
