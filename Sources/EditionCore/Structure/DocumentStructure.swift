import Foundation

/// One document of a file (the seed holds an incoming cable and the copy of the reply).
///
/// TEI allows only closing material after a `closer`, so the document is split into the
/// material before the message (headings, distribution list, transmission lines, stamps), the
/// message (opener, paragraphs, closer) and the registry notes after a `-----` separator.
public struct DocumentUnit: Sendable {
    public var n: Int
    public var prelude: [Block] = []
    public var opener: [Block] = []
    public var body: [Block] = []
    public var closer: [Block] = []
    public var registry: [Block] = []

    public var allBlocks: [Block] { prelude + opener + body + closer + registry }
    public var span: Span? {
        guard let first = allBlocks.first, let last = allBlocks.last else { return nil }
        return Span(first.span.start, last.span.end)
    }
}

public enum DocumentStructurer {
    /// Words of security classifications and handling marks (`top secret priority`, `Secret. Copy No. 1`).
    public static let classificationWords: Set<String> = ["secret", "top", "confidential", "restricted", "urgent", "priority", "niact",
                                                   "strictly", "personal", "eyes", "only", "immediate", "operational", "official", "use", "limited", "distribution", "and"]

    /// Segments the body into blocks, gives each a role, and groups them into documents.
    public static func structure(_ source: SourceText, body: Span, brackets: BracketAnalysis, lexicon: Lexicon) -> [DocumentUnit] {
        var blocks = BlockSegmenter.segment(source, body: body, brackets: brackets)
        let features = BlockFeatures(source: source, brackets: brackets, lexicon: lexicon)
        for i in blocks.indices { features.classify(&blocks[i]) }
        blocks = mergeDistributionLists(blocks, features)
        return splitDocuments(blocks, features).enumerated().map { index, blocks in
            arrange(blocks, n: index + 1, features)
        }
    }

    /// `Copies to Cde. X` followed by `to Cde. Y` lines: one list, one item per line.
    static func mergeDistributionLists(_ blocks: [Block], _ f: BlockFeatures) -> [Block] {
        var result: [Block] = []
        var i = 0
        while i < blocks.count {
            guard f.startsDistribution(blocks[i]) else { result.append(blocks[i]); i += 1; continue }
            var items = blocks[i].parts
            var j = i + 1
            while j < blocks.count, f.isAddresseeLine(blocks[j]), j + 1 < blocks.count, f.isAddresseeLine(blocks[j + 1]) || f.lineStarts(blocks[j + 1], with: ["from"]) {
                items += blocks[j].parts
                j += 1
            }
            // The last `to` line before a `from ...` line still belongs to the list.
            if j < blocks.count, f.isAddresseeLine(blocks[j]), j + 1 < blocks.count, !f.isAddresseeLine(blocks[j + 1]), !f.isProse(blocks[j + 1]) {
                items += blocks[j].parts
                j += 1
            }
            result.append(Block(span: Span(blocks[i].span.start, blocks[j - 1].span.end), parts: items, role: .distribution))
            i = j
        }
        return result
    }

    /// A new document starts at a heading after registry notes or after a closing signature.
    static func splitDocuments(_ blocks: [Block], _ f: BlockFeatures) -> [[Block]] {
        var documents: [[Block]] = [[]]
        var sawRegistry = false, sawProse = false
        for block in blocks {
            if block.role == .heading, !f.isSignature(block),
               sawRegistry || (sawProse && documents[documents.count - 1].last.map { f.isClosingCandidate($0) } == true) {
                documents.append([])
                sawRegistry = false
                sawProse = false
            }
            if block.role == .separator { sawRegistry = true }
            if block.role == .paragraph && f.isProse(block) { sawProse = true }
            documents[documents.count - 1].append(block)
        }
        return documents.filter { !$0.isEmpty }
    }

    static func arrange(_ blocks: [Block], n: Int, _ f: BlockFeatures) -> DocumentUnit {
        var unit = DocumentUnit(n: n)
        var main = blocks
        if let separator = blocks.firstIndex(where: { $0.role == .separator }) {
            main = Array(blocks[..<separator])
            unit.registry = blocks[separator...].map { block in
                var b = block
                if b.role != .separator { b.role = .registry }
                return b
            }
        }
        guard let firstProse = main.firstIndex(where: { $0.role == .paragraph && f.isProse($0) }) else {
            unit.prelude = main.map(f.asPrelude)
            return unit
        }
        // The opener: addressee, salutation and dateline lines right before the first paragraph.
        var openerStart = firstProse
        while openerStart > 0, f.isOpenerLine(main[openerStart - 1]) { openerStart -= 1 }
        unit.prelude = main[..<openerStart].map(f.asPrelude)
        unit.opener = main[openerStart..<firstProse].map(f.asOpener)
        // The closer: closing formula, signature, number and date after the last paragraph.
        let lastProse = main.lastIndex(where: { $0.role == .paragraph && f.isProse($0) })!
        var closerStart = main.count
        while closerStart > lastProse + 1, f.isClosingCandidate(main[closerStart - 1]) { closerStart -= 1 }
        unit.body = Array(main[firstProse..<closerStart])
        unit.closer = main[closerStart...].map(f.asCloser)
        return unit
    }
}

/// Surface features of blocks, from the text and the lexicon.
struct BlockFeatures {
    let source: SourceText
    let brackets: BracketAnalysis
    let lexicon: Lexicon

    /// Each block's text and words, computed once: the role tests ask for them many times.
    let cache = TextCache()

    final class TextCache {
        var texts: [Span: String] = [:]
        var words: [Span: [Substring]] = [:]
        var prose: [Span: Bool] = [:]
    }

    func text(_ block: Block) -> String {
        if let t = cache.texts[block.span] { return t }
        let t = source[block.span]
        cache.texts[block.span] = t
        return t
    }

    func words(_ block: Block) -> [Substring] {
        if let w = cache.words[block.span] { return w }
        // Split on the bytes: spaces, tabs and line feeds are single bytes in UTF-8.
        let w = text(block).utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }).map { Substring($0) }
        cache.words[block.span] = w
        return w
    }

    func classify(_ block: inout Block) {
        let t = text(block)
        if t.hasPrefix("---") && t.allSatisfy({ $0 == "-" || $0 == " " }) {
            block.role = .separator
        } else if isWholeBracket(block) {
            block.role = .note
        } else if isHeading(t) {
            block.role = .heading
        } else if let (n, length) = paragraphNumber(block) {
            block.role = .paragraph
            block.number = n
            block.numberSpan = Span(block.span.start, block.span.start + length)
        } else {
            block.role = .paragraph
        }
    }

    func isWholeBracket(_ block: Block) -> Bool {
        brackets.pair(openingAt: block.span.start).map { $0.depth == 0 && $0.close == block.span.end - 1 } ?? false
    }

    /// A line of capitals (`SECOND MAIN DIRECTORATE ...`) or an all-capital keyword before a number (`CABLE N° 57??`).
    func isHeading(_ t: String) -> Bool {
        // One pass that stops at the first lowercase letter (most blocks are prose).
        var letters = 0, hasLowercase = false
        for scalar in t.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isLowercase { hasLowercase = true; break }
        }
        let parts = t.split(separator: " ", maxSplits: 2)
        if !hasLowercase { return letters >= 3 && (parts.count >= 2 || letters >= 4) }
        let first = parts.first.map(String.init) ?? ""
        let second = parts.dropFirst().first.map(String.init) ?? ""
        return first.count >= 3 && first.allSatisfy({ $0.isUppercase }) && (second == "N°" || second == "№" || second == "No.")
    }

    /// `1. Please send ...` -> (1, length of `1.`).
    func paragraphNumber(_ block: Block) -> (Int, Int)? {
        let b = source.bytes
        var p = block.span.start
        while p < block.span.end, isDigit(b[p]) { p += 1 }
        guard p > block.span.start, p - block.span.start <= 3, p + 1 < block.span.end, b[p] == 0x2E, b[p + 1] == 0x20,
              let n = Int(source[Span(block.span.start, p)]) else { return nil }
        return (n, p + 1 - block.span.start)
    }

    /// A sentence: enough words, lowercase function words, and a final punctuation mark (or a paragraph number).
    func isProse(_ block: Block) -> Bool {
        if block.number != nil { return true }
        if let known = cache.prose[block.span] { return known }
        let answer = isSentence(block)
        cache.prose[block.span] = answer
        return answer
    }

    private func isSentence(_ block: Block) -> Bool {
        let w = words(block)
        guard w.count >= 5,
              let last = text(block).last(where: { !$0.isWhitespace && $0 != "\"" && $0 != "”" && $0 != "’" && $0 != ")" }),
              ".!?:;".contains(last) else { return false }
        // Two lowercase words of three letters or more (`p. m.` does not make a sentence).
        var lower = 0
        for word in w where word.first?.isLowercase == true && word.lazy.filter(\.isLetter).count >= 3 {
            lower += 1
            if lower == 2 { return true }
        }
        return false
    }

    func lineStarts(_ block: Block, with starters: [String]) -> Bool {
        guard let first = words(block).first?.lowercased() else { return false }
        return starters.contains(first)
    }

    func startsDistribution(_ block: Block) -> Bool {
        let w = words(block).prefix(2).map { $0.lowercased() }
        return w.count == 2 && (w[0] == "copies" || w[0] == "copy") && w[1] == "to"
    }

    /// `to Cde. Stalin`, `for Cde. MAO ZEDONG`, `To: Comrade ...`: short lines naming an addressee.
    func isAddresseeLine(_ block: Block) -> Bool {
        block.role == .paragraph && block.number == nil && words(block).count <= 8 && !isProse(block)
            && lineStarts(block, with: ["to", "to:", "for", "attention:", "dear", "from:", "sender:"])
    }

    func isSalutation(_ block: Block) -> Bool {
        let t = text(block).trimmedWhitespace()
        return block.role == .paragraph && words(block).count <= 6 && (t.hasSuffix("!") || t.hasSuffix(",") || t.hasSuffix(":")) && !isProse(block)
    }

    /// A short line that holds a date (`4 October`, `Tokyo, June 8, 1952—7 p.m.`, `Date: 06.03.1976`).
    func isDateline(_ block: Block) -> Bool {
        guard block.role == .paragraph || block.role == .heading, words(block).count <= 8, !isProse(block),
              let first = text(block).first, first.isUppercase || first.isNumber else { return false }
        let hasDigit = text(block).contains(where: { $0.isNumber })
        let hasMonth = words(block).contains { lexicon.month(String($0.trimmedPunctuation())) != nil }
        let dotted = text(block).range(of: #"\b\d{1,2}\.(\d{1,2}|[IVX]{1,4})\.\d{2,4}\b"#, options: .regularExpression) != nil
        return hasDigit && (hasMonth || dotted)
    }


    func isClassification(_ block: Block) -> Bool {
        let w = words(block).map { $0.lowercased().trimmedPunctuation() }
        return !w.isEmpty && w.count <= 5 && w.allSatisfy { DocumentStructurer.classificationWords.contains($0) } && w.contains { $0 != "and" }
    }

    func isOpenerLine(_ block: Block) -> Bool {
        isAddresseeLine(block) || isSalutation(block) || isDateline(block) || isClassification(block) || isLabelledLine(block)
    }

    /// Memorandum and telegram heading lines: `Subject: ...`, `Ref: ...`, `Participants: ...`, `No.: 067.046`.
    func isLabelledLine(_ block: Block) -> Bool {
        guard block.role == .paragraph || block.role == .heading, block.number == nil, words(block).count <= 30,
              let label = words(block).first, label.hasSuffix(":"), label.count <= 16 else { return false }
        return label.dropLast().allSatisfy { $0.isLetter || $0 == "." }
    }

    /// Closing material: a short formula (`Greetings.`), a signature in capitals, `N° 4933`, a date.
    func isClosingCandidate(_ block: Block) -> Bool {
        guard block.role == .paragraph || block.role == .heading, !isProse(block) || words(block).count <= 3 else { return false }
        return isSignature(block) || isSenderNumber(block) || isDateline(block) || isClosingFormula(block)
    }

    func isSignature(_ block: Block) -> Bool {
        let w = words(block)
        let letters = text(block).unicodeScalars.filter { $0.properties.isAlphabetic }
        return (1...4).contains(w.count) && letters.count >= 3 && !letters.contains { $0.properties.isLowercase }
            || (block.role == .paragraph && (1...3).contains(w.count) && w.allSatisfy { $0.first?.isUppercase == true } && !text(block).hasSuffix("."))
    }

    func isSenderNumber(_ block: Block) -> Bool {
        let w = words(block)
        return (2...3).contains(w.count) && ["N°", "№", "No.", "#"].contains(String(w[0])) && w[1].first?.isNumber == true
    }

    func isClosingFormula(_ block: Block) -> Bool {
        let w = words(block)
        let t = text(block)
        return (1...4).contains(w.count) && (t.hasSuffix(".") || t.hasSuffix(",") || t.hasSuffix("!")) && !t.contains(where: { $0.isNumber })
    }

    func asPrelude(_ block: Block) -> Block {
        var b = block
        if b.role == .paragraph { b.role = .line }
        return b
    }

    func asOpener(_ block: Block) -> Block {
        var b = block
        b.role = isSalutation(block) ? .salutation : isDateline(block) ? .dateline : .addressee
        return b
    }

    func asCloser(_ block: Block) -> Block {
        var b = block
        b.role = isSenderNumber(block) ? .senderNumber : isDateline(block) ? .dateline
            : isSignature(block) ? .signature : .closingSalute
        return b
    }
}
