/// One problem met while building the site, located in the file that caused it (a TEI file,
/// a stylesheet, the output folder), printed like the build command's diagnostics.
public struct SiteIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// A stable rule id, e.g. `site.read`, `site.xslt`, `site.write`.
    public var rule: String
    public var message: String

    public init(path: String, line: Int = 0, column: Int = 0, rule: String, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): error: [\(rule)] \(message)" }
}

/// Several issues at once (a stylesheet that does not compile can report many).
public struct SiteIssues: Error, Hashable, Sendable {
    public var issues: [SiteIssue]

    public init(_ issues: [SiteIssue]) { self.issues = issues }
}
