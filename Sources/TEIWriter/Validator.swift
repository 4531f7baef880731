import CLibXML2

/// One problem found by validation or parsing, located in the validated document.
public struct ValidationIssue: Error, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// A compiled RELAX NG schema, shared by all threads; each validation gets its own context.
public final class SchemaValidator: @unchecked Sendable {
    // Immutable after init; libxml2 allows concurrent validation with one context per thread.
    private let schema: xmlRelaxNGPtr

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(schemaPath: String) throws {
        LibXML.initialize()
        guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else { throw LoadError(description: "cannot read schema \(schemaPath)") }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = IssueCollector()
        xmlRelaxNGSetParserStructuredErrors(parser, collectIssue, Unmanaged.passUnretained(collector).toOpaque())
        guard let schema = withExtendedLifetime(collector, { xmlRelaxNGParse(parser) }) else {
            throw LoadError(description: "schema \(schemaPath) does not compile: " + (collector.issues.first?.message ?? "unknown error"))
        }
        self.schema = schema
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Validates serialized XML (parsed with the safe options of `LibXML.parse`).
    public func validate(xml bytes: [UInt8]) -> [ValidationIssue] {
        switch LibXML.parse(bytes) {
        case .failure(let issue): return [issue]
        case .success(let doc):
            defer { xmlFreeDoc(doc) }
            return validate(doc)
        }
    }

    func validate(_ doc: xmlDocPtr) -> [ValidationIssue] {
        guard let context = xmlRelaxNGNewValidCtxt(schema) else { return [ValidationIssue(line: 0, column: 0, message: "out of memory")] }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = IssueCollector()
        xmlRelaxNGSetValidStructuredErrors(context, collectIssue, Unmanaged.passUnretained(collector).toOpaque())
        let result = withExtendedLifetime(collector) { xmlRelaxNGValidateDoc(context, doc) }
        if result != 0 && collector.issues.isEmpty {
            collector.issues.append(ValidationIssue(line: 0, column: 0, message: "document is not valid"))
        }
        return collector.issues
    }
}

final class IssueCollector {
    var issues: [ValidationIssue] = []
}

/// libxml2's structured error callback: copies the message into Swift values at once.
private func collectIssue(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) } ?? "error"
    var detail = message.trimmingTrailingNewlines
    if let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self), let name = node.pointee.name, detail.range(of: "element") == nil {
        detail = "<\(String(cString: name))>: " + detail
    }
    collector.issues.append(ValidationIssue(line: Int(error.pointee.line), column: max(1, Int(error.pointee.int2)), message: detail))
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return s
    }
}

/// Process-wide libxml2 setup and safe parsing.
public enum LibXML {
    /// `xmlInitParser` must run once before threads share a schema; it is idempotent.
    public static func initialize() { xmlInitParser() }

    /// Parser options chosen so that reading XML never touches the network and never expands
    /// entities: no `XML_PARSE_NOENT`, no DTD loading, `XML_PARSE_NONET`; libxml2's own
    /// amplification limits stay on (no `XML_PARSE_HUGE`).
    package static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes`; the caller frees the document. `url` is its base URI (relative includes
    /// resolve against it). Package-wide, so that the site's libxslt side parses the same way.
    package static func parse(_ bytes: [UInt8], url: String? = nil, options: Int32 = safeOptions) -> Result<xmlDocPtr, ValidationIssue> {
        initialize()
        guard !bytes.isEmpty else { return .failure(ValidationIssue(line: 1, column: 1, message: "empty document")) }
        guard let context = xmlNewParserCtxt() else { return .failure(ValidationIssue(line: 0, column: 0, message: "out of memory")) }
        defer { xmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), url, nil, options)
            }
        }
        if let doc, context.pointee.wellFormed != 0 { return .success(doc) }
        if let doc { xmlFreeDoc(doc) }
        let error = xmlCtxtGetLastError(context)
        let message = error?.pointee.message.map { String(cString: $0).trimmingTrailingNewlines } ?? "not well-formed XML"
        return .failure(ValidationIssue(line: Int(error?.pointee.line ?? 0), column: max(1, Int(error?.pointee.int2 ?? 0)), message: message))
    }
}
