import CLibXML2
import EditionCore

/// Reads a personography: a TEI file (or fragment) holding `listPerson/person` entries.
///
/// ```xml
/// <person xml:id="stalin">
///   <persName>Stalin</persName> <persName type="variant">I.V. Stalin</persName>
///   <persName type="pseudonym">FILIPPOV</persName>
///   <idno type="wikidata">Q855</idno>
/// </person>
/// ```
public enum PersonographyReader {
    /// The `person` elements of a `listPerson` file, in document order. The caller indexes them
    /// (`Personography(persons:)`) once, after merging the bundled and the corpus lists.
    public static func read(_ bytes: [UInt8]) -> Result<[Personography.Person], ValidationIssue> {
        switch LibXML.parse(bytes) {
        case .failure(let issue): return .failure(issue)
        case .success(let doc):
            defer { xmlFreeDoc(doc) }
            var persons: [Personography.Person] = []
            var pending: [UnsafeMutablePointer<xmlNode>] = xmlDocGetRootElement(doc).map { [$0] } ?? []
            // Depth-first, with an explicit stack.
            while let node = pending.popLast() {
                if name(node) == "person", let person = person(node) {
                    persons.append(person)
                    continue
                }
                var child = node.pointee.children
                var children: [UnsafeMutablePointer<xmlNode>] = []
                while let c = child {
                    if c.pointee.type == XML_ELEMENT_NODE { children.append(c) }
                    child = c.pointee.next
                }
                pending += children.reversed()
            }
            return .success(persons)
        }
    }

    static func person(_ node: UnsafeMutablePointer<xmlNode>) -> Personography.Person? {
        guard let id = attribute(node, "id", namespace: "http://www.w3.org/XML/1998/namespace") else { return nil }
        var names: [String] = [], pseudonyms: [String] = [], identifiers: [(type: String, value: String)] = []
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            let value = content(c)
            guard !value.isEmpty else { continue }
            switch name(c) {
            case "persName" where attribute(c, "type") == "pseudonym": pseudonyms.append(value)
            case "persName": names.append(value)
            case "idno": identifiers.append((attribute(c, "type") ?? "other", value))
            default: continue
            }
        }
        return names.isEmpty ? nil : Personography.Person(id: id, names: names, pseudonyms: pseudonyms, identifiers: identifiers)
    }

    static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ key: String, namespace: String? = nil) -> String? {
        guard let value = namespace.map({ xmlGetNsProp(node, key, $0) }) ?? xmlGetProp(node, key) else { return nil }
        defer { tei_xmlFree(value) }
        return String(cString: value)
    }

    static func content(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { tei_xmlFree(value) }
        return String(cString: value).squeezingWhitespace()
    }
}
