import Foundation

/// The date patterns, each trying to read a date starting at token `i`.
extension DateRule {
    /// `[0230] 5 October [1951]`, `8th of May 1952`.
    static func timeDayMonth(_ i: Int, _ c: TaggerContext) -> Parsed? {
        var k = i
        var time: (Int, Int)?
        if let t = time24(k, c), k + 1 < c.tokens.count, day(t.next, c) != nil { time = t.value; k = t.next }
        guard let d = day(k, c) else { return nil }
        k = d.next
        if k < c.tokens.count, c.lower(k) == "of" { k += 1 }
        guard k < c.tokens.count, let m = c.month(at: k), closeTogether(d.next - 1, k, c) else { return nil }
        // `Embdes 8 of July 6, 1951`, `G–2 November 26, 1951`: the month has its own day.
        if let after = day(k + 1, c), !isYearLike(k + 1, c), after.next <= c.tokens.count { return nil }
        var p = Parsed(last: k, day: d.value, rule: "date.day-month")
        p.month = m
        p.time = time
        if let y = year(after: k + 1, c) { p.year = y.value; p.last = y.index; p.rule = "date.day-month-year" }
        if time != nil { p.rule += "-time" }
        return p
    }

    /// `June 8, 1952`, `November 22, 1963`, `March 4`, `June 8, 1952—7 p.m.`.
    static func monthDay(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard let m = c.month(at: i), c.tokens[i].shape != .lower, let d = day(i + 1, c) else { return nil }
        var p = Parsed(last: d.next - 1, day: d.value, rule: "date.month-day")
        p.month = m
        // `October 21 to 28`: a range of days.
        if d.next + 1 < c.tokens.count, ["to", "-", "–"].contains(c.lower(d.next)), let toDay = day(d.next + 1, c), c.month(at: min(toDay.next, c.tokens.count - 1)) == nil || toDay.next >= c.tokens.count {
            p.fromDay = d.value
            p.toDay = toDay.value
            p.last = toDay.next - 1
            p.rule = "date.month-day-range"
            if let y = year(after: toDay.next, c) { p.year = y.value; p.last = y.index }
            return p
        }
        var k = d.next
        if k < c.tokens.count, c.text(k) == "," { k += 1 }
        if let y = year(after: k, c) {
            p.year = y.value
            p.last = y.index
            p.rule = "date.month-day-year"
            // An attached time: `—7 p.m.`
            let t = y.index + 1
            if t + 1 < c.tokens.count, ["—", "–", "-", ","].contains(c.text(t)), let clock = clockTime(t + 1, c) {
                p.time = clock.value
                p.last = clock.last
                p.rule += "-time"
            }
        }
        return p
    }

    /// `July 1952`, `June of this year`, `March 1963`.
    static func monthYear(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard let m = c.month(at: i), c.tokens[i].shape != .lower, !isAmbiguousMonth(i, c) else { return nil }
        var p = Parsed(last: i, rule: "date.month")
        p.month = m
        if let y = year(after: i + 1, c), c.text(i + 1) != "," {
            p.year = y.value
            p.last = y.index
            p.rule = "date.month-year"
        } else if i + 3 < c.tokens.count, c.lower(i + 1) == "of", c.lower(i + 2) == "this", c.lower(i + 3) == "year" {
            p.last = i + 3
            p.relativeYear = true
            p.rule = "date.month-of-this-year"
        }
        return p
    }

    /// `October-December`, `January-March 1952`, `April – June 1952`.
    static func monthRange(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard let m1 = c.month(at: i), c.tokens[i].shape != .lower, i + 2 < c.tokens.count,
              ["-", "–", "—"].contains(c.text(i + 1)), let m2 = c.month(at: i + 2) else { return nil }
        var p = Parsed(last: i + 2, rule: "date.month-range")
        p.month = m1
        p.toMonth = m2
        if let y = year(after: i + 3, c) { p.year = y.value; p.last = y.index }
        return p
    }

    /// `06.03.1976`, `23.X.59`, `06.03.1976/03:00`.
    static func dotted(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard let d = day(i, c), d.next == i + 1, i + 4 < c.tokens.count, c.text(i + 1) == ".", !c.tokens[i + 1].spaceBefore,
              c.text(i + 3) == ".", !c.tokens[i + 2].spaceBefore, !c.tokens[i + 4].spaceBefore else { return nil }
        let monthText = c.text(i + 2)
        guard let m = Int(monthText).flatMap({ (1...12).contains($0) ? $0 : nil }) ?? romanMonth(monthText),
              c.tokens[i + 4].kind == .number, let y = expandYear(c.text(i + 4), c) else { return nil }
        var p = Parsed(last: i + 4, year: y, month: m, day: d.value, rule: "date.dotted")
        if i + 6 < c.tokens.count, c.text(i + 5) == "/", !c.tokens[i + 5].spaceBefore, let clock = clockTime(i + 6, c) {
            p.time = clock.value
            p.last = clock.last
        }
        return p
    }

    /// `the end of 1954`, `the first half of 1954`, `the first 10 days of October`, `the beginning of March`.
    static func period(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard c.lower(i) == "the", i + 3 < c.tokens.count else { return nil }
        var k = i + 1
        var which: String = c.lower(k)
        var days: Int?
        if which == "first" || which == "last" || which == "second" {
            if c.lower(k + 1) == "half" || c.lower(k + 1) == "quarter" { which += " " + c.lower(k + 1); k += 1 }
            else if c.tokens[k + 1].kind == .number || c.tokens[k + 1].kind == .numberWord, k + 2 < c.tokens.count, c.lower(k + 2) == "days" {
                days = Int(c.text(k + 1)) ?? c.lexicon.numberWords[c.lower(k + 1)].map { Int(truncating: $0.value as NSDecimalNumber) }
                k += 2
            }
        }
        guard ["end", "beginning", "middle", "first half", "second half", "first", "last"].contains(which) || days != nil,
              k + 2 < c.tokens.count, c.lower(k + 1) == "of" else { return nil }
        let target = k + 2
        var p = Parsed(last: target, rule: "date.period")
        let named = namedYear(target, c)
        if let y = yearValue(target, c) ?? named.map({ _ in 0 }) {
            if let named {
                p.yearOffset = named.yearOffset
                p.last = named.last
            } else {
                p.year = y
            }
            switch which {
            case "end": p.month = 12
            case "beginning": p.month = 1
            case "first half": p.month = 1; p.toMonth = 6
            case "second half": p.month = 7; p.toMonth = 12
            default: return nil
            }
        } else if let m = c.month(at: target) {
            p.month = m
            if let y = year(after: target + 1, c) { p.year = y.value; p.last = y.index }
            switch which {
            case "end": p.fromDay = 21; p.toDay = -1
            case "beginning": p.fromDay = 1; p.toDay = 10
            case "middle": p.fromDay = 11; p.toDay = 20
            default:
                guard let days else { return nil }
                if which == "last" { p.fromDay = -days; p.toDay = -1 } else { p.fromDay = 1; p.toDay = days }
            }
        } else {
            return nil
        }
        return p
    }

    /// A year after a preposition (`in 1952`, `since 1941`, `born 1941`).
    static func year(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard let y = yearValue(i, c), i > 0 else { return nil }
        let before = c.lower(i - 1)
        let cue = ["in", "of", "since", "by", "until", "till", "from", "during", "early", "late", "born", "mid", "before", "after", "year", "for", "to"].contains(before)
        // `in 1950, 1951 and 1952`: a year in a list of years.
        let listed = [",", "and", "or", "-", "–"].contains(before) && i > 1 && (yearValue(i - 2, c) != nil || (i > 2 && c.lower(i - 2) == "and" && yearValue(i - 3, c) != nil))
        guard cue || listed else { return nil }
        return Parsed(last: i, year: y, rule: "date.year")
    }

    /// `fiscal year 53`, `FY 1953`, `this year`, `next year`, `the current year`, `last year`.
    static func namedYear(_ i: Int, _ c: TaggerContext) -> Parsed? {
        if ["fiscal", "fy"].contains(c.lower(i)) {
            var k = i + 1
            if c.lower(i) == "fiscal", k < c.tokens.count, c.lower(k) == "year" { k += 1 }
            guard k < c.tokens.count, c.tokens[k].kind == .number, let y = expandYear(c.text(k), c) else { return nil }
            return Parsed(last: k, year: y, rule: "date.fiscal-year")
        }
        var k = i
        if c.lower(k) == "the", k + 1 < c.tokens.count { k += 1 }
        guard k + 1 < c.tokens.count, c.lower(k + 1) == "year" else { return nil }
        let offsets = ["this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1]
        guard let offset = offsets[c.lower(k)], k == i || ["current", "next", "coming", "previous", "past"].contains(c.lower(k)) else { return nil }
        var p = Parsed(last: k + 1, rule: "date.named-year")
        p.yearOffset = offset
        return p
    }

    /// `11th`, `forenoon Friday 11th`, `Tues morning 15th`: a day of the month, its month and year
    /// from the reference chain. The ordinal must not modify a noun (`30th session`).
    static func dayOrdinal(_ i: Int, _ c: TaggerContext) -> Parsed? {
        let parts = dayOrdinalParts
        var k = i
        var steps = 0
        while k < c.tokens.count, steps < 3, parts.contains(c.lower(k)) || weekday(c.lower(k)) { k += 1; steps += 1 }
        guard k + 1 < c.tokens.count, c.tokens[k].kind == .number, let d = Int(c.text(k)), (1...31).contains(d),
              c.text(k).count <= 2, !c.tokens[k + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(c.lower(k + 1)) else { return nil }
        if k + 2 < c.tokens.count, c.tokens[k + 2].kind == .word, c.tokens[k + 2].shape == .lower, !QuantityRule.stopWords.contains(c.lower(k + 2)) { return nil }
        // `the 8th Department`: a capitalized noun after it is a name.
        if k + 2 < c.tokens.count, c.tokens[k + 2].kind == .word, c.tokens[k + 2].shape != .lower, c.month(at: k + 2) == nil { return nil }
        guard steps > 0 || (i > 0 && ["the", "on", "of", "by", "until", "since"].contains(c.lower(i - 1))) else { return nil }
        var p = Parsed(last: k + 1, day: d, rule: "date.day-ordinal")
        p.monthFromChain = true
        return p
    }

    static func weekday(_ w: String) -> Bool {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat", "sun"].contains(w.hasSuffix(".") ? String(w.dropLast()) : w)
    }

    /// `0500`, `16:00`, `7 p.m.` standing alone.
    static func bareTime(_ i: Int, _ c: TaggerContext) -> Parsed? {
        if let clock = clockTime(i, c) {
            var p = Parsed(last: clock.last, rule: "date.time")
            p.time = clock.value
            // `12:00 noon today`: a time on the document's own day.
            if clock.last + 1 < c.tokens.count, ["today", "yesterday", "tomorrow"].contains(c.lower(clock.last + 1)) {
                p.last = clock.last + 1
                p.dayOffset = ["yesterday": -1, "today": 0, "tomorrow": 1][c.lower(clock.last + 1)]
                p.rule = "date.time-deictic"
            }
            return p
        }
        guard c.tokens[i].kind == .number, c.text(i).count == 4, c.text(i).hasPrefix("0"), let t = time24(i, c) else { return nil }
        var p = Parsed(last: i, rule: "date.time-24h")
        p.time = t.value
        return p
    }

    /// `today`, `yesterday`, `yesterday evening`, `last evening`, `this morning`, `tomorrow`, `12:00 noon today`.
    static let dayOrdinalParts: Set<String> = ["forenoon", "morning", "afternoon", "evening", "night", "mtg", "noon"]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    static func deictic(_ i: Int, _ c: TaggerContext) -> Parsed? {
        let parts = partsOfDay
        var offset: Int?
        var last = i
        switch c.lower(i) {
        case "today", "tonight": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "last" where i + 1 < c.tokens.count && (parts.contains(c.lower(i + 1)) || c.lower(i + 1) == "night"): offset = -1; last = i + 1
        case "this" where i + 1 < c.tokens.count && parts.contains(c.lower(i + 1)): offset = 0; last = i + 1
        default: return nil
        }
        if last == i, i + 1 < c.tokens.count, parts.contains(c.lower(i + 1)) { last = i + 1 }
        var p = Parsed(last: last, rule: "date.deictic")
        p.dayOffset = offset
        return p
    }

    /// `the afternoon of May 29`, `the morning of 24 July`: the part of the day belongs to the date.
    static func partOfDay(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard c.lower(i) == "the", i + 3 < c.tokens.count, ["morning", "afternoon", "evening", "night"].contains(c.lower(i + 1)),
              c.lower(i + 2) == "of" else { return nil }
        guard var inner = [timeDayMonth(i + 3, c), monthDay(i + 3, c)].compactMap({ $0 }).max(by: { $0.last < $1.last }) else {
            // `the afternoon of 22 [November]`: a bracketed month.
            if let d = day(i + 3, c), d.next + 2 < c.tokens.count, c.tokens[d.next].kind == .openBracket, let m = c.month(at: d.next + 1),
               c.tokens[d.next + 2].kind == .closeBracket {
                var p = Parsed(last: d.next + 2, day: d.value, rule: "date.part-of-day")
                p.month = m
                return p
            }
            return nil
        }
        inner.rule = "date.part-of-day"
        return inner
    }

    /// `next October`, `last March`: the month after (or before) the document's date.
    static func relativeMonth(_ i: Int, _ c: TaggerContext) -> Parsed? {
        guard ["next", "last"].contains(c.lower(i)), i + 1 < c.tokens.count, let m = c.month(at: i + 1) else { return nil }
        var p = Parsed(last: i + 1, month: m, rule: "date.relative-month")
        p.monthDirection = c.lower(i) == "next" ? 1 : -1
        return p
    }
}
