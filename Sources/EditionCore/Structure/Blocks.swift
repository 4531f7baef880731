/// A unit of the body: a run of non-blank lines, kept together across blank lines while a
/// bracket is open (a stamp that spans paragraphs is one block).
public struct Block: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// An archive heading (a line of capitals, `CABLE N° 24547`).
        case heading
        /// `Copies to ...` with the `to Cde. ...` lines after it; `parts` are the items.
        case distribution
        /// A whole block in brackets (`[Stamp: ...]`, `[Handwritten note ...]`).
        case note
        /// A line before the message proper (`from [BEIJING] received at ...`).
        case line
        /// Addressee or salutation at the head of the message.
        case addressee, salutation, dateline
        case paragraph
        /// Closing material: formula, signature, sender's number, date.
        case closingSalute, signature, senderNumber
        /// `-----` before the registry notes.
        case separator
        /// A registry note (deciphered by, printed by, copies, verified).
        case registry
    }

    public var span: Span
    /// The lines (or, for a distribution list, the items) of the block, trimmed.
    public var parts: [Span]
    public var role: Role
    /// The paragraph number (`1.` -> 1) and the span of the number with its dot.
    public var number: Int?
    public var numberSpan: Span?
}

enum BlockSegmenter {
    /// Splits the body into blocks at blank lines, except inside an outermost bracket pair.
    static func segment(_ source: SourceText, body: Span, brackets: BracketAnalysis) -> [Block] {
        var blocks: [Block] = []
        var current: [Span] = []
        let outer = brackets.outerPairs
        var pairIndex = 0
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            blocks.append(Block(span: Span(first.start, last.end), parts: current, role: .paragraph))
            current = []
        }
        let firstLine = source.lineIndex(of: body.start)
        for line in firstLine..<source.lineCount {
            let span = source.trimmed(source.lineSpan(line))
            guard span.start >= body.start else { continue }
            if span.isEmpty {
                while pairIndex < outer.count, outer[pairIndex].close < span.start { pairIndex += 1 }
                let insideBracket = pairIndex < outer.count && outer[pairIndex].open < span.start && current.contains { $0.start <= outer[pairIndex].open }
                if !insideBracket { flush() }
            } else if isSeparator(span, source) {
                // `-----` stands alone even without blank lines around it.
                flush()
                current.append(span)
                flush()
            } else {
                current.append(span)
            }
        }
        flush()
        return blocks
    }

    static func isSeparator(_ line: Span, _ source: SourceText) -> Bool {
        line.length >= 3 && source.bytes[line.start..<line.end].allSatisfy { $0 == 0x2D }
    }
}
