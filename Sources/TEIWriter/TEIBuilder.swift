import EditionCore

/// Who made the edition, written into `encodingDesc/appInfo` and `publicationStmt`.
public struct Generator: Sendable {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

/// Turns an analysed transcription into a TEI P5 document, following ENCODING.md.
public struct TEIWriter: Sendable {
    public var generator: Generator

    public init(generator: Generator) {
        self.generator = generator
    }

    /// The serialized TEI (UTF-8, indented where the content is element-only), not validated.
    public func write(_ text: AnnotatedText) -> [UInt8] { buildTree(text).serialize() }

    /// Builds the tree, serializes it and validates it in memory, before any byte is written.
    public func writeValidated(_ text: AnnotatedText, validator: SchemaValidator) -> (xml: [UInt8], issues: [ValidationIssue]) {
        let tree = buildTree(text)
        return (tree.serialize(), validator.validate(tree.doc))
    }

    func buildTree(_ text: AnnotatedText) -> XMLTree {
        let tree = XMLTree(rootName: "TEI", namespaceURI: "http://www.tei-c.org/ns/1.0")
        let registers = Registers(text)
        HeaderBuilder(tree: tree, text: text, generator: generator).build()
        registers.build(tree)
        let body = tree.element("body", in: tree.element("text", in: tree.root))
        BodyBuilder(tree: tree, text: text, registers: registers).build(in: body)
        return tree
    }
}
