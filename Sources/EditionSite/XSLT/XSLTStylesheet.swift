import CLibXSLT
import Foundation

/// A compiled XSLT 1.0 stylesheet (libxslt), compiled once and applied to many documents.
/// libxslt allows one compiled stylesheet to be applied from several threads at once.
public final class XSLTStylesheet: @unchecked Sendable {
    private let style: xsltStylesheetPtr
    /// The file it was compiled from, for diagnostics.
    public let path: String

    private init(style: xsltStylesheetPtr, path: String) {
        self.style = style
        self.path = path
    }

    deinit { xsltFreeStylesheet(style) }

    /// Compilations take turns: libxslt's compile-time error handling is process-wide state
    /// (its messages reach the compiling thread's sink only: see `tei_xslt_set_generic_sink`).
    private static let compileLock = NSLock()

    /// Compiles the stylesheet at `path`; its `xsl:import`/`xsl:include` resolve beside it.
    public static func compile(path: String) -> Result<XSLTStylesheet, SiteIssues> {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            return .failure(SiteIssues([SiteIssue(path: path, rule: "site.xslt", message: "cannot read the stylesheet")]))
        }
        let parsed = LibXMLDocument.parse(Array(bytes), url: path, options: LibXMLDocument.stylesheetOptions)
        guard case .success(let document) = parsed else {
            if case .failure(let issue) = parsed { return .failure(SiteIssues([SiteIssue(path: issue.path, line: issue.line, column: issue.column, rule: "site.xslt", message: issue.message)])) }
            return .failure(SiteIssues([]))
        }
        return compile(document, path: path)
    }

    private static func compile(_ document: LibXMLDocument, path: String) -> Result<XSLTStylesheet, SiteIssues> {
        // libxslt takes the document over on success; a copy keeps `document`'s ownership simple.
        guard let copy = xmlCopyDoc(document.pointer, 1) else { return .failure(SiteIssues([SiteIssue(path: path, rule: "site.xslt", message: "out of memory")])) }
        let messages = XSLTMessages(defaultPath: path, rule: "site.xslt")
        var sink = messages.sink()
        let style: xsltStylesheetPtr? = compileLock.withLock {
            withExtendedLifetime(messages) {
                withUnsafeMutablePointer(to: &sink) { sinkPointer in
                    tei_xslt_set_generic_sink(sinkPointer)
                    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(messages).toOpaque(), XSLTMessages.structuredHandler)
                    defer {
                        tei_xslt_set_generic_sink(nil)
                        xmlSetStructuredErrorFunc(nil, nil)
                    }
                    return xsltParseStylesheetDoc(copy)
                }
            }
        }
        guard let style else {
            xmlFreeDoc(copy)
            return .failure(SiteIssues(nonEmpty(messages.issues, path: path)))
        }
        if style.pointee.errors != 0 {
            xsltFreeStylesheet(style)
            return .failure(SiteIssues(nonEmpty(messages.issues, path: path)))
        }
        return .success(XSLTStylesheet(style: style, path: path))
    }

    private static func nonEmpty(_ issues: [SiteIssue], path: String) -> [SiteIssue] {
        issues.isEmpty ? [SiteIssue(path: path, rule: "site.xslt", message: "the stylesheet does not compile")] : issues
    }

    /// Applies the stylesheet to `document` with string parameters (passed as strings, never
    /// evaluated as XPath) and returns the serialized result as `xsl:output` asks.
    func apply(to document: LibXMLDocument, parameters: [(String, String)], documentPath: String) -> Result<[UInt8], SiteIssues> {
        guard let context = xsltNewTransformContext(style, document.pointer) else {
            return .failure(SiteIssues([SiteIssue(path: documentPath, rule: "site.xslt", message: "out of memory")]))
        }
        let security = Self.restrictedSecurity()
        defer {
            xsltFreeTransformContext(context)
            xsltFreeSecurityPrefs(security)
        }
        xsltSetCtxtSecurityPrefs(security, context)
        for (name, value) in parameters { _ = xsltQuoteOneUserParam(context, name, value) }
        let messages = XSLTMessages(defaultPath: path, rule: "site.xslt")
        var sink = messages.sink()
        let result: xmlDocPtr? = withExtendedLifetime(messages) {
            withUnsafeMutablePointer(to: &sink) { sinkPointer in
                tei_xslt_set_transform_sink(context, sinkPointer)
                // libxml2's handlers are per thread: safe to set around this transformation.
                xmlSetStructuredErrorFunc(Unmanaged.passUnretained(messages).toOpaque(), XSLTMessages.structuredHandler)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                return xsltApplyStylesheetUser(style, document.pointer, nil, nil, nil, context)
            }
        }
        guard let result else { return .failure(SiteIssues(Self.nonEmpty(messages.issues, path: path))) }
        defer { xmlFreeDoc(result) }
        if context.pointee.state != XSLT_STATE_OK { return .failure(SiteIssues(Self.nonEmpty(messages.issues, path: path))) }
        return serialize(result)
    }

    private func serialize(_ result: xmlDocPtr) -> Result<[UInt8], SiteIssues> {
        var text: UnsafeMutablePointer<xmlChar>?
        var length: Int32 = 0
        guard xsltSaveResultToString(&text, &length, result, style) == 0 else {
            return .failure(SiteIssues([SiteIssue(path: path, rule: "site.xslt", message: "cannot serialize the result")]))
        }
        guard let text else { return .success([]) }
        defer { tei_xslt_free(text) }
        return .success(Array(UnsafeBufferPointer(start: text, count: Int(length))))
    }

    /// Stylesheets may read local files (document()) but never write files, create folders or
    /// touch the network: an overriding stylesheet cannot reach outside the site.
    private static func restrictedSecurity() -> xsltSecurityPrefsPtr? {
        guard let prefs = xsltNewSecurityPrefs() else { return nil }
        for option in [XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK] {
            xsltSetSecurityPrefs(prefs, option, xsltSecurityForbid)
        }
        return prefs
    }
}
