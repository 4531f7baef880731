import CLibXSLT
import TEIWriter

/// Builds a libxml2 document element by element. Text and attribute values go in only through
/// libxml2 (`xmlNewDocText`, `xmlSetProp`), which escapes them on output: no markup is ever
/// made by joining strings. Element and attribute names are constants of this target.
final class SiteTree {
    struct Element {
        fileprivate let node: UnsafeMutablePointer<xmlNode>
    }

    private var doc: xmlDocPtr?
    let root: Element

    init(rootName: String) {
        LibXML.initialize()
        let doc = xmlNewDoc("1.0")!
        let node = xmlNewDocNode(doc, nil, rootName, nil)!
        xmlDocSetRootElement(doc, node)
        self.doc = doc
        root = Element(node: node)
    }

    deinit { if let doc { xmlFreeDoc(doc) } }

    @discardableResult
    func element(_ name: String, in parent: Element, _ attributes: [(String, String?)] = [], text: String? = nil) -> Element {
        let node = xmlNewDocNode(doc, nil, name, nil)!
        for case let (key, value?) in attributes { xmlSetProp(node, key, value) }
        xmlAddChild(parent.node, node)
        if let text { self.text(text, in: Element(node: node)) }
        return Element(node: node)
    }

    func text(_ text: String, in parent: Element) {
        xmlAddChild(parent.node, xmlNewDocText(doc, text))
    }

    /// Hands the finished document over; the tree must not be used afterwards.
    func finish() -> LibXMLDocument {
        let result = LibXMLDocument(owning: doc!)
        doc = nil
        return result
    }
}
