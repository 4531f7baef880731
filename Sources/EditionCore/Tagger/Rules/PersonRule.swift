import Foundation

/// Persons: a title or rank before a name (`Cde. Stalin`, `Ambassador Popa`, `A.F. Dobrynin`),
/// names in the personography (`FILIPPOV`), signatures in capitals, clerks in registry notes
/// (`Printed by Leshevich`), and names seen once with a title, found again without it.
enum PersonRule {
    static let registryVerbs: Set<String> = ["deciphered", "printed", "typed", "verified", "prepared", "compiled", "encoded", "decoded", "copied", "checked", "dispatched", "sent", "received", "signed"]
    static let doubtWords: Set<String> = ["possible", "possibly", "probably", "presumably", "perhaps", "apparently"]

    static func run(_ c: TaggerContext) -> [Annotation] {
        var found: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            if let a = titled(at: i, c) ?? known(at: i, c) ?? initials(at: i, c) ?? nameSequence(at: i, c) ?? beforeVerb(at: i, c) {
                found.append(a)
                i = c.tokenIndex(at: a.span.end)
            } else {
                i += 1
            }
        }
        found += registryClerks(c) + signatures(c)
        found += listed(after: found, c)
        found += repeated(found, c)
        return unifySurnames(found.map { resolve($0, c) }, c)
    }

    /// `Cde. Stalin`, `Comrade Deputy Minister, Constantin Oancea` is left to the name rule.
    static func titled(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard let title = c.titles.match(c, at: i), c.tokens[i].shape != .lower else { return nil }
        let nameStart = i + title.count
        if nameStart < c.tokens.count, c.lower(nameStart) == "of" { return titleOfOffice(at: i, nameStart, c) }
        guard let nameEnd = nameRun(from: nameStart, c) else { return nil }
        var a = Annotation(.person, Span(c.tokens[i].span.start, c.tokens[nameEnd].span.end), rule: "person.title")
        a.roleSpan = Span(c.tokens[i].span.start, c.tokens[i + title.count - 1].span.end)
        if i > 0, doubtWords.contains(c.lower(i - 1)) {
            a.cert = "low"
            a.subtype = "uncertain"
        }
        return a
    }

    /// `Secretary of State Dulles`, `Minister of Foreign Affairs Gromyko`: a title with an `of`
    /// complement. As in the gold, the person is the name alone, after the office.
    static func titleOfOffice(at i: Int, _ ofIndex: Int, _ c: TaggerContext) -> Annotation? {
        var k = ofIndex + 1
        var last: Int?
        // The office's words, then the name: all capitalized, on one line.
        while k < c.tokens.count, k - ofIndex < 10, !c.tokens[k].isBreak,
              c.tokens[k].shape == .capitalized || c.tokens[k].shape == .allCaps || isLinkWord(k, c) || isInitials(k, c) {
            last = k
            k += 1
        }
        guard let end = last else { return nil }
        var start = end
        while start > ofIndex + 1, isPlainNameWord(start - 1, c) || isInitials(start - 1, c), end - start < 3 { start -= 1 }
        guard isPlainNameWord(end, c) || c.personography.lookup(c.text(end)) != nil, start > ofIndex + 1 else { return nil }
        return Annotation(.person, Span(c.tokens[start].span.start, c.tokens[end].span.end), rule: "person.title-of-office")
    }

    static func isLinkWord(_ k: Int, _ c: TaggerContext) -> Bool { ["of", "the", "for", "and"].contains(c.lower(k)) }

    /// `Yoshida said`, `Zain replied`: an unknown capitalized word before a speech or action verb.
    static func beforeVerb(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard isPlainNameWord(i, c), c.tokens[i].shape == .capitalized, i + 1 < c.tokens.count,
              c.lexicon.personCues[c.lower(i + 1)] == "after", i == 0 || !["the", "The", "a", "A"].contains(c.text(i - 1)),
              c.lexicon.units[c.lower(i)] == nil else { return nil }
        // Two name words (`Ed Cronk said`) count as one name.
        var start = i
        if i > 0, isPlainNameWord(i - 1, c), c.tokens[i - 1].shape == .capitalized, !c.tokens[i - 1].isBreak { start = i - 1 }
        return Annotation(.person, Span(c.tokens[start].span.start, c.tokens[i].span.end), rule: "person.verb-cue")
    }

    /// `Anderson, Jackson and Dodge`: names listed after a person's name are persons too.
    static func listed(after found: [Annotation], _ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        let taken = SpanIndex(found.map(\.span))
        for a in found {
            var k = c.tokenIndex(at: a.span.end)
            while k + 1 < c.tokens.count, [",", "and"].contains(c.lower(k)) {
                var n = k + 1
                if c.lower(n) == "and", n + 1 < c.tokens.count { n += 1 }
                guard isPlainNameWord(n, c), c.tokens[n].shape == .capitalized,
                      n + 1 >= c.tokens.count || !isPlainNameWord(n + 1, c),
                      !taken.overlaps(c.tokens[n].span) else { break }
                result.append(Annotation(.person, c.tokens[n].span, rule: "person.list"))
                k = n + 1
            }
        }
        return result
    }

    /// A name from the personography, in any case (`FILIPPOV`, `Mao Zedong`).
    static func known(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard c.tokens[i].shape == .capitalized || c.tokens[i].shape == .allCaps,
              c.personography.mayBeginName(c.lower(i)) else { return nil }
        var best: Int?
        for length in stride(from: 4, through: 1, by: -1) where i + length <= c.tokens.count {
            let span = Span(c.tokens[i].span.start, c.tokens[i + length - 1].span.end)
            if c.tokens[i..<(i + length)].contains(where: \.isBreak) { continue }
            if c.personography.lookup(c.source[span]) != nil { best = i + length - 1; break }
        }
        guard let last = best else { return nil }
        return Annotation(.person, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "person.personography")
    }

    /// Two to four name words with no title (`Ed Cronk`, `Marina Nikolaevna Prusakova`,
    /// `Constantin Oancea`): none of them a place, organisation word, title, month or
    /// sentence word, and not after `the`.
    static func nameSequence(at i: Int, _ c: TaggerContext) -> Annotation? {
        guard isPlainNameWord(i, c), i == 0 || !["the", "The", "THE", "of", "a", "A"].contains(c.text(i - 1)) else { return nil }
        var last = i, k = i + 1
        while k < c.tokens.count, k - i < 6, !c.tokens[k].isBreak {
            if hyphenated(k, c) { last = k + 1; k += 2; continue }
            guard isPlainNameWord(k, c), c.tokens[k].shape == c.tokens[i].shape || c.tokens[i].shape == .capitalized else { break }
            last = k
            k += 1
        }
        let words = (i...last).filter { c.tokens[$0].kind == .word && c.text($0) != "-" }.count
        guard (2...4).contains(words) else { return nil }
        // Evidence that this is a personal name, not a capitalized phrase (`Atomic Energy`): a given
        // name first (`Ed Cronk`), or an East Asian hyphenated given name (`Kim Tae-hui`).
        let hyphenatedGivenName = (i...last).contains { c.text($0) == "-" && $0 + 1 <= last && c.tokens[$0 + 1].shape == .lower }
        guard c.wordFacts[i].contains(.givenName) || hyphenatedGivenName else { return nil }
        // `Fair Play for Cuba Committee`: a name followed by an organisation's words is not a person.
        if last + 1 < c.tokens.count, OrgRule.isHead(last + 1, c) || OrgRule.isLink(last + 1, c) && last + 2 < c.tokens.count && c.tokens[last + 2].shape != .lower { return nil }
        return Annotation(.person, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "person.name-sequence")
    }

    static func isPlainNameWord(_ i: Int, _ c: TaggerContext) -> Bool {
        isNameWord(i, c) && c.place(at: i) == nil && c.organisations.match(c, at: i) == nil && c.text(i).count >= 2
            && !(c.tokens[i].shape == .allCaps && c.text(i).count <= 4) && !hasCommonWordEnding(c.text(i))
    }

    /// Endings of English nouns, adjectives and participles that personal names hardly have
    /// (`Recommendations Submitted`, `Far Eastern`, `Political Officers`).
    static let commonWordEndings = ["tion", "tions", "sion", "ment", "ments", "ed", "ern", "ers", "ity", "ical", "ial", "ive", "ives",
                                    "ness", "ence", "ance", "ism", "ist", "ists", "ship", "ing", "ary", "ory", "ous", "able", "ible"]

    static func hasCommonWordEnding(_ word: String) -> Bool {
        let w = word.lowercased()
        return w.count > 4 && commonWordEndings.contains { w.hasSuffix($0) } || ["toward", "towards", "attitude"].contains(w)
    }

    /// `A.F. Dobrynin`, `N.S. Khrushchev`, `Khrushchev N.S.`, `Lee H. Oswald` is left to other rules.
    static func initials(at i: Int, _ c: TaggerContext) -> Annotation? {
        // `Lee H. Oswald`, `Foy D. KOHLER`: a given name, initials, a surname.
        if isPlainNameWord(i, c), i + 2 < c.tokens.count, isInitials(i + 1, c), c.text(i + 1).count == 2, isNameWord(i + 2, c),
           i == 0 || !["of", "the", "The"].contains(c.text(i - 1)) {
            var last = i + 2
            while last + 1 < c.tokens.count, isNameWord(last + 1, c), !c.tokens[last + 1].spaceBefore || c.tokens[last + 1].shape == c.tokens[last].shape, last - i < 4 { last += 1 }
            return Annotation(.person, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "person.initials")
        }
        if isInitials(i, c), i + 1 < c.tokens.count, isNameWord(i + 1, c) {
            var last = i + 1
            while last + 1 < c.tokens.count, isNameWord(last + 1, c), !c.tokens[last + 1].isBreak { last += 1 }
            return Annotation(.person, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "person.initials")
        }
        // `Khrushchev N.S.`: Russian order, initials after the surname (and no name after them).
        if isNameWord(i, c), c.tokens[i].shape == .capitalized, i + 1 < c.tokens.count, isInitials(i + 1, c), c.text(i + 1).count >= 4,
           i + 2 >= c.tokens.count || !isNameWord(i + 2, c), c.lexicon.orgHeads[c.text(i)] == nil, c.place(at: i) == nil {
            return Annotation(.person, Span(c.tokens[i].span.start, c.tokens[i + 1].span.end), rule: "person.initials")
        }
        return nil
    }

    static func isInitials(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.text(i)
        guard c.tokens[i].kind == .word, t.hasSuffix("."), c.tokens[i].shape == .allCaps || c.tokens[i].shape == .mixed else { return false }
        let letters = t.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count <= 2 && $0.first?.isUppercase == true } && c.titles.match(c, at: i) == nil
            && !["U.S.", "U.S.A.", "U.K.", "U.N.", "P.M.", "A.M."].contains(t)
    }

    /// A capitalized or all-capital word that may be part of a name.
    static func isNameWord(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.tokens[i]
        guard t.kind == .word, t.shape == .capitalized || t.shape == .allCaps || (t.shape == .mixed && !c.text(i).hasSuffix(".")) else { return false }
        return c.wordFacts[i].isDisjoint(with: [.nonName, .orgHead, .idnoKeyword]) && c.month(at: i) == nil && c.titles.match(c, at: i) == nil
    }

    /// The name after a title: up to four name words (initials allowed), on one line.
    static func nameRun(from i: Int, _ c: TaggerContext) -> Int? {
        var k = i, last: Int?
        while k < c.tokens.count, k - i < 5, !c.tokens[k].isBreak, isNameWord(k, c) || isInitials(k, c) || hyphenated(k, c) {
            if c.place(at: k) != nil, last == nil, !isInitials(k, c) { break }
            if hyphenated(k, c) {
                // `Chiang Kai-shek`, `Ri Jong-mok`: the part after the hyphen may be lowercase.
                last = k + 1
                k += 2
                continue
            }
            last = k
            k += 1
        }
        while let l = last, l > i, c.text(l) == "-" { last = l - 1 }
        return last
    }

    static func hyphenated(_ k: Int, _ c: TaggerContext) -> Bool {
        k > 0 && c.text(k) == "-" && !c.tokens[k].spaceBefore && k + 1 < c.tokens.count && !c.tokens[k + 1].spaceBefore
            && c.tokens[k + 1].kind == .word && c.tokens[k - 1].kind == .word
    }

    /// `Deciphered by Sadovnikov`, `Printed by Leshevich`, `Verified: Major [signature] 0500 (Chikarev)`.
    static func registryClerks(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        for document in c.documents {
            for block in document.registry {
                let first = c.tokenIndex(at: block.span.start)
                var k = first
                while k < c.tokens.count, c.tokens[k].span.end <= block.span.end {
                    if registryVerbs.contains(c.lower(k)), k + 2 < c.tokens.count, c.lower(k + 1) == "by", isNameWord(k + 2, c), c.place(at: k + 2) == nil {
                        result.append(Annotation(.person, c.tokens[k + 2].span, rule: "person.registry"))
                    }
                    // A name in parentheses decoding a signature: `(Chikarev)`.
                    if c.text(k) == "(", k + 2 < c.tokens.count, isNameWord(k + 1, c), c.text(k + 2) == ")", c.tokens[k + 1].shape == .capitalized {
                        result.append(Annotation(.person, c.tokens[k + 1].span, rule: "person.registry-signature"))
                    }
                    k += 1
                }
            }
        }
        return result
    }

    /// The signature line of a closer (`MAO ZEDONG`, `FILIPPOV".`, `Murphy`).
    static func signatures(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        for document in c.documents {
            for block in document.closer where block.role == .signature {
                let first = c.tokenIndex(at: block.span.start)
                var k = first, last: Int?
                while k < c.tokens.count, c.tokens[k].span.end <= block.span.end {
                    if isNameWord(k, c) || isInitials(k, c) { if last == nil || last == k - 1 { last = k } }
                    else if c.tokens[k].kind == .word { break }
                    k += 1
                }
                var start = first
                while start < c.tokens.count, !(isNameWord(start, c) || isInitials(start, c)) { start += 1 }
                if let last, start <= last {
                    result.append(Annotation(.person, Span(c.tokens[start].span.start, c.tokens[last].span.end), rule: "person.signature"))
                }
            }
        }
        return result
    }

    /// A name seen with a title is a name elsewhere in the same document, without it.
    static func repeated(_ found: [Annotation], _ c: TaggerContext) -> [Annotation] {
        var names: Set<String> = []
        for a in found {
            let nameSpan = Span(a.roleSpan?.end ?? a.span.start, a.span.end)
            let name = c.source[nameSpan].trimmedWhitespace()
            names.insert(name)
            names.insert(name.uppercased())
            // The surname alone: the last name word of the mention (`Oswald` after `Lee H. Oswald`).
            let last = c.tokenIndex(at: nameSpan.end) - 1
            if last >= 0, last < c.tokens.count, isPlainNameWord(last, c), c.text(last).count >= 3, c.tokens[last].kind == .word,
               last == 0 || c.text(last - 1) != "-" {
                names.insert(c.text(last))
                names.insert(c.text(last).uppercased())
            }
        }
        let taken = SpanIndex(found.map(\.span))
        var result: [Annotation] = []
        for i in c.tokens.indices where isNameWord(i, c) {
            for length in stride(from: 3, through: 1, by: -1) where i + length <= c.tokens.count {
                let span = Span(c.tokens[i].span.start, c.tokens[i + length - 1].span.end)
                guard names.contains(c.source[span]), !taken.overlaps(span),
                      i + length == c.tokens.count || !isNameWord(i + length, c) else { continue }
                result.append(Annotation(.person, span, rule: "person.repeated"))
                break
            }
        }
        return result
    }
}

extension TaggerContext {
    /// A gazetteer place starting at token `i`.
    func place(at i: Int) -> (count: Int, value: Lexicon.Place)? {
        places.match(self, at: i).map { ($0.count, $0.value) }
    }
}
