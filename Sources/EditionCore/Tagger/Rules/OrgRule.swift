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
        return result + acronyms(c, found: result)
    }

    /// Abbreviations the text itself makes organisations: one defined after a name
    /// (`Far Eastern Commission (FEC)`), or an unknown one in capitals that recurs in running
    /// text (`TCA` in a telegram about the Technical Cooperation Administration).
    static func acronyms(_ c: TaggerContext, found: [Annotation]) -> [Annotation] {
        var defined: Set<String> = []
        var counts: [String: Int] = [:]
        let runningLines = linesWithLowercaseWords(c)
        for (k, token) in c.tokens.enumerated() where token.kind == .word && token.shape == .allCaps && isAcronymCandidate(k, c) {
            let text = c.text(k)
            if k >= 2, k + 1 < c.tokens.count, c.text(k - 1) == "(", c.text(k + 1) == ")",
               found.contains(where: { $0.span.end == c.tokens[k - 2].span.end }) {
                defined.insert(text)
            }
            if runningLines.contains(c.source.lineIndex(of: token.span.start)) { counts[text, default: 0] += 1 }
        }
        let learned = defined.union(counts.filter { $0.value >= 3 }.map(\.key))
        guard !learned.isEmpty else { return [] }
        let taken = SpanIndex(found.map(\.span))
        return c.tokens.indices.filter { k in
            c.tokens[k].kind == .word && learned.contains(c.text(k)) && !taken.overlaps(c.tokens[k].span)
        }.map { Annotation(.org, c.tokens[$0].span, rule: "org.acronym") }
    }

    /// Lines of running text: they hold lowercase words (not a heading or a signature in capitals).
    static func linesWithLowercaseWords(_ c: TaggerContext) -> Set<Int> {
        var lines: Set<Int> = []
        for token in c.tokens where token.kind == .word && token.shape == .lower && token.span.length > 2 {
            lines.insert(c.source.lineIndex(of: token.span.start))
        }
        return lines
    }

    static func isAcronymCandidate(_ k: Int, _ c: TaggerContext) -> Bool {
        let text = c.text(k)
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isLetter }), c.place(at: k) == nil,
              c.month(at: k) == nil, c.titles.match(c, at: k) == nil, c.lexicon.idnoKeywords[c.lower(k)] == nil,
              c.personography.lookup(text) == nil, !c.lexicon.nonNames.contains(text.capitalizedFirst),
              DateRule.romanMonth(text) == nil, !["II", "III", "XI", "XII", "XX", "OK"].contains(text) else { return false }
        return !DocumentStructurer.classificationWords.contains(text.lowercased())
    }


    static func known(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard let match = c.organisations.match(c, at: i) else { return nil }
        return Annotation(.org, Span(c.tokens[i].span.start, c.tokens[i + match.count - 1].span.end), rule: "org.known")
    }

    /// A run of name words (capitalized, capitals, ordinals, known abbreviations, linking words)
    /// that holds a head noun. Linking words and articles at either end are not part of it.
    static func pattern(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard isNamePart(i, c), !isLink(i, c), !leadingWords.contains(c.text(i)),
              c.tokens[i].kind == .numberWord || isHead(i, c)
                || !(c.lexicon.isFunctionWord(c.text(i)) || c.lexicon.isFunctionWord(c.text(i).capitalizedFirst)) else { return nil }
        var k = i, last = i
        var heads: [Int] = []  // token indices that end a head noun or a known name
        while k < c.tokens.count {
            // A single line break inside a long name (`... Electrical Engineering⏎and Instrument-Making ...`).
            if c.tokens[k].kind == .lineBreak, k > i + 1, k + 1 < c.tokens.count, isNamePart(k + 1, c) || isLink(k + 1, c) { k += 1; continue }
            // An expansion in brackets inside a name (`the OS [Special Department]`), a stray `]`, and,
            // inside a stamp, a line break before the rest of the name (the seed's second stamp).
            if c.tokens[k].kind == .openBracket, k > i, let pair = c.brackets.pair(openingAt: c.tokens[k].span.start),
               pair.inner.length < 60, case let close = c.tokenIndex(at: pair.close), (k + 1..<close).allSatisfy({ isNamePart($0, c) || isLink($0, c) }) {
                last = close
                k = close + 1
                continue
            }
            if c.tokens[k].kind == .closeBracket, k > i, c.brackets.strayCloses.contains(c.tokens[k].span.start) { last = k; k += 1; continue }
            if c.tokens[k].isBreak, k > i + 1, k + 1 < c.tokens.count, c.brackets.isInsideOuterPair(c.tokens[k].span.start),
               c.organisations.match(c, at: k + 1) != nil, c.tokens[k - 1].kind == .closeBracket || c.tokens[k - 1].shape == .allCaps {
                k += 1
                continue
            }
            // `Building Management No. 3 of ...`: a number inside a name.
            if c.tokens[k].kind == .numberSign, heads.last == k - 1, k + 1 < c.tokens.count, c.tokens[k + 1].kind == .number { last = k + 1; k += 2; continue }
            // A known name inside a longer one counts as a head if it is several words or an
            // abbreviation (`VKP(b) CC`); a single word (`Defense` in `Office of Defense Mobilization`) is a word.
            if let known = c.organisations.match(c, at: k), known.count > 1 || (k == i && !isHead(k, c)) || c.tokens[k].shape == .allCaps {
                // A known abbreviation is a name of its own: words before it are not part of it
                // (`Reed of Defense`, `Initial MAAG`), nor an `of ...` after it (`COCOM of Japan`).
                if known.count == 1, heads.isEmpty { return k == i ? Annotation(.org, c.tokens[k].span, rule: "org.known") : nil }
                last = k + known.count - 1
                heads.append(last)
                k = last + 1
            } else if isNamePart(k, c) || (isLink(k, c) && k > i) || isAttachedPiece(k, c) || isInnerHyphen(k, c)
                        || (k > i && c.titles.match(c, at: k) != nil && c.tokens[k].shape != .lower) {
                if isHead(k, c) { heads.append(k) }
                if !isLink(k, c) { last = k }
                k += 1
            } else {
                break
            }
        }
        // `Journalism Department and the Second Asia Department`: two names; `Ministry of Trade and
        // the Soviet`: one name and a word. Cut at the first `and` that has a head on both sides.
        if let and = (i...last).first(where: { ["and", "AND", "&"].contains(c.text($0)) }) {
            let before = heads.contains { $0 < and }
            let after = heads.contains { $0 > and }
            let newPhrase = and + 1 <= last && ["the", "The", "THE"].contains(c.text(and + 1))
            if before && (newPhrase || !after) { last = and - 1 }
            if !before && !after { return nil }
            // `US and Indo Govt`: the name is what follows `and`.
            if !before && after { return and + 1 < c.tokens.count ? pattern(at: and + 1 + (newPhrase ? 1 : 0), c) : nil }
            while last > i, isLink(last, c) || c.tokens[last].isBreak { last -= 1 }
        }
        // After the last head, only an `of ...` complement belongs to the name (`Ministry of Trade`),
        // not a following name (`AMERICAN EMBASSY Moscow`, `... Radio Factory Sokolovskaya`).
        guard let lastHead = heads.last(where: { $0 <= last }) else { return nil }
        let abbreviationsOnly = lastHead < last && (lastHead + 1...last).allSatisfy { c.tokens[$0].shape == .allCaps || isAttachedPiece($0, c) }
        if lastHead < last, !["of", "OF", "for", "FOR"].contains(c.text(lastHead + 1)), !abbreviationsOnly { last = lastHead }
        while last > i, c.tokens[last].isBreak || isLink(last, c) { last -= 1 }
        // A possessive ends the name (`Embassy’s`), and one before it starts a new one (`China’s Xinhua ...`).
        var first = i
        if let possessive = (i...last).last(where: { ["\u{2019}", "'"].contains(c.text($0)) && $0 + 1 <= last && c.lower($0 + 1) == "s" }),
           heads.contains(where: { $0 > possessive + 1 && $0 <= last }) {
            first = possessive + 2
        }
        while last > first, ["\u{2019}", "'", "s"].contains(c.text(last)), c.text(last - 1) != "(" { last -= 1 }
        while last > first, ["\u{2019}", "'"].contains(c.text(last)) { last -= 1 }
        // One head noun alone (`Army`, `Radio`) is a common noun more often than a name.
        let words = (first...last).filter { c.tokens[$0].kind == .word || c.tokens[$0].kind == .number }.count
        guard words >= 2 || c.organisations.match(c, at: first) != nil else { return nil }
        return Annotation(.org, Span(c.tokens[first].span.start, c.tokens[last].span.end), rule: "org.head-noun")
    }

    /// `Instrument-Making`: a hyphen between two parts of a name.
    static func isInnerHyphen(_ k: Int, _ c: TaggerContext) -> Bool {
        k > 0 && k + 1 < c.tokens.count && ["-", "–"].contains(c.text(k)) && !c.tokens[k].spaceBefore && !c.tokens[k + 1].spaceBefore
            && c.tokens[k + 1].kind == .word && c.tokens[k - 1].kind == .word
    }

    static func containsHead(_ range: ClosedRange<Int>, _ c: TaggerContext) -> Bool {
        range.contains { isHead($0, c) }
    }

    static func isHead(_ i: Int, _ c: TaggerContext) -> Bool {
        guard c.tokens[i].shape != .lower else { return false }
        if c.tokens[i].kind == .word { return c.wordFacts[i].contains(.head) }
        let t = c.text(i)
        return c.lexicon.orgHeads[t] == "head" || c.lexicon.orgHeads[t.capitalizedFirst] == "head" && c.tokens[i].shape == .allCaps
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
            return c.month(at: i) == nil && !PersonRule.isInitials(i, c) && c.titles.match(c, at: i) == nil || isHead(i, c)
        }
        // Ordinals: `8<sup>th</sup> Department`, `2nd Main Directorate`.
        if t.kind == .number, i + 1 < c.tokens.count, !c.tokens[i + 1].spaceBefore, c.tokens[i + 1].kind == .word || c.tokens[i + 1].kind == .markup { return true }
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
            guard c.lexicon.orgHeads[words] == "lowerhead", c.tokens[i + 1].shape == .lower else { continue }
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
