/// A finding about the input: a value with a rule id and a place, never printed by the library.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case note, warning, error
    }

    public var severity: Severity
    /// Stable identifier of the rule that found it (`brackets.stray-close`, `date.impossible`).
    public var rule: String
    public var message: String
    /// Byte offset into the source where the problem is.
    public var offset: Int

    public init(_ severity: Severity, rule: String, _ message: String, at offset: Int) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.offset = offset
    }

    /// At most `limit` diagnostics of each rule, then one note saying how many more there are,
    /// so that 10,000 unclosed brackets give a readable report.
    public static func capped(_ diagnostics: [Diagnostic], perRule limit: Int = 20) -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var result: [Diagnostic] = []
        var lastShown: [String: Int] = [:]
        for d in diagnostics {
            seen[d.rule, default: 0] += 1
            if seen[d.rule]! <= limit { result.append(d); lastShown[d.rule] = d.offset }
        }
        for (rule, count) in seen.sorted(by: { $0.key < $1.key }) where count > limit {
            result.append(Diagnostic(.note, rule: rule, "\(count - limit) more of these not shown", at: lastShown[rule]!))
        }
        return result.sorted { ($0.offset, $0.rule) < ($1.offset, $1.rule) }
    }
}
