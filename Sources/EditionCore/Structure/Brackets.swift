/// Square-bracket editorial insertions, matched with an explicit stack (never recursion), so
/// that 100,000 nested brackets cost memory, not the call stack.
public struct BracketPair: Hashable, Sendable {
    /// Offset of `[` and of its `]`.
    public var open: Int
    public var close: Int
    /// Nesting depth, 0 for outermost.
    public var depth: Int
    /// The text inside the brackets.
    public var inner: Span { Span(open + 1, close) }
    /// The brackets with their content.
    public var outer: Span { Span(open, close + 1) }
}

public struct BracketAnalysis: Sendable {
    /// The pairs encoded as editorial insertions, sorted by their `[`.
    public let pairs: [BracketPair]
    /// The outermost pairs, sorted by their `[` (they do not overlap).
    public let outerPairs: [BracketPair]
    /// `]` that close nothing (after recovery) and `[` never closed.
    public let strayCloses: Set<Int>
    public let unclosedOpens: [Int]
    private let pairByOpen: [Int: BracketPair]

    public init(pairs: [BracketPair], strayCloses: Set<Int>, unclosedOpens: [Int]) {
        self.pairs = pairs.sorted { $0.open < $1.open }
        self.outerPairs = self.pairs.filter { $0.depth == 0 }
        self.strayCloses = strayCloses
        self.unclosedOpens = unclosedOpens
        self.pairByOpen = Dictionary(pairs.map { ($0.open, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public static let empty = BracketAnalysis(pairs: [], strayCloses: [], unclosedOpens: [])

    public func pair(openingAt offset: Int) -> BracketPair? { pairByOpen[offset] }

    /// The outermost pair holding `offset` strictly inside, found by binary search.
    public func outerPair(around offset: Int) -> BracketPair? {
        var lo = 0, hi = outerPairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if outerPairs[mid].open < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, outerPairs[lo - 1].close > offset else { return nil }
        return outerPairs[lo - 1]
    }

    /// Whether `offset` lies inside an outermost pair (used to keep a bracket that spans
    /// paragraphs in one block).
    public func isInsideOuterPair(_ offset: Int) -> Bool { outerPair(around: offset) != nil }
}

public enum BracketParser {
    public static func parse(_ source: SourceText, in range: Span) -> (BracketAnalysis, [Diagnostic]) {
        let b = source.bytes
        var stack: [Int] = []
        var pairs: [BracketPair] = []
        var strays: [Int] = []
        var diagnostics: [Diagnostic] = []
        for p in range.start..<range.end {
            if b[p] == 0x5B {
                stack.append(p)
            } else if b[p] == 0x5D {
                if let open = stack.popLast() {
                    pairs.append(BracketPair(open: open, close: p, depth: stack.count))
                } else if let recovered = recoverDoubledClose(&pairs, strayAt: p, b) {
                    strays.append(recovered)
                } else {
                    strays.append(p)
                }
            }
        }
        for p in strays {
            diagnostics.append(Diagnostic(.warning, rule: "brackets.stray-close", "']' closes no '['; kept as text", at: p))
        }
        for p in stack {
            diagnostics.append(Diagnostic(.warning, rule: "brackets.unclosed", "'[' is never closed; kept as text", at: p))
        }
        // Insertions inside insertions deeper than any transcription has are kept as text, so that
        // the TEI stays readable by tools with nesting limits (libxml2 parses 256 levels).
        if let tooDeep = pairs.filter({ $0.depth >= maxDepth }).min(by: { $0.open < $1.open }) {
            diagnostics.append(Diagnostic(.warning, rule: "brackets.too-deep", "brackets nested more than \(maxDepth) deep; the inner ones are kept as text", at: tooDeep.open))
            pairs.removeAll { $0.depth >= maxDepth }
        }
        return (BracketAnalysis(pairs: pairs, strayCloses: Set(strays), unclosedOpens: stack), diagnostics)
    }

    /// How deep editorial insertions nest in the TEI.
    public static let maxDepth = 16

    /// A `]` that closes nothing, after an outermost pair that ended in `]]`: the doubled bracket
    /// is the typo, and the outer insertion runs on to this `]` (the seed's second stamp).
    /// Returns the offset of the stray bracket when the recovery applies.
    static func recoverDoubledClose(_ pairs: inout [BracketPair], strayAt p: Int, _ b: [UInt8]) -> Int? {
        // The most recent outermost pair that ended in `]]`, not far back. Pairs are stored in
        // the order they close, so the search walks back only over the last few hundred bytes.
        var candidate: Int?
        var k = pairs.count - 1
        while k >= 0, pairs[k].close > p - 400 {
            let pair = pairs[k]
            if pair.depth == 0, pair.close > 0, b[pair.close - 1] == 0x5D, k > 0, pairs[k - 1].close == pair.close - 1 {
                candidate = k
                break
            }
            k -= 1
        }
        guard let last = candidate else { return nil }
        let outer = pairs[last]
        pairs[last].close = p
        // Pairs between the old and the new end are now inside the outer one.
        for i in pairs.indices where pairs[i].open > outer.close { pairs[i].depth += 1 }
        return outer.close
    }
}
