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
            var pending: [TEINode.Pointer] = xmlDocGetRootElement(doc).map { [$0] } ?? []
            // Depth-first, with an explicit stack.
            while let node = pending.popLast() {
                if TEINode.name(node) == "person", let person = person(node) {
                    persons.append(person)
                    continue
                }
                pending += TEINode.children(node).reversed()
            }
            return .success(persons)
        }
    }

    static func person(_ node: TEINode.Pointer) -> Personography.Person? {
        guard let id = TEINode.xmlID(node) else { return nil }
        var names: [String] = [], pseudonyms: [String] = [], identifiers: [(type: String, value: String)] = []
        for child in TEINode.children(node) {
            let value = TEINode.squeezedContent(child)
            guard !value.isEmpty else { continue }
            switch TEINode.name(child) {
            case "persName" where TEINode.attribute(child, "type") == "pseudonym": pseudonyms.append(value)
            case "persName": names.append(value)
            case "idno": identifiers.append((TEINode.attribute(child, "type") ?? "other", value))
            default: continue
            }
        }
        return names.isEmpty ? nil : Personography.Person(id: id, names: names, pseudonyms: pseudonyms, identifiers: identifiers)
    }
}
