/// A date as precise as the text gives it: a year, a month of a year, or a day.
public struct CalendarDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var isComplete: Bool { month != nil && day != nil }

    /// ISO 8601: `1951`, `1951-10`, `1951-10-05`.
    public var iso: String {
        var s = String(format4(year))
        if let month { s += "-" + pad2(month) }
        if let month, let day, month > 0 { s += "-" + pad2(day) }
        return s
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Whether the day exists in the proleptic Gregorian calendar (`31 February` does not).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    /// The day `days` after (or before) this complete date.
    public func adding(days: Int) -> CalendarDate {
        guard var m = month, var d = day else { return self }
        var y = year
        d += days
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += Self.daysIn(month: m, year: y)
        }
        while d > Self.daysIn(month: m, year: y) {
            d -= Self.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
func format4(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
