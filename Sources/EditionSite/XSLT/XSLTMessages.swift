import CLibXSLT
import Foundation

/// Collects what libxslt and libxml2 report while compiling or running a stylesheet, and turns
/// it into `SiteIssue` values with the file and line libxslt names.
///
/// libxslt writes an error as a header line (`compilation error: file F line N element E`)
/// followed by the message, in several printf fragments; libxml2 parse errors of included
/// files arrive structured.
final class XSLTMessages {
    private var text = ""
    private(set) var structured: [SiteIssue] = []
    let defaultPath: String
    let rule: String

    init(defaultPath: String, rule: String) {
        self.defaultPath = defaultPath
        self.rule = rule
    }

    func append(_ fragment: String) { text += fragment }

    func appendStructured(_ issue: SiteIssue) { structured.append(issue) }

    /// The C sink; valid while `self` is alive (callers keep it with `withExtendedLifetime`).
    func sink() -> tei_xslt_sink {
        tei_xslt_sink(receive: { context, message in
            guard let context, let message else { return }
            Unmanaged<XSLTMessages>.fromOpaque(context).takeUnretainedValue().append(String(cString: message))
        }, context: Unmanaged.passUnretained(self).toOpaque())
    }

    var issues: [SiteIssue] { structured + parsedText() }

    /// A header starts an issue and the next line is its message. libxslt writes some details
    /// (a pattern's parse error) before the header of the error they explain, so lines that
    /// follow a complete issue are kept for the next one.
    private func parsedText() -> [SiteIssue] {
        var issues: [SiteIssue] = []
        var pending: SiteIssue?
        var orphans: [String] = []
        var awaitingMessage = false
        for line in text.split(separator: "\n").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if let header = Self.header(line) {
                if let pending { issues.append(pending) }
                pending = SiteIssue(path: header.path, line: header.line, rule: rule, message: orphans.joined(separator: "; "))
                orphans = []
                awaitingMessage = true
            } else if awaitingMessage, var current = pending {
                current.message += current.message.isEmpty ? line : "; " + line
                pending = current
                awaitingMessage = false
            } else {
                orphans.append(line)
            }
        }
        if let pending { issues.append(pending) }
        issues += orphans.map { SiteIssue(path: defaultPath, rule: rule, message: $0) }
        return issues.map { issue in
            var issue = issue
            if issue.message.isEmpty { issue.message = "error" }
            return issue
        }
    }

    /// `compilation error: file F line N element E` or `runtime error: file F line N element E`.
    static func header(_ line: String) -> (path: String, line: Int)? {
        guard line.hasPrefix("compilation error: file ") || line.hasPrefix("runtime error: file ") else { return nil }
        let afterFile = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)[3]
        guard let lineMarker = afterFile.range(of: " line ") else { return (String(afterFile), 0) }
        let path = String(afterFile[..<lineMarker.lowerBound])
        let number = afterFile[lineMarker.upperBound...].prefix { $0.isNumber }
        return (path, Int(number) ?? 0)
    }
}

extension XSLTMessages {
    /// Receives libxml2's structured errors (parse errors of included stylesheets, of files
    /// read with document()).
    static var structuredHandler: xmlStructuredErrorFunc {
        { context, error in
            guard let context, let error else { return }
            let messages = Unmanaged<XSLTMessages>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .newlines) } ?? "error"
            let path = error.pointee.file.map { String(cString: $0) } ?? messages.defaultPath
            messages.appendStructured(SiteIssue(path: path, line: Int(error.pointee.line), column: max(1, Int(error.pointee.int2)), rule: messages.rule, message: message))
        }
    }
}
