import Foundation

/// Everything a rule may look at: the text, its tokens, the structure, the lexicon, the personography.
public struct TaggerContext: Sendable {
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

    public init(source: SourceText, tokens: [Token], lexicon: Lexicon, personography: Personography,
                documents: [DocumentUnit], brackets: BracketAnalysis, referenceDate: CalendarDate?) {
        self.source = source
        self.tokens = tokens
        self.lexicon = lexicon
        self.personography = personography
        self.documents = documents
        self.brackets = brackets
        self.referenceDate = referenceDate
        let tokenizer = Tokenizer(abbreviations: lexicon.abbreviations, numberWords: [])
        places = PhraseIndex(lexicon.places.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: true)
        organisations = PhraseIndex(lexicon.organisations.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: true)
        titles = PhraseIndex(lexicon.titles.map { ($0.key, $0.value) }, tokenizer: tokenizer, caseInsensitiveForCapitals: false, ignoreCase: true)
    }

    public func text(_ i: Int) -> String { source[tokens[i].span] }
    public func lower(_ i: Int) -> String { text(i).lowercased() }

    /// The document (index into `documents`) holding `offset`.
    public func documentIndex(of offset: Int) -> Int? {
        documents.firstIndex { $0.span.map { $0.start <= offset && offset < $0.end } ?? false }
    }

    /// The block holding `offset`.
    public func block(at offset: Int) -> Block? {
        for document in documents { for block in document.allBlocks where block.span.start <= offset && offset < block.span.end { return block } }
        return nil
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
    private var byFirst: [String: [([String], Value)]] = [:]
    let caseInsensitiveForCapitals: Bool
    let ignoreCase: Bool

    init(_ entries: [(String, Value)], tokenizer: Tokenizer, caseInsensitiveForCapitals: Bool, ignoreCase: Bool = false) {
        self.caseInsensitiveForCapitals = caseInsensitiveForCapitals
        self.ignoreCase = ignoreCase
        for (phrase, value) in entries.sorted(by: { $0.0 < $1.0 }) {
            let source = SourceText(phrase)
            let words = tokenizer.tokenize(source).map { source[$0.span] }
            guard let first = words.first else { continue }
            byFirst[Self.key(first), default: []].append((words, value))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.0.count > $1.0.count } }
    }

    static func key(_ word: String) -> String { word.uppercased() }

    /// The longest entry starting at token `i`: (token count, value).
    func match(_ context: TaggerContext, at i: Int) -> (count: Int, value: Value, phrase: [String])? {
        guard let candidates = byFirst[Self.key(context.text(i))] else { return nil }
        for (words, value) in candidates where i + words.count <= context.tokens.count {
            var ok = true
            for (k, word) in words.enumerated() {
                let token = context.tokens[i + k]
                if k > 0 && token.isBreak { ok = false; break }
                let text = context.text(i + k)
                if text == word || (ignoreCase && text.lowercased() == word.lowercased()) { continue }
                if caseInsensitiveForCapitals, token.shape == .allCaps, text == word.uppercased() { continue }
                ok = false
                break
            }
            if ok { return (words.count, value, words) }
        }
        return nil
    }
}
