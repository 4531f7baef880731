/// From what a pattern read to an ISO 8601 value, through the reference chain.
extension DateRule {
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
