import CLibXML2

/// A libxml2 document under construction. Internal: no libxml2 type leaves this target.
///
/// Text goes in only through `xmlNewDocText`, so `&`, `<` and `]]>` are escaped by libxml2 on
/// output; element and attribute names are constants of this target.
final class XMLTree {
    typealias Node = UnsafeMutablePointer<xmlNode>

    let doc: xmlDocPtr
    let root: Node
    /// The default namespace of every element (the TEI's), or none (a JUnit report).
    private let namespace: xmlNsPtr?
    private let xmlNamespace: xmlNsPtr

    init(rootName: String, namespaceURI: String?) {
        let doc = xmlNewDoc("1.0")!
        let root = xmlNewDocNode(doc, nil, rootName, nil)!
        let namespace = namespaceURI.flatMap { xmlNewNs(root, $0, nil) }
        if let namespace { xmlSetNs(root, namespace) }
        self.doc = doc
        self.root = root
        self.namespace = namespace
        xmlDocSetRootElement(doc, root)
        // The reserved `xml` prefix, for `xml:id` (libxml2 resolves it without a declaration).
        xmlNamespace = xmlSearchNsByHref(doc, root, "http://www.w3.org/XML/1998/namespace")
    }

    deinit { xmlFreeDoc(doc) }

    @discardableResult
    func element(_ name: String, in parent: Node, _ attributes: [(String, String)] = [], line: Int? = nil) -> Node {
        let node = xmlNewDocNode(doc, namespace, name, nil)!
        for (key, value) in attributes { setAttribute(node, key, value) }
        if let line { node.pointee.line = UInt16(clamping: line) }
        xmlAddChild(parent, node)
        return node
    }

    func setAttribute(_ node: Node, _ key: String, _ value: String) {
        if key == "xml:id" {
            xmlSetNsProp(node, xmlNamespace, "id", XMLText.clean(value))
        } else {
            xmlSetProp(node, key, XMLText.clean(value))
        }
    }

    /// Adds text, merging with a preceding text node.
    func text(_ string: String, in parent: Node) {
        guard !string.isEmpty else { return }
        let clean = XMLText.clean(string)
        let node = xmlNewDocText(doc, clean)!
        xmlAddChild(parent, node)  // merges adjacent text nodes
    }

    /// Indented UTF-8 with an XML declaration; libxml2 indents only element-only content, so
    /// mixed content (the transcription) is written exactly as it is.
    func serialize() -> [UInt8] {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1)
        defer { tei_xmlFree(buffer) }
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }
}

/// Characters XML 1.0 forbids never reach the tree (the I/O layer warns about them first).
enum XMLText {
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isAllowed($0) }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
