/// Where each thing lives in the site, relative to its root. Every link in the site is
/// relative, so that it works from `file://` and from any folder of a static host.
enum SitePaths {
    static let index = "index.html"
    static let chronology = "chronology.html"
    static let search = "search.html"
    static let searchIndex = "assets/search-index.js"
    static let assets = "assets"
    static let documents = "documents"
    static let tei = "tei"

    static func register(_ kind: RegisterKind) -> String { kind.page }

    /// The reading page file of a document (its id is a file stem, so it is a valid file name).
    static func documentFile(_ id: String) -> String { "\(documents)/\(id).html" }
    static func teiFile(_ id: String) -> String { "\(tei)/\(id).xml" }

    /// The same as links: the id percent-encoded, so that `#`, `?` or spaces in a file name
    /// cannot break a link.
    static func documentHref(_ id: String) -> String { "\(documents)/\(escape(id)).html" }
    static func teiHref(_ id: String) -> String { "\(tei)/\(escape(id)).xml" }
    static func mentionHref(document id: String, anchor: String) -> String { documentHref(id) + "#" + escape(anchor) }
    static func entryHref(_ kind: RegisterKind, id: String) -> String { kind.page + "#" + escape(id) }

    /// Percent-encodes every byte outside the unreserved characters of RFC 3986.
    static func escape(_ component: String) -> String {
        var result = ""
        for byte in component.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
