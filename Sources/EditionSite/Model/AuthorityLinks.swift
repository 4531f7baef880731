/// Links for authority identifiers of register entries. Only known authorities get a link;
/// an unknown type is shown as text.
enum AuthorityLinks {
    static func href(type: String, value: String) -> String? {
        let id = SitePaths.escape(value)
        guard !value.isEmpty else { return nil }
        switch type.lowercased() {
        case "wikidata": return "https://www.wikidata.org/wiki/\(id)"
        case "viaf": return "https://viaf.org/viaf/\(id)"
        case "gnd": return "https://d-nb.info/gnd/\(id)"
        case "geonames": return "https://www.geonames.org/\(id)"
        case "loc", "lccn": return "https://id.loc.gov/authorities/names/\(id)"
        default: return nil
        }
    }
}
