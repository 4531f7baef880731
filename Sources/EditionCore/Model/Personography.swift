/// Known people and their names: the corpus's `persons.xml` (a TEI `listPerson`), as values.
public struct Personography: Sendable {
    public struct Person: Sendable, Hashable {
        /// The `xml:id`, also the slug mentions resolve to (`stalin`).
        public var id: String
        /// The canonical name first, then variants.
        public var names: [String]
        /// Code names and pseudonyms (`FILIPPOV`).
        public var pseudonyms: [String]
        /// Authority identifiers as (type, value): (`VIAF`, `...`).
        public var identifiers: [(type: String, value: String)]

        public init(id: String, names: [String], pseudonyms: [String] = [], identifiers: [(type: String, value: String)] = []) {
            self.id = id
            self.names = names
            self.pseudonyms = pseudonyms
            self.identifiers = identifiers
        }

        public static func == (a: Person, b: Person) -> Bool {
            a.id == b.id && a.names == b.names && a.pseudonyms == b.pseudonyms
                && a.identifiers.map { "\($0.type)=\($0.value)" } == b.identifiers.map { "\($0.type)=\($0.value)" }
        }
        public func hash(into h: inout Hasher) { h.combine(id) }
    }

    public var persons: [Person]
    private var byName: [String: (Int, Bool)] = [:]
    private var byId: [String: Int] = [:]
    /// The lowercase first words of all names, so that a tagger can rule a token out before
    /// building the phrases that start with it (most capitalized words begin no known name).
    private var firstWords: Set<String> = []

    public init(persons: [Person] = []) {
        self.persons = persons
        for (i, person) in persons.enumerated() {
            if byId[person.id] == nil { byId[person.id] = i }
            for name in person.names { add(name, (i, false)) }
            for name in person.pseudonyms { add(name, (i, true)) }
        }
    }

    private mutating func add(_ name: String, _ entry: (Int, Bool)) {
        let key = Self.key(name)
        byName[key] = entry
        // The first word as the tokenizer may cut it: up to a space, or up to any other
        // character that is not a letter or digit (`O'Brien`, `Jean-Paul`).
        for form in Set([name.lowercased(), key.lowercased()]) {
            firstWords.insert(Self.prefix(of: form, while: { !$0.isWhitespace }, ascii: { $0 != 0x20 && !(0x09...0x0D).contains($0) }))
            firstWords.insert(Self.prefix(of: form, while: { $0.isLetter || $0.isNumber }, ascii: { isASCIILetter($0) || isDigit($0) }))
        }
    }

    /// The longest prefix whose characters pass `keep`; ASCII text is tested by bytes with `ascii`.
    private static func prefix(of s: String, while keep: (Character) -> Bool, ascii: (UInt8) -> Bool) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return String(s.prefix(while: keep)) }
        return String(decoding: s.utf8.prefix(while: ascii), as: UTF8.self)
    }

    /// Whether some name may begin with this word (lowercase).
    public func mayBeginName(_ lowercaseWord: String) -> Bool { firstWords.contains(lowercaseWord) }

    static func key(_ name: String) -> String { name.uppercased().squeezingWhitespace() }

    /// The person a name (any case) refers to, and whether it is a pseudonym.
    public func lookup(_ name: String) -> (person: Person, pseudonym: Bool)? {
        byName[Self.key(name)].map { (persons[$0.0], $0.1) }
    }

    public func person(id: String) -> Person? { byId[id].map { persons[$0] } }
}
