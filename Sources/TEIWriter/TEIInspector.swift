import CLibXML2

/// Reads back what a TEI file says, for checks: the text content of `teiHeader` and `text`.
public enum TEIInspector {
    public struct Contents: Sendable {
        public var header: String
        public var text: String
    }

    public static func contents(_ bytes: [UInt8]) -> Result<Contents, ValidationIssue> {
        switch LibXML.parse(bytes) {
        case .failure(let issue): return .failure(issue)
        case .success(let doc):
            defer { xmlFreeDoc(doc) }
            var contents = Contents(header: "", text: "")
            // Elements only (TEINode.children): libxml2 names text nodes "text" too.
            for node in xmlDocGetRootElement(doc).map(TEINode.children) ?? [] {
                switch TEINode.name(node) {
                case "teiHeader": contents.header = TEINode.rawContent(node)
                case "text": contents.text = TEINode.rawContent(node)
                default: break
                }
            }
            return .success(contents)
        }
    }
}
