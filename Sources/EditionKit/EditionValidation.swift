import Foundation
import TEIWriter

/// How `validate` reports.
public enum ValidationFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: [rule] message` on standard error, then a summary line.
    case text
    /// One JSON object: `{"files": [{path, valid, issues: [{line, column, rule, message}]}]}`.
    case json
    /// JUnit XML for CI test reports: one test case per file.
    case junit
}

/// The outcome of validating one file (or one argument that named no file).
public struct FileValidation: Hashable, Sendable {
    public var path: String
    public var issues: [TEICheckIssue]
    public var valid: Bool { issues.isEmpty }

    public init(path: String, issues: [TEICheckIssue]) {
        self.path = path
        self.issues = issues
    }
}

public enum EditionValidation {
    /// Validates every TEI file of the given files and folders: well-formedness, the schema,
    /// then the semantic checks. A missing path or empty folder is an invalid entry of its own,
    /// placed where the arguments named it.
    public static func run(_ arguments: [String], schema: SchemaValidator?) -> [FileValidation] {
        let (files, problems) = EditionFolder.files(arguments)
        let problemEntries = problems.map {
            FileValidation(path: $0.path, issues: [TEICheckIssue(line: $0.line, column: $0.column, rule: $0.rule, message: $0.message)])
        }
        return problemEntries + files.map { validate(path: $0.path, schema: schema) }
    }

    public static func validate(path: String, schema: SchemaValidator?) -> FileValidation {
        guard let data = FileManager.default.contents(atPath: path) else {
            return FileValidation(path: path, issues: [TEICheckIssue(line: 0, column: 0, rule: "input.unreadable", message: "cannot read file")])
        }
        return FileValidation(path: path, issues: SemanticChecks.check(Array(data), schema: schema))
    }
}

// MARK: - Reports

extension EditionValidation {
    /// The text report: diagnostics (for standard error), `path: valid` lines (for standard
    /// output, as before) and a summary line (standard error).
    public static func text(_ results: [FileValidation]) -> (diagnostics: [String], valid: [String], summary: String) {
        let diagnostics = results.flatMap { r in r.issues.map { diagnostic(r.path, $0) } }
        let valid = results.filter(\.valid).map { "\($0.path): valid" }
        let issueCount = results.map(\.issues.count).reduce(0, +)
        let summary = "tei-edition: \(valid.count) of \(results.count) files valid" + (issueCount > 0 ? ", \(issueCount) issue\(issueCount == 1 ? "" : "s")" : "")
        return (diagnostics, valid, summary)
    }

    static func diagnostic(_ path: String, _ issue: TEICheckIssue) -> String {
        "\(path):\(issue.line):\(issue.column): error: [\(issue.rule)] \(issue.message)"
    }

    public static func json(_ results: [FileValidation]) throws -> [UInt8] {
        let files: [[String: Any]] = results.map { r in
            ["path": r.path, "valid": r.valid,
             "issues": r.issues.map { ["line": $0.line, "column": $0.column, "rule": $0.rule, "message": $0.message] as [String: Any] }]
        }
        let object: [String: Any] = ["files": files, "valid": results.allSatisfy(\.valid)]
        return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) + [0x0A]
    }

    public static let junitSuite = "tei-edition validate"
    public static let junitClassname = "tei-edition.validate"

    /// One test case per file, named by its path; an invalid file's failure lists every issue
    /// as `path:line:col: [rule] message`, its type the rules involved.
    public static func junit(_ results: [FileValidation]) -> [UInt8] {
        JUnitReport.xml(suite: junitSuite, cases: results.map { r in
            JUnitTestCase(classname: junitClassname, name: r.path, failure: r.valid ? nil : failure(r))
        })
    }

    static func failure(_ r: FileValidation) -> JUnitTestCase.Failure {
        var rules: [String] = []
        for issue in r.issues where !rules.contains(issue.rule) { rules.append(issue.rule) }
        let count = r.issues.count
        return JUnitTestCase.Failure(
            message: "\(count) issue\(count == 1 ? "" : "s"); first: \(r.issues[0].message)",
            type: rules.joined(separator: " "),
            text: r.issues.map { "\(r.path):\($0.line):\($0.column): [\($0.rule)] \($0.message)" }.joined(separator: "\n")
        )
    }
}
