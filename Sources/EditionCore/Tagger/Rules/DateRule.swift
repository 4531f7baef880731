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
            // `32 October`: a day that no month has; the month alone is tagged.
            if parsed.rule == "date.month", i > 0, c.tokens[i - 1].kind == .number, let d = Int(c.text(i - 1)), (32...99).contains(d) {
                diagnostics.append(Diagnostic(.warning, rule: "date.impossible", "'\(c.text(i - 1)) \(c.text(i))' is not a real date; only the month is tagged", at: c.tokens[i - 1].span.start))
            }
            // A year far from the documents' time is kept as written, but said (`2500 5 October`).
            if let year = annotation.date.flatMap({ $0.when ?? $0.from }).flatMap({ Int($0.prefix(4)) }), !(1800...2100).contains(year) {
                diagnostics.append(Diagnostic(.warning, rule: "date.year-out-of-range", "year \(year) in '\(c.source[span])' is far outside the documents' time; check the transcription", at: span.start))
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
        (max(0, i - 4)..<i).contains { pastCues.contains(c.lower($0)) }
    }

    static let pastCues: Set<String> = ["letter", "letters", "telegram", "telegrams", "cable", "note", "message", "dated", "conversation",
                                        "talk", "talks", "received", "sent", "memorandum", "despatch", "statement", "last", "since"]

    /// `November 23, 24, and 25`, `November 1, 2 and 3`: further days of the same month.
    static func dayList(after p: Parsed, _ first: Annotation, _ c: TaggerContext) -> [Annotation] {
        guard p.day != nil, p.toDay == nil, p.time == nil, let date = first.date?.when, date.count == 10 else { return [] }
        var result: [Annotation] = []
        var k = p.last + 1
        while k + 1 < c.tokens.count {
            var n = k
            if c.text(n) == "," { n += 1 }
            if n < c.tokens.count, c.lower(n) == "and" { n += 1 }
            guard n > k, let d = day(n, c), d.next == n + 1, !(d.next < c.tokens.count && (c.month(at: d.next) != nil || c.lexicon.units[c.lower(d.next)] != nil)),
                  CalendarDate.isValid(year: Int(date.prefix(4))!, month: Int(date.dropFirst(5).prefix(2))!, day: d.value) else { break }
            var a = Annotation(.date, c.tokens[n].span, rule: "date.day-list")
            a.date = DateValue(when: String(date.prefix(8)) + pad2(d.value))
            a.value = a.date!.normalized
            result.append(a)
            k = n + 1
        }
        return result
    }

    /// Lowercase words that can begin a date; any other lowercase word cannot, which spares
    /// trying every pattern at every token.
    static let lowercaseStarters: Set<String> = ["the", "today", "tonight", "yesterday", "tomorrow", "last", "this", "next",
                                                 "fiscal", "fy", "forenoon", "morning", "afternoon", "evening", "night", "mtg", "noon"]

    static func longest(at i: Int, _ c: TaggerContext) -> Parsed? {
        let token = c.tokens[i]
        if token.isBreak || token.kind == .punctuation || token.kind == .openBracket || token.kind == .closeBracket { return nil }
        if token.kind == .word, token.shape == .lower, !lowercaseStarters.contains(c.lower(i)) { return nil }
        let candidates = [timeDayMonth(i, c), monthDay(i, c), monthYear(i, c), monthRange(i, c), dotted(i, c),
                          period(i, c), year(i, c), bareTime(i, c), deictic(i, c), partOfDay(i, c), relativeMonth(i, c),
                          namedYear(i, c), dayOrdinal(i, c)]
        return candidates.compactMap { $0 }.max { $0.last < $1.last }
    }
}
