/// The categories of ENCODING.md §3.
public enum EntityType: String, Sendable, CaseIterable, Comparable {
    case person, place, org, date, quantity, idno, editorial

    /// Tie-break when two candidates have the same span: the first wins the outer position.
    var priority: Int {
        switch self {
        case .editorial: 0
        case .idno: 1
        case .date: 2
        case .person: 3
        case .org: 4
        case .place: 5
        case .quantity: 6
        }
    }

    public static func < (a: EntityType, b: EntityType) -> Bool { a.priority < b.priority }
}

/// A normalized date or time: `when`, or `from` and `to`, in ISO 8601 without seconds.
public struct DateValue: Hashable, Sendable {
    public var when: String?
    public var from: String?
    public var to: String?
    /// A bare time of day (`0500`), written as `<time>`.
    public var isTime = false

    public init(when: String? = nil, from: String? = nil, to: String? = nil, isTime: Bool = false) {
        self.when = when
        self.from = from
        self.to = to
        self.isTime = isTime
    }

    /// The gold-format value: `1951-10-05T02:30`, `T05:00`, `1951-10/1951-12`.
    public var normalized: String {
        if let when { return isTime ? "T" + when : when }
        return "\(from ?? "")/\(to ?? "")"
    }
}

/// A normalized quantity: `<measure>` or, for fractions, `<num>`.
public struct MeasureValue: Hashable, Sendable {
    /// count, currency, duration, length, fraction, percent, ...
    public var type: String
    /// Decimal string (`600000000`, `0.2`).
    public var quantity: String
    public var unit: String
    public var commodity: String?
}

/// What a bracket (or an illegible mark) is, editorially.
public enum EditorialKind: String, Sendable {
    case supplied, note, stamp, gap, expan, illegible
}

/// One tagged mention: where it is, what it is, its normalized value and the rule that made it.
public struct Annotation: Hashable, Sendable {
    public var type: EntityType
    public var subtype: String?
    public var span: Span
    /// The gold-format value (slug, ISO date, decimal quantity), or nil.
    public var value: String?
    /// The id of the rule that made it (`person.title`, `date.day-month-year`).
    public var rule: String

    public var date: DateValue?
    public var measure: MeasureValue?
    /// For persons: the title or rank (`Cde.`), written as `roleName`.
    public var roleSpan: Span?
    /// `low` for a doubtful reading (`a possible Cde. Kozlobin`).
    public var cert: String?
    public var editorial: EditorialKind?
    /// For an expansion: the abbreviation before the bracket (`OS` in `OS [Special Department]`).
    public var abbreviationSpan: Span?
    /// For a stamp or note: where its description's label ends (`Stamp:`), the stamp text follows.
    public var labelEnd: Int?

    public init(_ type: EntityType, _ span: Span, rule: String, subtype: String? = nil, value: String? = nil) {
        self.type = type
        self.span = span
        self.rule = rule
        self.subtype = subtype
        self.value = value
    }

    /// The span the TEI element covers: an expansion's `choice` starts at its abbreviation, a
    /// bracket's element covers the brackets themselves.
    public var elementSpan: Span {
        if let abbr = abbreviationSpan { return Span(abbr.start, span.end + 1) }
        if type == .editorial, editorial != .illegible { return Span(span.start - 1, span.end + 1) }
        return span
    }
}
