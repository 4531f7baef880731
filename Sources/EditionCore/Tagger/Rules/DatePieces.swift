/// The pieces date patterns are made of: times, days, years, months.
extension DateRule {
    /// A four-digit 24-hour time (`0230`, `1345`): only before a day, or starting with 0.
    static func time24(_ i: Int, _ c: TaggerContext) -> (value: (Int, Int), next: Int)? {
        guard i < c.tokens.count, c.tokens[i].kind == .number else { return nil }
        let t = c.text(i)
        guard t.count == 4, let v = Int(t), v / 100 < 24, v % 100 < 60 else { return nil }
        return ((v / 100, v % 100), i + 1)
    }

    /// `16:00`, `7 p.m.`, `7:30 a.m.`, `03:00`.
    static func clockTime(_ i: Int, _ c: TaggerContext) -> (value: (Int, Int), last: Int)? {
        guard i < c.tokens.count, c.tokens[i].kind == .number, let h = Int(c.text(i)), h <= 24 else { return nil }
        var minute = 0, last = i
        if i + 2 < c.tokens.count, c.text(i + 1) == ":", !c.tokens[i + 1].spaceBefore, !c.tokens[i + 2].spaceBefore,
           c.tokens[i + 2].kind == .number, let m = Int(c.text(i + 2)), m < 60, c.text(i + 2).count == 2 {
            minute = m
            last = i + 2
        }
        if last + 1 < c.tokens.count, let meridiem = meridiem(last + 1, c) {
            guard h >= 1 && h <= 12 else { return nil }
            let hour = meridiem.pm ? (h % 12) + 12 : h % 12
            return ((hour, minute), meridiem.last)
        }
        // `12:00 noon`, `12 midnight`.
        if last + 1 < c.tokens.count, ["noon", "midnight"].contains(c.lower(last + 1)) { return ((c.lower(last + 1) == "noon" ? 12 : 0, minute), last + 1) }
        return last > i && h < 24 ? ((h, minute), last) : nil
    }

    /// `a.m.`, `p.m.`, `p. m.`, `AM`, `PM`.
    static func meridiem(_ i: Int, _ c: TaggerContext) -> (pm: Bool, last: Int)? {
        let t = c.lower(i)
        if t == "a.m." || t == "am" { return (false, i) }
        if t == "p.m." || t == "pm" { return (true, i) }
        if (t == "p." || t == "a."), i + 1 < c.tokens.count, c.lower(i + 1) == "m." || c.lower(i + 1) == "m" {
            return (t == "p.", i + 1)
        }
        return nil
    }

    /// A day of the month: `5`, `22nd`, `8<sup>th</sup>`.
    static func day(_ i: Int, _ c: TaggerContext) -> (value: Int, next: Int)? {
        guard i < c.tokens.count, c.tokens[i].kind == .number, c.text(i).count <= 2, let d = Int(c.text(i)), (1...31).contains(d) else { return nil }
        var next = i + 1
        if next < c.tokens.count, !c.tokens[next].spaceBefore, ["st", "nd", "rd", "th"].contains(c.lower(next)) { next += 1 }
        else if next + 2 < c.tokens.count, c.tokens[next].kind == .markup, ["st", "nd", "rd", "th"].contains(c.lower(next + 1)) { next += 3 }
        return (d, next)
    }

    /// A year after a day or month, skipping a comma (`June 8, 1952`).
    static func year(after i: Int, _ c: TaggerContext) -> (value: Int, index: Int)? {
        // `June ’51`: an apostrophe and two digits.
        if i + 1 < c.tokens.count, ["\u{2019}", "'"].contains(c.text(i)), c.tokens[i + 1].kind == .number, c.text(i + 1).count == 2,
           !c.tokens[i + 1].spaceBefore, let y = expandYear(c.text(i + 1), c) {
            return (y, i + 1)
        }
        var k = i
        if k < c.tokens.count, c.text(k) == ",", k + 1 < c.tokens.count, yearValue(k + 1, c) != nil { k += 1 }
        guard k < c.tokens.count, !c.tokens[k].isBreak, let y = yearValue(k, c) else { return nil }
        return (y, k)
    }

    /// A four-digit year between 1000 and 2999 (not `1,900`).
    static func yearValue(_ i: Int, _ c: TaggerContext) -> Int? {
        guard i < c.tokens.count, c.tokens[i].kind == .number else { return nil }
        let t = c.text(i)
        guard t.count == 4, let y = Int(t), (1000...2999).contains(y) else { return nil }
        return y
    }

    /// Two-digit years take the century that puts them nearest the reference date (`59` -> 1959).
    static func expandYear(_ text: String, _ c: TaggerContext) -> Int? {
        guard let y = Int(text) else { return nil }
        if text.count == 4 { return (1000...2999).contains(y) ? y : nil }
        guard text.count == 2 else { return nil }
        let reference = c.referenceDate?.year ?? 1950
        let century = reference / 100 * 100
        let candidates = [century - 100 + y, century + y, century + 100 + y]
        return candidates.min { abs($0 - reference) < abs($1 - reference) }
    }

    static func romanMonth(_ text: String) -> Int? {
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"].firstIndex(of: text).map { $0 + 1 }
    }

    /// `May`, `March` as ordinary words: a month only when a number or year is next to it.
    static func isAmbiguousMonth(_ i: Int, _ c: TaggerContext) -> Bool {
        let t = c.lower(i)
        guard ["may", "march"].contains(t) else { return false }
        let sentenceStart = i == 0 || c.tokens[i - 1].isBreak || [".", "!", "?", "\"", "“"].contains(c.text(i - 1))
        return sentenceStart && year(after: i + 1, c) == nil
    }

    static func isYearLike(_ i: Int, _ c: TaggerContext) -> Bool { yearValue(i, c) != nil }

    /// Tokens of one expression are close: a table's wide spacing separates two fields.
    static func closeTogether(_ a: Int, _ b: Int, _ c: TaggerContext) -> Bool {
        c.tokens[b].span.start - c.tokens[a].span.end <= 3
    }
}
