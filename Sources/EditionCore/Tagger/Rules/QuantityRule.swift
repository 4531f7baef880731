import Foundation

/// Quantities: counts of things, money, durations, measures with units, fractions, percentages.
enum QuantityRule {
    /// Function words that end the noun phrase after a number.
    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "but", "which", "that",
        "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "have", "has", "had", "it", "its", "this", "these", "those", "they", "them", "their", "we",
        "our", "you", "your", "he", "his", "she", "her", "i", "as", "than", "if", "so", "not", "no", "into", "per", "each",
        "about", "over", "under", "after", "before", "during", "against", "between", "among", "through", "up", "down",
        "out", "off", "there", "here", "then", "also", "only", "more", "less", "such", "other", "all", "any", "some",
        "old", "ago", "later", "earlier", "times", "percent", "being", "do", "does", "did", "both", "either", "neither",
    ]
    /// Words before a number that make it a label, not a quantity (`Section 511`, `Point Four`).
    static let sectionWords: Set<String> = ["sec", "sec.", "section", "para", "para.", "paragraph", "paras", "point", "item", "article", "art.", "chapter", "annex", "clause", "page", "p.", "pp.", "no.", "grade", "class", "category", "phase", "stage", "room", "route", "highway"]
    static let kindWords: Set<String> = ["kinds", "kind", "types", "type", "sorts", "pieces", "sets", "units", "batches", "tons", "pairs", "lots"]

    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "¥": "JPY", "€": "EUR"]

    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            // `$3.1 million`, `£20,000`: a currency sign before the amount.
            if let code = currencySymbols[c.text(i)], i + 1 < c.tokens.count, !c.tokens[i + 1].spaceBefore, let n = number(at: i + 1, c) {
                result.append(measure(Span(c.tokens[i].span.start, c.tokens[n.last].span.end), n.value, "currency", code, nil, "quantity.currency-sign"))
                i = n.last + 1
                continue
            }
            guard let number = number(at: i, c) else { i += 1; continue }
            if let found = quantity(number, c) {
                result += found
                i = c.tokenIndex(at: found[0].span.end)
            } else {
                i = number.last + 1
            }
        }
        return result
    }

    struct Number {
        var first: Int
        var last: Int
        var value: Decimal
        var isFraction = false
        var isWordNumber = false
        var hasMultiplier = false
    }

    /// A figure (`3,510`, `1.5`), number words (`one hundred twenty`), a multiplier (`600 million`),
    /// or a fraction (`one-fifth`, `four-fifths`, `half`).
    static func number(at i: Int, _ c: TaggerContext) -> Number? {
        let token = c.tokens[i]
        var n: Number
        if token.kind == .number {
            guard let v = Decimal(string: c.text(i).replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            // A figure glued to letters or slashes is an identifier, not a quantity.
            if i + 1 < c.tokens.count, !c.tokens[i + 1].spaceBefore, ["/", "-", "."].contains(c.text(i + 1)), i + 2 < c.tokens.count, c.tokens[i + 2].kind == .number { return nil }
            if i > 0, !token.spaceBefore, c.tokens[i - 1].kind != .punctuation || ["/", ":", "."].contains(c.text(i - 1)) { return nil }
            // `30th session`: an ordinal.
            if i + 1 < c.tokens.count, !c.tokens[i + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(c.lower(i + 1)) { return nil }
            // A number after a month is a day or a year (`May 11 draft`, `January-March 1952 complete`);
            // a year-like number is a year unless a unit follows (`1950 agreement`, but `1950 tons`).
            if i > 0, c.month(at: i - 1) != nil { return nil }
            if DateRule.yearValue(i, c) != nil, (1800...2099).contains(Int(c.text(i)) ?? 0), !(i + 1 < c.tokens.count && unit(at: i + 1, c) != nil) { return nil }
            // Section and paragraph numbers (`Sec 511 assurance`, `para 3`).
            if i > 0, sectionWords.contains(c.lower(i - 1)) { return nil }
            n = Number(first: i, last: i, value: v)
        } else if token.kind == .numberWord, let w = c.lexicon.numberWords[c.lower(i)], w.kind != .ordinal, w.kind != .multiplier,
                  !(i > 0 && sectionWords.contains(c.lower(i - 1))),
                  !(c.lower(i) == "one" && i > 0 && ["the", "this", "that", "which", "no", "any", "each", "every"].contains(c.lower(i - 1))) {
            n = Number(first: i, last: i, value: w.value, isFraction: w.kind == .fraction, isWordNumber: true)
            if w.kind == .cardinal { extendWords(&n, c) }
        } else {
            return nil
        }
        // `600 million`, `1.5 billion`
        if n.last + 1 < c.tokens.count, let m = c.lexicon.numberWords[c.lower(n.last + 1)], m.kind == .multiplier {
            n.value *= m.value
            n.last += 1
            n.hasMultiplier = true
        } else if token.kind == .number, let m = listMultiplier(after: i, c) {
            // `100, 200, 300 millions`: the multiplier at the end of a list applies to each figure.
            n.value *= m
            n.hasMultiplier = true
        }
        return n
    }

    /// The multiplier that ends a list of figures starting after token `i`, if any.
    static func listMultiplier(after i: Int, _ c: TaggerContext) -> Decimal? {
        var k = i + 1
        var steps = 0
        while k + 1 < c.tokens.count, steps < 6, [",", "and", "or", "to"].contains(c.lower(k)) {
            var n = k + 1
            if c.lower(n) == "and" || c.lower(n) == "or", n + 1 < c.tokens.count { n += 1 }
            guard c.tokens[n].kind == .number else { return nil }
            if n + 1 < c.tokens.count, let m = c.lexicon.numberWords[c.lower(n + 1)], m.kind == .multiplier { return m.value }
            k = n + 1
            steps += 1
        }
        return nil
    }

    /// `one hundred twenty`, `twenty-five`, `one-fifth`.
    static func extendWords(_ n: inout Number, _ c: TaggerContext) {
        var k = n.last + 1
        var total = n.value
        while k < c.tokens.count {
            var next = k
            if c.text(k) == "-", !c.tokens[k].spaceBefore { next = k + 1 }
            guard next < c.tokens.count, c.tokens[next].kind == .numberWord, let w = c.lexicon.numberWords[c.lower(next)] else { break }
            switch w.kind {
            case .fraction where next > k:  // one-fifth, four-fifths
                n.value = total * w.value
                n.isFraction = true
                n.last = next
                return
            case .cardinal where w.value == 100 && next == k:
                total *= 100
            case .cardinal where next > k || total >= 20:
                total += w.value
            default:
                n.value = total
                return
            }
            n.last = next
            k = next + 1
        }
        n.value = total
    }

    static func quantity(_ n: Number, _ c: TaggerContext) -> [Annotation]? {
        let start = c.tokens[n.first].span.start
        if n.isFraction {
            // `half a year`, `half hour`: a fraction of a unit.
            if n.last + 2 < c.tokens.count, ["a", "an"].contains(c.lower(n.last + 1)), let unit = c.lexicon.units[c.lower(n.last + 2)] {
                return [measure(Span(start, c.tokens[n.last + 2].span.end), n.value, unit.type, unit.code, nil, "quantity.fraction-of-unit")]
            }
            if n.last + 1 < c.tokens.count, let unit = c.lexicon.units[c.lower(n.last + 1)], unit.type == "duration" {
                return [measure(Span(start, c.tokens[n.last + 1].span.end), n.value, unit.type, unit.code, nil, "quantity.fraction-of-unit")]
            }
            // A lone `third` or `half` is a fraction only before `of` (`a third draft` is an ordinal).
            if n.first == n.last, !(n.last + 1 < c.tokens.count && c.lower(n.last + 1) == "of") { return nil }
            return [measure(Span(start, c.tokens[n.last].span.end), n.value, "fraction", "fraction", nil, "quantity.fraction")]
        }
        guard n.last + 1 < c.tokens.count, !c.tokens[n.last + 1].isBreak else { return nil }
        let next = n.last + 1
        if let unit = unit(at: next, c) {
            if unit.type == "percent" {
                return [measure(Span(start, c.tokens[unit.last].span.end), n.value / 100, "percent", "%", nil, "quantity.percent")]
            }
            return [measure(Span(start, c.tokens[unit.last].span.end), n.value, unit.type, unit.code, nil, "quantity.unit")]
        }
        if n.hasMultiplier, let money = money(n, c) { return [money] }
        // A count: the noun phrase after the number, possibly with a calibre (`120 85 mm anti-aircraft guns`).
        var k = next
        var inner: [Annotation] = []
        if let calibre = number(at: k, c), calibre.last + 1 < c.tokens.count, let u = unit(at: calibre.last + 1, c), u.type == "length" {
            inner.append(measure(Span(c.tokens[k].span.start, c.tokens[u.last].span.end), calibre.value, u.type, u.code, nil, "quantity.unit"))
            k = u.last + 1
        }
        guard let headLast = nounPhrase(from: k, c) else { return nil }
        // `in one place`, `one side`: `one` before a singular noun is an article more than a count.
        if n.isWordNumber, n.value == 1, inner.isEmpty, !c.lower(headLast).hasSuffix("s") { return nil }
        let commodity = singular(c.source[Span(c.tokens[k].span.start, c.tokens[headLast].span.end)])
        let outer = measure(Span(start, c.tokens[headLast].span.end), n.value, "count", "count", commodity, "quantity.count")
        return [outer] + inner
    }

    /// An amount in millions without its own currency word: `700 million in dollars`,
    /// `100 million to 200 million dollars`, `a ceiling of 200 millions` (in a sentence about dollars).
    static func money(_ n: Number, _ c: TaggerContext) -> Annotation? {
        let start = c.tokens[n.first].span.start
        var end = c.tokens[n.last].span.end
        var currency: Lexicon.Unit?
        var k = n.last + 1
        if k + 1 < c.tokens.count, c.lower(k) == "in", let u = unit(at: k + 1, c), u.type == "currency" {
            currency = Lexicon.Unit(code: u.code, type: u.type)
            end = c.tokens[u.last].span.end
        }
        // Otherwise the currency named nearest in the same paragraph (`... 200 million dollars say a ceiling of 200 millions`).
        if currency == nil, let block = c.block(at: start) {
            var best: (distance: Int, unit: Lexicon.Unit)?
            k = c.tokenIndex(at: block.span.start)
            while k < c.tokens.count, c.tokens[k].span.start < block.span.end {
                if let u = c.lexicon.units[c.lower(k)], u.type == "currency" {
                    let distance = abs(c.tokens[k].span.start - start)
                    if best == nil || distance < best!.distance { best = (distance, u) }
                }
                k += 1
            }
            currency = best?.unit
        }
        guard let currency else { return nil }
        return measure(Span(start, end), n.value, "currency", currency.code, nil, "quantity.money-in-context")
    }

    /// A unit word (`rubles`, `mm`, `years`, `%`), possibly two words (`square kilometres`).
    static func unit(at i: Int, _ c: TaggerContext) -> (code: String, type: String, last: Int)? {
        guard i < c.tokens.count else { return nil }
        if i + 1 < c.tokens.count, let u = c.lexicon.units[c.lower(i) + " " + c.lower(i + 1)] { return (u.code, u.type, i + 1) }
        if let u = c.lexicon.units[c.lower(i)] { return (u.code, u.type, i) }
        return nil
    }

    /// Up to four words after a number, through `kinds of X`, stopping at function words; the
    /// last word is the head noun.
    static func nounPhrase(from i: Int, _ c: TaggerContext) -> Int? {
        var k = i, last: Int?
        var words = 0
        while k < c.tokens.count, words < 5 {
            let t = c.tokens[k]
            if t.kind == .punctuation, c.text(k) == "-", !t.spaceBefore, last != nil, k + 1 < c.tokens.count, c.tokens[k + 1].kind == .word {
                k += 1
                continue
            }
            guard t.kind == .word, t.shape == .lower || (t.shape == .capitalized && last == nil && k + 1 < c.tokens.count
                && c.tokens[k + 1].shape == .lower && !stopWords.contains(c.lower(k + 1))) else { break }
            let w = c.lower(k)
            if w == "of", let l = last, kindWords.contains(c.lower(l)) { k += 1; continue }
            if stopWords.contains(w) || c.month(at: k) != nil { break }
            if last != nil, w.hasSuffix("ed") || w.hasSuffix("ly") || w.hasSuffix("ing") { break }
            last = k
            words += 1
            k += 1
            // A plural noun ends the phrase (`60 divisions agreement`), unless `kinds of` follows.
            if w.hasSuffix("s"), !w.hasSuffix("ss"), !(kindWords.contains(w) && k < c.tokens.count && c.lower(k) == "of") { break }
        }
        guard let last, !c.lower(last).hasSuffix("ly") else { return nil }
        return last
    }

    static func measure(_ span: Span, _ value: Decimal, _ type: String, _ unit: String, _ commodity: String?, _ rule: String) -> Annotation {
        // Percentages are fractions with their decimal value (`25%` is 0.25), as the gold has them.
        let subtype = type == "percent" ? "fraction" : ["count", "currency", "duration", "length", "fraction"].contains(type) ? type : "other"
        var a = Annotation(.quantity, span, rule: rule, subtype: subtype, value: decimalString(value))
        a.measure = MeasureValue(type: type, quantity: decimalString(value), unit: unit, commodity: commodity)
        return a
    }

    static func decimalString(_ value: Decimal) -> String {
        var v = value, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 6, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    /// `anti-aircraft guns` -> `anti-aircraft gun`; `bicycles` -> `bicycle`; `divisions` -> `division`.
    static func singular(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard var last = words.popLast() else { return phrase }
        if last.hasSuffix("ies") && last.count > 4 { last = String(last.dropLast(3)) + "y" }
        else if last.hasSuffix("sses") || last.hasSuffix("ches") || last.hasSuffix("shes") || last.hasSuffix("xes") { last = String(last.dropLast(2)) }
        else if last.hasSuffix("s") && !last.hasSuffix("ss") && last.count > 3 { last = String(last.dropLast()) }
        return (words + [last]).joined(separator: " ")
    }
}
