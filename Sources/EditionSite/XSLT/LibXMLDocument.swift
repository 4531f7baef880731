import CLibXSLT
import Foundation

/// A libxml2 document owned by Swift: parsed from bytes or built by `SiteTree`, freed with the
/// value. Internal, so that no libxml2 type leaves the EditionSite API.
final class LibXMLDocument: @unchecked Sendable {
    // Never mutated after construction; libxslt only reads its input documents.
    let pointer: xmlDocPtr

    init(owning pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Options for reading TEI: never the network, never entity expansion or DTD loading.
    static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Options for reading stylesheets, as libxslt reads them (entities and DTD defaults, no
    /// CDATA nodes), still never from the network: an editor's own files are trusted, remote ones not.
    static let stylesheetOptions = Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_DTDLOAD.rawValue | XML_PARSE_DTDATTR.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes`; `url` is the document's base URI (relative includes resolve against it)
    /// and the path its errors are reported at.
    static func parse(_ bytes: [UInt8], url: String, options: Int32 = safeOptions) -> Result<LibXMLDocument, SiteIssue> {
        xmlInitParser()
        guard !bytes.isEmpty else { return .failure(SiteIssue(path: url, line: 1, column: 1, rule: "site.parse", message: "empty document")) }
        guard let context = xmlNewParserCtxt() else { return .failure(SiteIssue(path: url, rule: "site.parse", message: "out of memory")) }
        defer { xmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), url, nil, options)
            }
        }
        if let doc, context.pointee.wellFormed != 0 { return .success(LibXMLDocument(owning: doc)) }
        if let doc { xmlFreeDoc(doc) }
        let error = xmlCtxtGetLastError(context)
        let message = error?.pointee.message.map { String(cString: $0).trimmingCharacters(in: .newlines) } ?? "not well-formed XML"
        return .failure(SiteIssue(path: url, line: Int(error?.pointee.line ?? 0), column: max(1, Int(error?.pointee.int2 ?? 0)), rule: "site.parse", message: message))
    }
}
