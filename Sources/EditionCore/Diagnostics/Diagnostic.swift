/// A finding about the input: a value with a rule id and a place, never printed by the library.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
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
}
