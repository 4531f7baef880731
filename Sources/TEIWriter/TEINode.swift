import CLibXML2
import EditionCore

/// libxml2 node access kept in this target; nothing here is public.
enum TEINode {
    typealias Pointer = UnsafeMutablePointer<xmlNode>

    static let teiNamespace = "http://www.tei-c.org/ns/1.0"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static func children(_ node: Pointer) -> [Pointer] {
        var result: [Pointer] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    static func name(_ node: Pointer) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// An element in the TEI namespace (with the given local name, when one is given).
    static func isTEI(_ node: Pointer, _ localName: String? = nil) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let ns = node.pointee.ns, let href = ns.pointee.href,
              String(cString: href) == teiNamespace else { return false }
        return localName.map { name(node) == $0 } ?? true
    }

    /// The first TEI child along a path of local names.
    static func descend(_ node: Pointer, _ path: [String]) -> Pointer? {
        var current = node
        for step in path {
            guard let next = children(current).first(where: { isTEI($0, step) }) else { return nil }
            current = next
        }
        return current
    }

    /// An attribute without namespace (so `id` never matches `xml:id`).
    static func attribute(_ node: Pointer, _ key: String) -> String? {
        guard let value = xmlGetNoNsProp(node, key) else { return nil }
        defer { tei_xmlFree(value) }
        return String(cString: value)
    }

    static func xmlID(_ node: Pointer) -> String? {
        guard let value = xmlGetNsProp(node, "id", xmlNamespace) else { return nil }
        defer { tei_xmlFree(value) }
        return String(cString: value)
    }

    /// Every attribute without namespace, by name.
    static func attributes(_ node: Pointer) -> [String: String] {
        var result: [String: String] = [:]
        var property = node.pointee.properties
        while let p = property {
            if p.pointee.ns == nil, let name = p.pointee.name, let value = xmlNodeListGetString(node.pointee.doc, p.pointee.children, 1) {
                result[String(cString: name)] = String(cString: value)
                tei_xmlFree(value)
            }
            property = p.pointee.next
        }
        return result
    }

    static func facts(_ node: Pointer, insideMeasure: Bool) -> ElementFacts {
        let name = isTEI(node) ? name(node) : ""
        return ElementFacts(name: name, attributes: name.isEmpty ? [:] : attributes(node), insideMeasure: insideMeasure,
                            hasDescChild: children(node).contains { isTEI($0, "desc") },
                            hasStampDescendant: name == "note" && hasDescendant(node, "stamp"))
    }

    static func hasDescendant(_ node: Pointer, _ localName: String) -> Bool {
        children(node).contains { isTEI($0, localName) || hasDescendant($0, localName) }
    }

    static func rawContent(_ node: Pointer) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { tei_xmlFree(value) }
        return String(cString: value)
    }

    static func squeezedContent(_ node: Pointer) -> String {
        squeeze(rawContent(node))
    }

    static func squeeze(_ s: String) -> String { s.squeezingWhitespace() }

    /// Code points of a UTF-8 C string: every byte that does not continue a sequence.
    static func scalarCount(_ pointer: UnsafePointer<xmlChar>?) -> Int {
        guard var p = pointer else { return 0 }
        var count = 0
        while p.pointee != 0 {
            if p.pointee & 0xC0 != 0x80 { count += 1 }
            p += 1
        }
        return count
    }
}
