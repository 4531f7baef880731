import EditionKit
import Foundation
import TEIWriter
import Testing

/// The project schema accepts its valid samples and rejects the invalid ones
/// (`Schemas/examples`, also checked against tei_all.rng with jing, see Schemas/README.md).
@Suite struct SchemaTests {
    static let examples = Paths.root.appendingPathComponent("Schemas/examples")

    static func files(_ folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    @Test(arguments: files(examples))
    func validExample(_ file: URL) throws {
        #expect(Pipeline.validator.validate(xml: Array(try Data(contentsOf: file))).isEmpty)
    }

    @Test(arguments: files(examples.appendingPathComponent("invalid")))
    func invalidExample(_ file: URL) throws {
        #expect(!Pipeline.validator.validate(xml: Array(try Data(contentsOf: file))).isEmpty)
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>&x;</teiHeader></TEI>
        """
        let contents = try TEIInspector.contents(Array(xxe.utf8)).get()
        #expect(!contents.header.contains("root:"))
    }
}
