import CLibXML2

/// What one TEI file of an edition says, read back for the site, exports and checks.
public struct EditionDocument: Sendable, Hashable {
    /// The file stem, e.g. `frus-01` (the `doc` of the gold files).
    public var id: String
    /// The path relative to the edition folder, e.g. `frus-01.xml`.
    public var path: String
    /// `teiHeader/fileDesc/titleStmt/title`.
    public var title: String
    /// `teiHeader/fileDesc/titleStmt/author`.
    public var author: String?
    /// `profileDesc/creation/date/@when` (ISO 8601), nil when absent.
    public var date: String?
    /// The text of that date element.
    public var dateText: String?
    /// The `standOff` entries, in document order.
    public var registers: [RegisterEntry]
    /// Every mention element in `<text>`, in document order.
    public var mentions: [EditionMention]
    /// The text content of `<text>`, whitespace runs squeezed to one space (for search).
    public var text: String

    public init(id: String, path: String, title: String, author: String? = nil, date: String? = nil, dateText: String? = nil,
                registers: [RegisterEntry] = [], mentions: [EditionMention] = [], text: String = "") {
        self.id = id
        self.path = path
        self.title = title
        self.author = author
        self.date = date
        self.dateText = dateText
        self.registers = registers
        self.mentions = mentions
        self.text = text
    }
}

/// One `person`, `place` or `org` of `standOff`.
public struct RegisterEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case person, place, org }

    public struct Identifier: Sendable, Hashable {
        public var type: String
        public var value: String

        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    public var kind: Kind
    /// The entry's `xml:id`.
    public var id: String
    /// The first name child without `@type`.
    public var name: String
    /// Names with `type="variant"` or any other type but `pseudonym`.
    public var variants: [String]
    /// Names with `type="pseudonym"`.
    public var pseudonyms: [String]
    /// The `idno` children (authority ids such as `wikidata`).
    public var identifiers: [Identifier]

    public init(kind: Kind, id: String, name: String, variants: [String] = [], pseudonyms: [String] = [], identifiers: [Identifier] = []) {
        self.kind = kind
        self.id = id
        self.name = name
        self.variants = variants
        self.pseudonyms = pseudonyms
        self.identifiers = identifiers
    }
}

/// One mention element of `<text>`, typed as `../shared/tools/tei_mentions.py` types it.
public struct EditionMention: Sendable, Hashable {
    /// The element's `xml:id` ("" when it has none).
    public var anchor: String
    /// person | place | org | date | quantity | idno | editorial (the gold types).
    public var type: String
    /// pseudonym, time, count, cable, supplied, note, stamp, gap, expan, illegible...
    public var subtype: String?
    /// The element's text content, whitespace squeezed.
    public var text: String
    /// Normalized value: a date's `@when` or `from/to`; a quantity's `@quantity` or `@value`;
    /// the register id of a person or place.
    public var value: String?
    /// The register id (without `#`) of a name or `rs` with `@ref`.
    public var ref: String?
    /// Offsets in Unicode code points into the unsqueezed text content of `<text>`, end exclusive.
    public var start: Int
    public var end: Int
    /// The line of the element's start tag in the TEI file.
    public var line: Int

    public init(anchor: String, type: String, subtype: String?, text: String, value: String?, ref: String?, start: Int, end: Int, line: Int) {
        self.anchor = anchor
        self.type = type
        self.subtype = subtype
        self.text = text
        self.value = value
        self.ref = ref
        self.start = start
        self.end = end
        self.line = line
    }
}

public enum EditionReader {
    /// Reads a TEI file (parsed with the safe options of `LibXML.parse`). A file that is not
    /// well-formed, or has no `<text>`, is a failure placed at its line and column.
    public static func read(_ bytes: [UInt8], path: String) -> Result<EditionDocument, ValidationIssue> {
        switch LibXML.parse(bytes) {
        case .failure(let issue): return .failure(issue)
        case .success(let doc):
            defer { xmlFreeDoc(doc) }
            guard let root = xmlDocGetRootElement(doc) else { return .failure(ValidationIssue(line: 1, column: 1, message: "no root element")) }
            let places = ElementPlaces(bytes: bytes, root: root)
            guard let text = TEINode.children(root).first(where: { TEINode.isTEI($0, "text") }) else {
                let place = places.place(of: root)
                return .failure(ValidationIssue(line: place.line, column: place.column, message: "no <text> element: not a TEI document"))
            }
            return .success(document(root: root, text: text, places: places, path: path))
        }
    }

    static func document(root: TEINode.Pointer, text: TEINode.Pointer, places: ElementPlaces, path: String) -> EditionDocument {
        let header = TEINode.children(root).first { TEINode.isTEI($0, "teiHeader") }
        let titleStmt = header.flatMap { TEINode.descend($0, ["fileDesc", "titleStmt"]) }
        let creationDate = header.flatMap { TEINode.descend($0, ["profileDesc", "creation", "date"]) }
        var walk = MentionWalk(places: places)
        walk.visitChildren(of: text, insideMeasure: false)
        return EditionDocument(
            id: stem(of: path),
            path: path,
            title: titleStmt.flatMap { TEINode.descend($0, ["title"]) }.map(TEINode.squeezedContent) ?? "",
            author: titleStmt.flatMap { TEINode.descend($0, ["author"]) }.map(TEINode.squeezedContent),
            date: creationDate.flatMap { TEINode.attribute($0, "when") },
            dateText: creationDate.map(TEINode.squeezedContent),
            registers: TEINode.children(root).filter { TEINode.isTEI($0, "standOff") }.flatMap(RegisterReading.entries),
            mentions: walk.mentions,
            text: TEINode.squeezedContent(text)
        )
    }

    /// `a/b/frus-01.xml` → `frus-01`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// Walks `<text>` in document order, counting code points of text so that each mention gets
/// its offsets into the unsqueezed text content.
struct MentionWalk {
    let places: ElementPlaces
    var offset = 0
    var mentions: [EditionMention] = []

    init(places: ElementPlaces) { self.places = places }

    // Recursion depth is bounded by libxml2's own nesting limit (no XML_PARSE_HUGE).
    mutating func visitChildren(of node: TEINode.Pointer, insideMeasure: Bool) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: offset += TEINode.scalarCount(c.pointee.content)
            case XML_ENTITY_REF_NODE: offset += TEINode.rawContent(c).unicodeScalars.count
            case XML_ELEMENT_NODE: visitElement(c, insideMeasure: insideMeasure)
            default: break
            }
            child = c.pointee.next
        }
    }

    mutating func visitElement(_ node: TEINode.Pointer, insideMeasure: Bool) {
        let start = offset
        let index = mentions.count
        let kind = MentionKind.classify(TEINode.facts(node, insideMeasure: insideMeasure))
        if let kind {
            mentions.append(EditionMention(anchor: TEINode.xmlID(node) ?? "", type: kind.type, subtype: kind.subtype,
                                           text: TEINode.squeezedContent(node), value: kind.value, ref: kind.ref,
                                           start: start, end: start, line: places.place(of: node).line))
        }
        visitChildren(of: node, insideMeasure: insideMeasure || TEINode.isTEI(node, "measure"))
        // The end is known only once the children are counted; the mention was appended first
        // so that mentions stay in document (start tag) order.
        if kind != nil { mentions[index].end = offset }
    }
}

/// What classifying an element needs to know, in Swift values.
struct ElementFacts {
    var name: String
    var attributes: [String: String]
    var insideMeasure: Bool
    var hasDescChild: Bool
    var hasStampDescendant: Bool
}

/// The mapping of `../shared/tools/tei_mentions.py`, element by element.
struct MentionKind: Equatable {
    var type: String
    var subtype: String?
    var value: String?
    var ref: String?

    static func classify(_ e: ElementFacts) -> MentionKind? {
        let a = e.attributes
        let ref = pointer(a)
        switch e.name {
        case "persName": return MentionKind(type: "person", subtype: a["type"], value: ref, ref: ref)
        case "placeName": return MentionKind(type: "place", value: ref, ref: ref)
        case "orgName": return MentionKind(type: "org", ref: ref)
        case "date": return MentionKind(type: "date", value: dateValue(a))
        case "time": return MentionKind(type: "date", subtype: "time", value: dateValue(a))
        case "measure": return MentionKind(type: "quantity", subtype: a["type"], value: a["quantity"])
        case "num" where !e.insideMeasure: return MentionKind(type: "quantity", subtype: a["type"] ?? "number", value: a["value"])
        case "idno": return MentionKind(type: "idno", subtype: a["type"])
        case "rs": return referringString(a, ref: ref)
        default: return editorial(e)
        }
    }

    static func referringString(_ a: [String: String], ref: String?) -> MentionKind? {
        switch a["type"] {
        case "idno": return MentionKind(type: "idno", subtype: a["subtype"])  // a number with editorial marks inside
        case "person", "place", "org": return MentionKind(type: a["type"]!, subtype: a["subtype"], value: ref, ref: ref)
        default: return nil
        }
    }

    static func editorial(_ e: ElementFacts) -> MentionKind? {
        switch e.name {
        case "supplied": return MentionKind(type: "editorial", subtype: "supplied")
        case "note" where (e.attributes["type"] ?? "").hasPrefix("editorial"):
            return MentionKind(type: "editorial", subtype: e.hasStampDescendant ? "stamp" : "note")
        case "gap": return MentionKind(type: "editorial", subtype: e.hasDescChild ? "gap" : "illegible")
        case "unclear": return MentionKind(type: "editorial", subtype: "illegible")
        case "expan": return MentionKind(type: "editorial", subtype: "expan")
        default: return nil
        }
    }

    /// `@when` (or `@when-iso`), else `from/to` (or `notBefore/notAfter`), as the Python tool.
    static func dateValue(_ a: [String: String]) -> String? {
        if let when = nonEmpty(a["when"]) ?? nonEmpty(a["when-iso"]) { return when }
        let from = nonEmpty(a["from"]) ?? nonEmpty(a["notBefore"]), to = nonEmpty(a["to"]) ?? nonEmpty(a["notAfter"])
        guard from != nil || to != nil else { return nil }
        return "\(from ?? "")/\(to ?? "")"
    }

    /// The first pointer of `@ref` (or `@key`), without `#`.
    static func pointer(_ a: [String: String]) -> String? {
        guard let raw = nonEmpty(a["ref"]) ?? nonEmpty(a["key"]) else { return nil }
        guard let first = raw.split(whereSeparator: { $0.isWhitespace }).first else { return nil }
        return String(first.drop { $0 == "#" })
    }

    static func nonEmpty(_ s: String?) -> String? { s?.isEmpty == false ? s : nil }
}

/// Reads `person`, `place` and `org` entries below a `standOff`.
enum RegisterReading {
    static func entries(_ standOff: TEINode.Pointer) -> [RegisterEntry] {
        var found: [RegisterEntry] = []
        var pending = TEINode.children(standOff).reversed() as [TEINode.Pointer]
        // Depth-first with an explicit stack; an entry's own children are not searched.
        while let node = pending.popLast() {
            if let kind = kind(of: node) {
                // An entry without xml:id cannot be pointed at; it has no place in a register.
                if let id = TEINode.xmlID(node) { found.append(entry(node, kind: kind, id: id)) }
                continue
            }
            pending += TEINode.children(node).reversed()
        }
        return found
    }

    static func kind(of node: TEINode.Pointer) -> RegisterEntry.Kind? {
        guard TEINode.isTEI(node) else { return nil }
        return RegisterEntry.Kind(rawValue: TEINode.name(node))
    }

    static let nameElement: [RegisterEntry.Kind: String] = [.person: "persName", .place: "placeName", .org: "orgName"]

    static func entry(_ node: TEINode.Pointer, kind: RegisterEntry.Kind, id: String) -> RegisterEntry {
        var entry = RegisterEntry(kind: kind, id: id, name: "")
        var untyped: [String] = []
        for child in TEINode.children(node) where TEINode.isTEI(child) {
            let value = TEINode.squeezedContent(child)
            let type = TEINode.attribute(child, "type")
            switch TEINode.name(child) {
            case nameElement[kind]! where type == "pseudonym": entry.pseudonyms.append(value)
            case nameElement[kind]! where type == nil: untyped.append(value)
            case nameElement[kind]!: entry.variants.append(value)
            case "idno": entry.identifiers.append(.init(type: type ?? "", value: value))
            default: continue
            }
        }
        // The first untyped name is the name; further untyped ones are variants too.
        entry.name = untyped.first ?? entry.variants.first ?? ""
        entry.variants = Array(untyped.dropFirst()) + entry.variants
        return entry
    }
}

/// Line and column of every element's start tag. libxml2 keeps only a line per node (the line
/// where the start tag ends, clamped to 65535), so the serialized bytes are scanned for start
/// tags: the k-th start tag is the k-th element in document order.
struct ElementPlaces {
    struct Place: Hashable {
        var line: Int
        var column: Int
    }

    private var places: [TEINode.Pointer: Place] = [:]

    init(bytes: [UInt8], root: TEINode.Pointer) {
        let tags = StartTagScanner.scan(bytes)
        let elements = ElementPlaces.documentOrder(root)
        // A count mismatch (elements from an entity's replacement text) means the scan cannot be
        // trusted; libxml2's line is used then.
        guard tags.count == elements.count else { return }
        places = Dictionary(uniqueKeysWithValues: zip(elements, tags))
    }

    func place(of node: TEINode.Pointer) -> Place {
        places[node] ?? Place(line: xmlGetLineNo(node) > 0 ? Int(xmlGetLineNo(node)) : 0, column: 1)
    }

    static func documentOrder(_ root: TEINode.Pointer) -> [TEINode.Pointer] {
        var result: [TEINode.Pointer] = []
        var pending = [root]
        while let node = pending.popLast() {
            result.append(node)
            pending += TEINode.children(node).reversed()
        }
        return result
    }
}

/// Finds start tags in XML bytes, skipping comments, CDATA, processing instructions and the
/// document type declaration. Columns count code points, from 1.
struct StartTagScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1

    static func scan(_ bytes: [UInt8]) -> [ElementPlaces.Place] {
        var scanner = StartTagScanner(bytes: bytes)
        var found: [ElementPlaces.Place] = []
        while scanner.index < bytes.count {
            guard bytes[scanner.index] == UInt8(ascii: "<") else { scanner.advance(); continue }
            if let tag = scanner.markup() { found.append(tag) }
        }
        return found
    }

    /// At a `<`: skips one piece of markup, returning the place of a start tag.
    mutating func markup() -> ElementPlaces.Place? {
        let place = ElementPlaces.Place(line: line, column: column)
        if starts(with: "<!--") { skip(past: "-->"); return nil }
        if starts(with: "<![CDATA[") { skip(past: "]]>"); return nil }
        if starts(with: "<?") { skip(past: "?>"); return nil }
        if starts(with: "<!") { skipDeclaration(); return nil }
        let isEnd = starts(with: "</")
        skipTag()
        return isEnd ? nil : place
    }

    func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { bytes[index..<index + count].elementsEqual($0) }
    }

    mutating func skip(past terminator: StaticString) {
        while index < bytes.count && !starts(with: terminator) { advance() }
        for _ in 0..<terminator.utf8CodeUnitCount where index < bytes.count { advance() }
    }

    /// A tag ends at the first `>` outside a quoted attribute value.
    mutating func skipTag() {
        var quote: UInt8? = nil
        while index < bytes.count {
            let b = bytes[index]
            advance()
            if let q = quote { if b == q { quote = nil }; continue }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b } else if b == UInt8(ascii: ">") { return }
        }
    }

    /// `<!DOCTYPE ...>` with an internal subset in brackets, whose comments may hold anything.
    mutating func skipDeclaration() {
        var depth = 0
        var quote: UInt8? = nil
        while index < bytes.count {
            if quote == nil && starts(with: "<!--") { skip(past: "-->"); continue }
            let b = bytes[index]
            advance()
            if let q = quote { if b == q { quote = nil }; continue }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return
            default: break
            }
        }
    }

    /// Moves one byte on; a line ends at LF, or at a CR not followed by LF (as XML reads it).
    mutating func advance() {
        let b = bytes[index]
        index += 1
        if b == 0x0A || (b == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 && b != 0x0D {
            column += 1
        }
    }
}
