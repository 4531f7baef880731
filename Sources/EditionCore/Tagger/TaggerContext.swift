import Foundation

/// Everything a rule may look at: the text, its tokens, the structure, the lexicon, the personography.
/// A class, so that the rules share one context instead of copying its many arrays at each call.
public final class TaggerContext: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let lexicon: Lexicon
    public let personography: Personography
    public let documents: [DocumentUnit]
    public let brackets: BracketAnalysis
    /// The header date, the last link of every year-less date's reference chain.
    public let referenceDate: CalendarDate?
    let places: PhraseIndex<Lexicon.Place>
    let organisations: PhraseIndex<String>
    let titles: PhraseIndex<String>
    /// Every block of every document, in text order, and their starts (for binary search).
    let blocks: [Block]
    let blockStarts: [Int]
    let documentStarts: [Int]

    public init(source: SourceText, tokens: [Token], lexicon: LexiconIndex, personography: Personography,
                documents: [DocumentUnit], brackets: BracketAnalysis, referenceDate: CalendarDate?) {
        self.source = source
        self.tokens = tokens
        self.lexicon = lexicon.lexicon
        self.personography = personography
        self.documents = documents
        self.brackets = brackets
        self.referenceDate = referenceDate
        places = lexicon.places
        organisations = lexicon.organisations
        titles = lexicon.titles
        let texts = tokens.map { source[$0.span] }
        self.texts = texts
        let lowers = texts.map { $0.lowercased() }
        self.lowers = lowers
        // Each token's lexicon facts, looked up once here instead of at every rule's question.
        months = lowers.map { UInt8(lexicon.lexicon.months[$0] ?? 0) }
        phraseBuckets = [lowers.map { lexicon.places.bucket(forLowercase: $0) },
                         lowers.map { lexicon.organisations.bucket(forLowercase: $0) },
                         lowers.map { lexicon.titles.bucket(forLowercase: $0) }]
        // Only words that may be names are asked about (the name rules skip lowercase words).
        wordFacts = tokens.indices.map { i in
            tokens[i].kind == .word && tokens[i].shape != .lower ? WordFacts(texts[i], lower: lowers[i], shape: tokens[i].shape, lexicon.lexicon) : []
        }
        blocks = documents.flatMap(\.allBlocks).sorted { $0.span.start < $1.span.start }
        blockStarts = blocks.map(\.span.start)
        documentStarts = documents.map { $0.span?.start ?? 0 }
    }


    /// Each token's text and lowercase form, made once: the rules compare with them constantly
    /// (most are small strings, stored inline without an allocation).
    let texts: [String]
    let lowers: [String]
    /// Each token's month number (0: not a month name).
    let months: [UInt8]
    /// Each token's bucket in the place, organisation and title tables (-1: none).
    let phraseBuckets: [[Int32]]

    /// Each word token's word-list memberships (empty for lowercase words and other tokens).
    let wordFacts: [WordFacts]

    func phraseBucket(_ kind: PhraseKind, at i: Int) -> Int32 { phraseBuckets[kind.rawValue][i] }

    /// The month a token names (`October`, `Oct.`, `X` where the lexicon lists it), if any.
    public func month(at i: Int) -> Int? { months[i] == 0 ? nil : Int(months[i]) }

    public func text(_ i: Int) -> String { texts[i] }
    public func lower(_ i: Int) -> String { lowers[i] }

    /// The document (index into `documents`) holding `offset`, by binary search.
    public func documentIndex(of offset: Int) -> Int? {
        guard let i = Self.lastIndex(in: documentStarts, atOrBefore: offset), let span = documents[i].span, offset < span.end else { return nil }
        return i
    }

    /// The block holding `offset`, by binary search.
    public func block(at offset: Int) -> Block? {
        guard let i = Self.lastIndex(in: blockStarts, atOrBefore: offset), offset < blocks[i].span.end else { return nil }
        return blocks[i]
    }

    /// The index of the last value `<= x` in a sorted array.
    static func lastIndex(in sorted: [Int], atOrBefore x: Int) -> Int? {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    /// Index of the first token at or after `offset`.
    public func tokenIndex(at offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Multi-word lexicon entries matched against tokens, longest first.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// An entry's words as written, and their lower- and uppercase forms (made once, not per match).
    struct Entry: Sendable {
        var words: [String]
        var lowers: [String]
        var uppers: [String]
        var value: Value
    }
    /// Which table: a context keeps each token's bucket in each table.
    let kind: PhraseKind
    /// Entries sharing the lowercase form of their first word, longest first.
    private var buckets: [[Entry]] = []
    private var bucketIndex: [String: Int32] = [:]
    let caseInsensitiveForCapitals: Bool
    let ignoreCase: Bool

    init(_ kind: PhraseKind, _ entries: [(String, Value)], tokenizer: Tokenizer, caseInsensitiveForCapitals: Bool, ignoreCase: Bool = false) {
        self.kind = kind
        self.caseInsensitiveForCapitals = caseInsensitiveForCapitals
        self.ignoreCase = ignoreCase
        for (phrase, value) in entries.sorted(by: { $0.0 < $1.0 }) {
            let source = SourceText(phrase)
            let words = tokenizer.tokenize(source).map { source[$0.span] }
            guard let first = words.first?.lowercased() else { continue }
            let entry = Entry(words: words, lowers: words.map { $0.lowercased() }, uppers: words.map { $0.uppercased() }, value: value)
            if let b = bucketIndex[first] { buckets[Int(b)].append(entry) } else {
                bucketIndex[first] = Int32(buckets.count)
                buckets.append([entry])
            }
        }
        for b in buckets.indices { buckets[b].sort { $0.words.count > $1.words.count } }
    }

    /// The bucket of entries whose first word is `lowercaseWord`, or -1.
    func bucket(forLowercase lowercaseWord: String) -> Int32 { bucketIndex[lowercaseWord] ?? -1 }

    /// The longest entry starting at token `i`: (token count, value).
    func match(_ context: TaggerContext, at i: Int) -> (count: Int, value: Value, phrase: [String])? {
        let b = context.phraseBucket(kind, at: i)
        guard b >= 0 else { return nil }
        for entry in buckets[Int(b)] where i + entry.words.count <= context.tokens.count {
            var ok = true
            for k in entry.words.indices {
                let token = context.tokens[i + k]
                if k > 0 && token.isBreak { ok = false; break }
                let text = context.text(i + k)
                if text == entry.words[k] || (ignoreCase && context.lower(i + k) == entry.lowers[k]) { continue }
                if caseInsensitiveForCapitals, token.shape == .allCaps, text == entry.uppers[k] { continue }
                ok = false
                break
            }
            if ok { return (entry.words.count, entry.value, entry.words) }
        }
        return nil
    }
}

enum PhraseKind: Int, Sendable { case place, organisation, title }

/// What the word lists say of a word, in its written, lowercase and capitalized forms
/// (`Ministry`, `ministry`, `MINISTRY` -> `Ministry`): one bit each, so that the rules that ask
/// for every capitalized token test bits instead of hashing strings again.
struct WordFacts: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Listed in non-names (`While`, `Please`), as written or capitalized.
    static let nonName = WordFacts(rawValue: 1 << 0)
    /// An organisation head noun (`Ministry`, `committee`) in any of the three forms.
    static let orgHead = WordFacts(rawValue: 1 << 1)
    /// A document-number keyword (`cable`, `telegram`).
    static let idnoKeyword = WordFacts(rawValue: 1 << 2)
    /// A given name, as written or capitalized.
    static let givenName = WordFacts(rawValue: 1 << 3)
    /// An organisation's head noun proper (`Ministry`; in capitals, `MINISTRY`), role `head`.
    static let head = WordFacts(rawValue: 1 << 4)

    init(_ text: String, lower: String, shape: Token.Shape, _ lexicon: Lexicon) {
        let capitalized = text.capitalizedFirst
        var facts: WordFacts = []
        if lexicon.nonNames.contains(text) || lexicon.nonNames.contains(capitalized) { facts.insert(.nonName) }
        let asWritten = lexicon.orgHeads[text], asCapitalized = lexicon.orgHeads[capitalized]
        if asWritten != nil || asCapitalized != nil || lexicon.orgHeads[lower] != nil { facts.insert(.orgHead) }
        if asWritten == "head" || asCapitalized == "head" && shape == .allCaps { facts.insert(.head) }
        if lexicon.idnoKeywords[lower] != nil { facts.insert(.idnoKeyword) }
        if lexicon.givenNames.contains(text) || lexicon.givenNames.contains(capitalized) { facts.insert(.givenName) }
        self = facts
    }
}

/// The lexicon's multi-word tables indexed for matching, built once for many texts.
public struct LexiconIndex: Sendable {
    public let lexicon: Lexicon
    let places: PhraseIndex<Lexicon.Place>
    let organisations: PhraseIndex<String>
    let titles: PhraseIndex<String>

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let tokenizer = Tokenizer(abbreviations: lexicon.abbreviations, numberWords: [])
        places = PhraseIndex(.place, lexicon.places.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: true)
        organisations = PhraseIndex(.organisation, lexicon.organisations.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: true)
        titles = PhraseIndex(.title, lexicon.titles.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: false, ignoreCase: true)
    }
}
