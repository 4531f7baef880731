import Foundation

/// The tagger's data: word lists and tables that users extend without recompiling.
///
/// Each table is read from a TSV file (`#` comments, one entry a line, TAB between columns).
/// The package ships defaults; a corpus folder's `lexicons/` adds entries or overrides them.
public struct Lexicon: Sendable {
    public struct NumberWord: Sendable, Hashable {
        public enum Kind: String, Sendable { case cardinal, ordinal, fraction, multiplier }
        public var value: Decimal
        public var kind: Kind
    }

    public struct Unit: Sendable, Hashable {
        /// Normalized unit (`RUB`, `year`, `mm`).
        public var code: String
        /// Measure type (`currency`, `duration`, `length`, ...).
        public var type: String
    }

    public struct Place: Sendable, Hashable {
        public var slug: String
        public var kind: String
    }

    /// Titles and ranks that may precede a name, keyed by their lowercased form.
    public var titles: [String: String] = [:]
    public var months: [String: Int] = [:]
    public var numberWords: [String: NumberWord] = [:]
    public var units: [String: Unit] = [:]
    public var places: [String: Place] = [:]
    /// Known organisation names and abbreviations, keyed by their exact form.
    public var organisations: [String: String] = [:]
    /// Head nouns (`Ministry`, `Department`), linking words, lowercase heads: `word -> role`.
    public var orgHeads: [String: String] = [:]
    /// Keyword before a document number -> idno subtype (`cable`, `incoming`, `deptel` -> `telegram`).
    public var idnoKeywords: [String: String] = [:]
    /// Words that are never part of a person's name although capitalized: function words and
    /// sentence openers (`The`, `Please`), and adjectives (`Soviet`, `Foreign`), which may still
    /// begin an organisation's name.
    public var nonNames: Set<String> = []
    public var nameAdjectives: Set<String> = []
    /// Given names (and East Asian surnames, which come first): a capitalized run that starts
    /// with one is a personal name (`Ed Cronk`, `Constantin Oancea`, `Kim Tae-hui`).
    public var givenNames: Set<String> = []
    /// Words next to a bare surname that show it is a person (`said`, `replied`): `word -> after`.
    public var personCues: [String: String] = [:]

    /// A capitalized word that begins neither a name nor an organisation (`While`, `Please`).
    public func isFunctionWord(_ word: String) -> Bool { nonNames.contains(word) && !nameAdjectives.contains(word) }

    public init() {}

    /// The tables by file name, so loaders and error messages agree on them.
    public static let tableNames = [
        "titles.tsv", "months.tsv", "numbers.tsv", "units.tsv", "places.tsv",
        "organisations.tsv", "org-heads.tsv", "idno-keywords.tsv", "non-names.tsv", "person-cues.tsv", "given-names.tsv",
    ]

    /// Adds the entries of one table; later entries override earlier ones with the same key.
    /// Returns the problems found, as (line number, message).
    @discardableResult
    public mutating func load(table name: String, contents: String) -> [(line: Int, message: String)] {
        var problems: [(Int, String)] = []
        for (index, columns) in Self.rows(contents) {
            func column(_ i: Int) -> String? { i < columns.count && !columns[i].isEmpty ? columns[i] : nil }
            guard let key = column(0) else { continue }
            switch name {
            case "titles.tsv": titles[key.lowercased()] = column(1) ?? "title"
            case "months.tsv":
                if let m = column(1).flatMap(Int.init), (1...12).contains(m) { months[key.lowercased()] = m }
                else { problems.append((index, "month number 1-12 expected")) }
            case "numbers.tsv":
                if let v = column(1).flatMap({ Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }),
                   let k = NumberWord.Kind(rawValue: column(2) ?? "cardinal") {
                    numberWords[key.lowercased()] = NumberWord(value: v, kind: k)
                } else { problems.append((index, "value and kind (cardinal|ordinal|fraction|multiplier) expected")) }
            case "units.tsv":
                if let code = column(1), let type = column(2) { units[key.lowercased()] = Unit(code: code, type: type) }
                else { problems.append((index, "unit code and measure type expected")) }
            case "places.tsv":
                if let slug = column(1) { places[key] = Place(slug: slug, kind: column(2) ?? "other") }
                else { problems.append((index, "slug expected")) }
            case "organisations.tsv": organisations[key] = column(1) ?? "other"
            case "org-heads.tsv": orgHeads[key] = column(1) ?? "head"
            case "idno-keywords.tsv":
                if let subtype = column(1) { idnoKeywords[key.lowercased()] = subtype }
                else { problems.append((index, "idno subtype expected")) }
            case "non-names.tsv":
                nonNames.insert(key)
                if column(1) == "adjective" { nameAdjectives.insert(key) }
            case "person-cues.tsv": personCues[key.lowercased()] = column(1) ?? "after"
            case "given-names.tsv": givenNames.insert(key)
            default: problems.append((index, "unknown lexicon table \(name)"))
            }
        }
        return problems
    }

    /// The non-empty, non-comment lines as (line number, tab-separated columns without surrounding
    /// spaces). Works on UTF-8 bytes: the lexicons are read at every start-up.
    static func rows(_ contents: String) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        let lines = contents.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            let text = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if text.isEmpty || text.first == UInt8(ascii: "#") { continue }
            let columns = text.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).trimmedWhitespace() }
            result.append((i + 1, columns))
        }
        return result
    }

    /// Abbreviations the tokenizer keeps with their dot: titles, month abbreviations, `No.`.
    public var abbreviations: Set<String> {
        var set: Set<String> = ["no.", "nos.", "spec.", "op.", "d.", "f.", "l.", "pp.", "p.", "pg.", "vol.", "ref.", "viz.", "etc.", "cf.", "tel.", "encl.", "a.m.", "p.m."]
        for key in titles.keys where key.hasSuffix(".") && !key.contains(" ") { set.insert(key) }
        for key in months.keys where key.hasSuffix(".") { set.insert(key) }
        for key in units.keys where key.hasSuffix(".") { set.insert(key) }
        return set
    }

    public func month(_ word: String) -> Int? { months[word.lowercased()] }

}
