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
            var child = xmlDocGetRootElement(doc)?.pointee.children
            // Elements only: libxml2 names text nodes "text" too.
            while let node = child {
                switch node.pointee.type == XML_ELEMENT_NODE ? PersonographyReader.name(node) : "" {
                case "teiHeader": contents.header = rawContent(node)
                case "text": contents.text = rawContent(node)
                default: break
                }
                child = node.pointee.next
            }
            return .success(contents)
        }
    }

    static func rawContent(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { tei_xmlFree(value) }
        return String(cString: value)
    }
}
