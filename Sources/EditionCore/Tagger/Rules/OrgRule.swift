/// Organisations: known names (`organisations.tsv`) and names built around a head noun
/// (`Ministry of Trade`, `SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY`,
/// `8<sup>th</sup> Department of the 2<sup>nd</sup> Main Directorate ...`), and a nationality
/// with a lowercase head (`Chinese government`, `Soviet trade mission in China`).
enum OrgRule {
    static let leadingWords: Set<String> = ["The", "THE", "Our", "OUR", "Their", "Your", "His", "Her", "This", "That", "A", "An"]

    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            if let a = pattern(at: i, c) ?? known(at: i, c) ?? lowercaseHead(at: i, c) {
                result.append(a)
                i = c.tokenIndex(at: a.span.end)
            } else {
                i += 1
            }
        }
        return result
    }

    static func known(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard let match = c.organisations.match(c, at: i) else { return nil }
        return Annotation(.org, Span(c.tokens[i].span.start, c.tokens[i + match.count - 1].span.end), rule: "org.known")
    }

    /// A run of name words (capitalized, capitals, ordinals, known abbreviations, linking words)
    /// that holds a head noun. Linking words and articles at either end are not part of it.
    static func pattern(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard isNamePart(i, c), !isLink(i, c), !leadingWords.contains(c.text(i)) else { return nil }
        var k = i, last = i, hasHead = false
        while k < c.tokens.count {
            if isHead(k, c) { hasHead = true }
            if isNamePart(k, c) || (isLink(k, c) && k > i) || isAttachedPiece(k, c) {
                if !isLink(k, c) { last = k }
                k += 1
            } else if let known = c.organisations.match(c, at: k) {
                last = k + known.count - 1
                k = last + 1
            } else {
                break
            }
        }
        // After `and`, the name goes on only if a head noun follows (`Ministry of Trade and the Soviet`
        // is one name and a word): cut at the last `and` with no head after it.
        if let and = (i...last).last(where: { ["and", "AND", "&"].contains(c.text($0)) }), !containsHead(and...last, c) {
            last = and - 1
            while last > i, isLink(last, c) { last -= 1 }
        }
        guard hasHead, containsHead(i...last, c) else { return nil }
        return Annotation(.org, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "org.head-noun")
    }

    static func containsHead(_ range: ClosedRange<Int>, _ c: TaggerContext) -> Bool {
        range.contains { isHead($0, c) }
    }

    static func isHead(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.text(i)
        return c.tokens[i].shape != .lower && (c.lexicon.orgHeads[t] == "head" || c.lexicon.orgHeads[t.capitalizedFirst] == "head" && c.tokens[i].shape == .allCaps)
    }

    static func isLink(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.text(i)
        return c.lexicon.orgHeads[t] == "link" || (c.tokens[i].shape == .allCaps && c.lexicon.orgHeads[t.lowercased()] == "link")
    }

    /// Words that can be part of an organisation's name.
    static func isNamePart(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.tokens[i]
        if t.isBreak { return false }
        if t.kind == .word, t.shape == .capitalized || t.shape == .allCaps || t.shape == .mixed {
            return c.lexicon.month(c.text(i)) == nil && !PersonRule.isInitials(i, c) && c.titles.match(c, at: i) == nil || isHead(i, c)
        }
        // Ordinals: `8<sup>th</sup> Department`, `2nd Main Directorate`.
        if t.kind == .number, i + 1 < c.tokens.count, !c.tokens[i + 1].spaceBefore { return true }
        if t.kind == .numberWord, t.shape != .lower { return true }
        return false
    }

    /// Pieces glued to a name: `VKP(b)`, `<sup>th</sup>`, `th` after a number.
    static func isAttachedPiece(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.tokens[i]
        guard !t.spaceBefore, !t.isBreak, i > 0 else { return false }
        return t.kind == .markup || ["(", ")", "'", "\u{2019}"].contains(c.text(i)) || (t.kind == .word && t.shape == .lower && t.span.length <= 3)
    }

    /// `Chinese government`, `Soviet trade mission in China`: a capitalized adjective and a lowercase head.
    static func lowercaseHead(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard c.tokens[i].shape == .capitalized, !leadingWords.contains(c.text(i)), i + 1 < c.tokens.count else { return nil }
        for length in [2, 1] where i + length < c.tokens.count {
            let words = (1...length).map { c.lower(i + $0) }.joined(separator: " ")
            guard c.lexicon.orgHeads[words] == "lowerhead" else { continue }
            var last = i + length
            // `trade mission in China`: a mission is named by its host country.
            if words.hasSuffix("mission"), last + 2 < c.tokens.count, c.lower(last + 1) == "in", let place = c.place(at: last + 2) {
                last = last + 1 + place.count
            }
            return Annotation(.org, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "org.lowercase-head")
        }
        return nil
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst().lowercased() }
}
