import EditionCore

/// A diagnostic placed in a file, ready to print as `path:line:column: severity: [rule] message`
/// (the format compilers use, which editors and CI systems link to the place).
public struct RenderedDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Diagnostic.Severity
    public var rule: String
    public var message: String

    public init(path: String, line: Int, column: Int, severity: Diagnostic.Severity, rule: String, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    public init(_ d: Diagnostic, path: String, source: SourceText) {
        let location = source.location(of: min(d.offset, source.count))
        self.init(path: path, line: location.line, column: location.column, severity: d.severity, rule: d.rule, message: d.message)
    }

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): [\(rule)] \(message)" }
}
