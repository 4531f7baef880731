import CLibXSLT
import Foundation
import TEIWriter

/// A libxml2 document owned by Swift: parsed from bytes or built by `SiteTree`, freed with the
/// value. Internal, so that no libxml2 type leaves the EditionSite API.
final class LibXMLDocument: @unchecked Sendable {
    // Never mutated after construction; libxslt only reads its input documents.
    let pointer: xmlDocPtr

    init(owning pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Options for reading stylesheets, as libxslt reads them (entities and DTD defaults, no
    /// CDATA nodes), still never from the network: an editor's own files are trusted, remote ones not.
    static let stylesheetOptions = Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_DTDLOAD.rawValue | XML_PARSE_DTDATTR.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes` as TEIWriter does (TEI with its safe options); `url` is the document's base
    /// URI (relative includes resolve against it) and the path its errors are reported at.
    static func parse(_ bytes: [UInt8], url: String, options: Int32 = LibXML.safeOptions) -> Result<LibXMLDocument, SiteIssue> {
        LibXML.parse(bytes, url: url, options: options)
            .map { LibXMLDocument(owning: $0) }
            .mapError { SiteIssue(path: url, line: $0.line, column: $0.column, rule: "site.parse", message: $0.message) }
    }
}
