import CLibXML2

/// A problem found in a TEI file, with the rule that found it.
public struct TEICheckIssue: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var rule: String
    public var message: String

    public init(line: Int, column: Int, rule: String, message: String) {
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
    }
}

/// What RELAX NG cannot say: pointers that resolve, dates that exist.
public enum SemanticChecks {
    public static let malformed = "xml.malformed"
    public static let schemaInvalid = "tei.invalid"
    public static let refUnresolved = "tei.ref-unresolved"
    public static let dateImpossible = "tei.date-impossible"

    /// Parses once, then checks the schema (when given) and the semantic rules. A file that is
    /// not well-formed gets that one issue. Issues are sorted by place.
    public static func check(_ bytes: [UInt8], schema: SchemaValidator?) -> [TEICheckIssue] {
        switch LibXML.parse(bytes) {
        case .failure(let issue):
            return [TEICheckIssue(line: issue.line, column: issue.column, rule: malformed, message: issue.message)]
        case .success(let doc):
            defer { xmlFreeDoc(doc) }
            let schemaIssues = (schema?.validate(doc) ?? []).map {
                TEICheckIssue(line: $0.line, column: $0.column, rule: schemaInvalid, message: $0.message)
            }
            guard let root = xmlDocGetRootElement(doc) else { return schemaIssues }
            let issues = schemaIssues + semanticIssues(root: root, places: ElementPlaces(bytes: bytes, root: root))
            // Stable: issues at one place keep schema first, then the order of the checks.
            return issues.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }.map(\.element)
        }
    }

    static let pointerAttributes = ["ref", "target"]
    static let dateAttributes = ["when", "from", "to", "notBefore", "notAfter"]
    /// Elements whose `@from`/`@to` are not dates: pages and folios of a citation
    /// (att.citing, `locus`) and the pointers of `span`, `app` and `arc`.
    static let nonTemporalRanges: Set<String> = ["biblScope", "citedRange", "locus", "span", "app", "arc"]

    static func semanticIssues(root: TEINode.Pointer, places: ElementPlaces) -> [TEICheckIssue] {
        let elements = ElementPlaces.documentOrder(root)
        let ids = Set(elements.compactMap(TEINode.xmlID))
        var issues: [TEICheckIssue] = []
        for element in elements {
            var attributes = TEINode.attributes(element)
            if nonTemporalRanges.contains(TEINode.name(element)) { attributes["from"] = nil; attributes["to"] = nil }
            let messages = pointerAttributes.flatMap { unresolved(attributes[$0], attribute: $0, ids: ids) }.map { (refUnresolved, $0) }
                + dateAttributes.compactMap { name in attributes[name].flatMap { impossibleDate($0, attribute: name) } }.map { (dateImpossible, $0) }
            guard !messages.isEmpty else { continue }
            let place = places.place(of: element)
            let name = TEINode.name(element)
            issues += messages.map { TEICheckIssue(line: place.line, column: place.column, rule: $0.0, message: "<\(name)>: " + $0.1) }
        }
        return issues
    }

    /// Each `#id` of a pointer list that names no `xml:id` of the file; other URIs are not ours to check.
    static func unresolved(_ value: String?, attribute: String, ids: Set<String>) -> [String] {
        guard let value else { return [] }
        return value.split(whereSeparator: { $0.isWhitespace }).filter { $0.hasPrefix("#") && !ids.contains(String($0.dropFirst())) }.map {
            "@\(attribute) points to \($0), but no element of this file has xml:id=\"\($0.dropFirst())\""
        }
    }

    static func impossibleDate(_ value: String, attribute: String) -> String? {
        TemporalValue.problem(value).map { "@\(attribute)=\"\(value)\" \($0)" }
    }
}

/// The W3C (XML Schema) and ISO 8601 forms TEI's date attributes take — `1951`, `1951-10`,
/// `1951-10-05`, `1951-10-05T02:30:00`, `02:30:00`, `--10-05`, `--10`, `---05`, with an optional
/// fraction of a second and time zone — checked against the calendar.
enum TemporalValue {
    /// Why the value is no real date or time; nil when it is one.
    static func problem(_ raw: String) -> String? {
        let value = withoutTimeZone(raw)
        guard let value else { return "has an impossible time zone" }
        if let t = value.firstIndex(of: "T") {
            return date(String(value[..<t]), full: true) ?? time(String(value[value.index(after: t)...]))
        }
        if value.hasPrefix("---") { return day(String(value.dropFirst(3))) }
        if value.hasPrefix("--") { return monthDay(String(value.dropFirst(2))) }
        if value.contains(":") { return time(value) }
        return date(value, full: false)
    }

    static let malformed = "is not an ISO 8601 date or time"

    /// Drops a trailing `Z` or `±hh:mm`; nil when the zone itself is impossible.
    static func withoutTimeZone(_ s: String) -> String? {
        if s.hasSuffix("Z") { return String(s.dropLast()) }
        let chars = Array(s)
        guard chars.count > 6, chars[chars.count - 3] == ":", "+-".contains(chars[chars.count - 6]) else { return s }
        let zone = String(chars[(chars.count - 5)...])
        guard let h = number(String(zone.prefix(2)), digits: 2), let m = number(String(zone.suffix(2)), digits: 2) else { return s }
        return h * 60 + m <= 14 * 60 && m < 60 ? String(chars[..<(chars.count - 6)]) : nil
    }

    /// `[-]YYYY[-MM[-DD]]`; `full` demands the day (before a `T`).
    static func date(_ s: String, full: Bool) -> String? {
        let negative = s.hasPrefix("-")
        let parts = (negative ? String(s.dropFirst()) : s).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), !full || parts.count == 3,
              parts[0].count >= 4, let year = number(parts[0], digits: parts[0].count) else { return malformed }
        guard parts.count > 1 else { return nil }
        guard let month = number(parts[1], digits: 2) else { return malformed }
        guard (1...12).contains(month) else { return "has no month \(parts[1])" }
        guard parts.count > 2 else { return nil }
        guard let d = number(parts[2], digits: 2) else { return malformed }
        let days = daysIn(month: month, year: negative ? -year : year)
        return (1...days).contains(d) ? nil : "is not a real date: \(monthNames[month - 1]) \(negative ? "-" : "")\(parts[0]) has \(days) days"
    }

    /// `MM` or `MM-DD` after `--`; 29 February is allowed, as in some year.
    static func monthDay(_ s: String) -> String? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let month = number(parts[0], digits: 2) else { return malformed }
        guard (1...12).contains(month) else { return "has no month \(parts[0])" }
        guard parts.count == 2 else { return nil }
        guard let d = number(parts[1], digits: 2) else { return malformed }
        let days = daysIn(month: month, year: 2000)
        return (1...days).contains(d) ? nil : "is not a real date: \(monthNames[month - 1]) has no day \(parts[1])"
    }

    static func day(_ s: String) -> String? {
        guard let d = number(s, digits: 2) else { return malformed }
        return (1...31).contains(d) ? nil : "has no day \(s)"
    }

    /// `hh:mm[:ss[.fff]]`; `24:00:00` is the end of a day, as XML Schema allows.
    static func time(_ s: String) -> String? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), let h = number(parts[0], digits: 2), let m = number(parts[1], digits: 2) else { return malformed }
        var seconds = 0
        if parts.count == 3 {
            let pieces = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let sec = number(pieces[0], digits: 2), pieces.count == 1 || number(pieces[1], digits: pieces[1].count) != nil else { return malformed }
            seconds = sec
        }
        if h == 24 && m == 0 && seconds == 0 { return nil }
        return h < 24 && m < 60 && seconds < 60 ? nil : "is not a real time of day"
    }

    static func number(_ s: String, digits: Int) -> Int? {
        guard s.count == digits, digits > 0, s.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(s)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Proleptic Gregorian, as ISO 8601 and XML Schema count.
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}
