import Foundation

/// Dates, times, month ranges and periods, normalized to ISO 8601.
///
/// A year-less date takes its year from an explicit reference chain: the nearest preceding
/// complete date in the same document, else the header date.
enum DateRule {
    /// What a pattern recognized, before the year is resolved.
    struct Parsed {
        var last: Int  // index of the last token
        var year: Int?
        var month: Int?
        var day: Int?
        var time: (Int, Int)?
        /// A range or period: the months (or days) it runs over, in the same year.
        var toMonth: Int?
        var fromDay: Int?
        var toDay: Int?
        var rule: String
        var relativeYear = false
        /// Days from the document's date (`yesterday` = -1).
        var dayOffset: Int?
        /// `next October` (+1), `last March` (-1).
        var monthDirection: Int?
        /// `this year` (0), `next year` (+1): years from the document's date.
        var yearOffset: Int?
        /// A day without a month (`the 11th`): month and year from the reference chain.
        var monthFromChain = false
    }

    static func run(_ c: TaggerContext) -> ([Annotation], [Diagnostic]) {
        var result: [Annotation] = []
        var diagnostics: [Diagnostic] = []
        var reference: [Int: CalendarDate] = [:]  // document index -> nearest preceding complete date
        let ownDates = c.documents.map { documentDate($0, c) }
        var i = 0
        while i < c.tokens.count {
            guard let parsed = longest(at: i, c) else { i += 1; continue }
            let span = Span(c.tokens[i].span.start, c.tokens[parsed.last].span.end)
            let document = c.documentIndex(of: span.start) ?? -1
            let own = (document >= 0 ? ownDates[document] : nil) ?? c.referenceDate
            let context = Resolution(chainYear: reference[document]?.year ?? c.referenceDate?.year, chainDate: reference[document], documentDate: own,
                                     pastReference: isPastReference(before: i, c))
            var annotation = Annotation(.date, span, rule: parsed.rule)
            if let value = normalize(parsed, context) {
                annotation.date = value
                annotation.value = value.normalized
                if value.isTime { annotation.subtype = "time" } else if value.when == nil { annotation.subtype = "range" }
                if let y = parsed.year, let m = parsed.month, let d = parsed.day, parsed.toMonth == nil, parsed.toDay == nil {
                    reference[document] = CalendarDate(year: y, month: m, day: d)
                }
            } else {
                diagnostics.append(Diagnostic(.warning, rule: "date.impossible", "'\(c.source[span])' is not a real date; tagged without a value", at: span.start))
            }
            result.append(annotation)
            let more = dayList(after: parsed, annotation, c)
            result += more
            i = (more.last.map { c.tokenIndex(at: $0.span.end) } ?? parsed.last + 1)
        }
        return (result, diagnostics)
    }

    /// What a year-less or deictic date is resolved against.
    struct Resolution {
        /// The year of the nearest preceding complete date in the document, else of the header date.
        var chainYear: Int?
        /// That date itself, for a day without a month.
        var chainDate: CalendarDate?
        /// The document's own date: its dateline, else the header date (for `today`, `this year`).
        var documentDate: CalendarDate?
        /// The date names something already past (`your letter of December 24`).
        var pastReference: Bool
    }

    /// The document's own date: the first complete date in its heading, opener or dateline lines.
    static func documentDate(_ document: DocumentUnit, _ c: TaggerContext) -> CalendarDate? {
        for block in document.prelude + document.opener {
            var i = c.tokenIndex(at: block.span.start)
            while i < c.tokens.count, c.tokens[i].span.start < block.span.end {
                if let p = longest(at: i, c), let y = p.year, let m = p.month, let d = p.day, p.toMonth == nil {
                    return CalendarDate(year: y, month: m, day: d)
                }
                i += 1
            }
        }
        return nil
    }

    /// `letter of`, `telegram of`, `dated`, `received on`: the date is of something that happened.
    static func isPastReference(before i: Int, _ c: TaggerContext) -> Bool {
        let cues: Set<String> = ["letter", "letters", "telegram", "telegrams", "cable", "note", "message", "dated", "conversation", "talk", "talks", "received", "sent", "memorandum", "despatch", "statement", "last", "since"]
        return (max(0, i - 4)..<i).contains { cues.contains(c.lower($0)) }
    }

    /// `November 23, 24, and 25`, `November 1, 2 and 3`: further days of the same month.
    static func dayList(after p: Parsed, _ first: Annotation, _ c: TaggerContext) -> [Annotation] {
        guard p.day != nil, p.toDay == nil, p.time == nil, let date = first.date?.when, date.count == 10 else { return [] }
        var result: [Annotation] = []
        var k = p.last + 1
        while k + 1 < c.tokens.count {
            var n = k
            if c.text(n) == "," { n += 1 }
            if n < c.tokens.count, c.lower(n) == "and" { n += 1 }
            guard n > k, let d = day(n, c), d.next == n + 1, !(d.next < c.tokens.count && (c.lexicon.month(c.text(d.next)) != nil || c.lexicon.units[c.lower(d.next)] != nil)),
                  CalendarDate.isValid(year: Int(date.prefix(4))!, month: Int(date.dropFirst(5).prefix(2))!, day: d.value) else { break }
            var a = Annotation(.date, c.tokens[n].span, rule: "date.day-list")
            a.date = DateValue(when: String(date.prefix(8)) + pad2(d.value))
            a.value = a.date!.normalized
            result.append(a)
            k = n + 1
        }
        return result
    }

    static func longest(at i: Int, _ c: TaggerContext) -> Parsed? {
        let candidates = [timeDayMonth(i, c), monthDay(i, c), monthYear(i, c), monthRange(i, c), dotted(i, c),
                          period(i, c), year(i, c), bareTime(i, c), deictic(i, c), partOfDay(i, c), relativeMonth(i, c),
                          namedYear(i, c), dayOrdinal(i, c)]
        return candidates.compactMap { $0 }.max { $0.last < $1.last }
    }

    // MARK: - Patterns

    /// `[0230] 5 October [1951]`, `8th of May 1952`.
    static func timeDayMonth(_ i: Int, _ c: TaggerContext) -> Parsed? {
        var k = i
        var time: (Int, Int)?
        if let t = time24(k, c), k + 1 < c.tokens.count, day(t.next, c) != nil { time = t.value; k = t.next }
        guard let d = day(k, c) else { return nil }
        k = d.next
        if k < c.tokens.count, c.lower(k) == "of" { k += 1 }
        guard k < c.tokens.count, let m = c.lexicon.month(c.text(k)), closeTogether(d.next - 1, k, c) else { return nil }
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
        guard let m = c.lexicon.month(c.text(i)), c.tokens[i].shape != .lower, let d = day(i + 1, c) else { return nil }
        var p = Parsed(last: d.next - 1, day: d.value, rule: "date.month-day")
        p.month = m
        // `October 21 to 28`: a range of days.
        if d.next + 1 < c.tokens.count, ["to", "-", "–"].contains(c.lower(d.next)), let toDay = day(d.next + 1, c), c.lexicon.month(c.text(min(toDay.next, c.tokens.count - 1))) == nil || toDay.next >= c.tokens.count {
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
        guard let m = c.lexicon.month(c.text(i)), c.tokens[i].shape != .lower, !isAmbiguousMonth(i, c) else { return nil }
        var p = Parsed(last: i, rule: "date.month")
        p.month = m
        if let y = year(after: i + 1, c) {
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
        guard let m1 = c.lexicon.month(c.text(i)), c.tokens[i].shape != .lower, i + 2 < c.tokens.count,
              ["-", "–", "—"].contains(c.text(i + 1)), let m2 = c.lexicon.month(c.text(i + 2)) else { return nil }
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
                days = Int(c.text(k + 1)) ?? c.lexicon.numberWords[c.lower(k + 1)].map { NSDecimalNumberBridge.int($0.value) }
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
        } else if let m = c.lexicon.month(c.text(target)) {
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
        let parts: Set<String> = ["forenoon", "morning", "afternoon", "evening", "night", "mtg", "noon"]
        var k = i
        var steps = 0
        while k < c.tokens.count, steps < 3, parts.contains(c.lower(k)) || weekday(c.lower(k)) { k += 1; steps += 1 }
        guard k + 1 < c.tokens.count, c.tokens[k].kind == .number, let d = Int(c.text(k)), (1...31).contains(d),
              c.text(k).count <= 2, !c.tokens[k + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(c.lower(k + 1)) else { return nil }
        if k + 2 < c.tokens.count, c.tokens[k + 2].kind == .word, c.tokens[k + 2].shape == .lower, !QuantityRule.stopWords.contains(c.lower(k + 2)) { return nil }
        // `the 8th Department`: a capitalized noun after it is a name.
        if k + 2 < c.tokens.count, c.tokens[k + 2].kind == .word, c.tokens[k + 2].shape != .lower, c.lexicon.month(c.text(k + 2)) == nil { return nil }
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
    static func deictic(_ i: Int, _ c: TaggerContext) -> Parsed? {
        let parts: Set<String> = ["morning", "afternoon", "evening", "night"]
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
            if let d = day(i + 3, c), d.next + 2 < c.tokens.count, c.tokens[d.next].kind == .openBracket, let m = c.lexicon.month(c.text(d.next + 1)),
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
        guard ["next", "last"].contains(c.lower(i)), i + 1 < c.tokens.count, let m = c.lexicon.month(c.text(i + 1)) else { return nil }
        var p = Parsed(last: i + 1, month: m, rule: "date.relative-month")
        p.monthDirection = c.lower(i) == "next" ? 1 : -1
        return p
    }

    // MARK: - Pieces

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

    // MARK: - Normalization

    static func normalize(_ p: Parsed, _ r: Resolution) -> DateValue? {
        if let offset = p.dayOffset {
            guard let own = r.documentDate, own.isComplete else { return nil }
            let day = own.adding(days: offset)
            if let (h, m) = p.time { return DateValue(when: day.iso + "T" + pad2(h) + ":" + pad2(m)) }
            return DateValue(when: day.iso)
        }
        if let (h, m) = p.time, p.month == nil, p.year == nil {
            return DateValue(when: pad2(h) + ":" + pad2(m), isTime: true)
        }
        var chainYear = r.chainYear
        if p.relativeYear { chainYear = r.documentDate?.year ?? chainYear }
        if let offset = p.yearOffset {
            guard let own = r.documentDate else { return nil }
            chainYear = own.year + offset
            if p.month == nil { return DateValue(when: format4(own.year + offset)) }
        }
        if p.monthFromChain, let day = p.day {
            guard let reference = r.chainDate ?? r.documentDate, let month = reference.month,
                  CalendarDate.isValid(year: reference.year, month: month, day: day) else { return nil }
            return DateValue(when: CalendarDate(year: reference.year, month: month, day: day).iso)
        }
        if let direction = p.monthDirection, let own = r.documentDate, let month = p.month, let ownMonth = own.month {
            // `next October` in June 1952 is 1952-10; in November it would be the next year.
            chainYear = own.year + (direction > 0 ? (month > ownMonth ? 0 : 1) : (month < ownMonth ? 0 : -1))
        }
        guard var year = p.year ?? chainYear else { return nil }
        guard let month = p.month else { return DateValue(when: format4(year)) }
        // A past event cannot lie after the document's date: `your letter of December 24` in January.
        if p.year == nil, r.pastReference, let own = r.documentDate,
           CalendarDate(year: year, month: month, day: p.day) > own, year == own.year {
            year -= 1
        }
        let ym = format4(year) + "-" + pad2(month)
        if let toMonth = p.toMonth {
            return DateValue(from: ym, to: format4(year) + "-" + pad2(toMonth))
        }
        if let fromDay = p.fromDay, let toDay = p.toDay {
            let last = CalendarDate.daysIn(month: month, year: year)
            let from = fromDay < 0 ? last + fromDay + 1 : fromDay
            let to = toDay < 0 ? last + toDay + 1 : min(toDay, last)
            return DateValue(from: ym + "-" + pad2(from), to: ym + "-" + pad2(to))
        }
        guard let day = p.day else { return DateValue(when: ym) }
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        var when = ym + "-" + pad2(day)
        if let (h, m) = p.time { when += "T" + pad2(h) + ":" + pad2(m) }
        return DateValue(when: when)
    }
}

/// Decimal to Int without Foundation's bridging quirks.
enum NSDecimalNumberBridge {
    static func int(_ d: Decimal) -> Int { Int(truncating: d as NSDecimalNumber) }
}
