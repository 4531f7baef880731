import EditionCore
import EditionKit
import Foundation
import TEIWriter

/// The fuzz check: any bytes go through the whole pipeline (decode, tokenize, tag, build the
/// TEI tree, validate), and the invariants of ENCODING.md §4 must hold. A broken invariant
/// traps, which libFuzzer reports and keeps as a crash input (`make fuzz`).
public enum FuzzCheck {
    static let pipeline: (analyzer: Analyzer, writer: TEIWriter, validator: SchemaValidator) = {
        let resources = AnalysisResources.load(corpusFolder: nil)
        guard let path = AnalysisResources.defaultSchemaPath, let validator = try? SchemaValidator(schemaPath: path) else {
            fatalError("the project schema is missing")
        }
        return (Analyzer(resources: resources), TEIWriter(generator: ToolInfo.generator), validator)
    }()

    public static func check(_ bytes: [UInt8]) {
        guard case .success(let decoded) = SourceDecoding.decode(bytes, replacingInvalid: bytes.count % 2 == 0) else { return }
        let text = pipeline.analyzer.analyze(name: "fuzz", source: decoded.source)
        let (xml, issues) = pipeline.writer.writeValidated(text, validator: pipeline.validator)
        if let issue = issues.first { fatalError("invalid edition: \(issue.line):\(issue.column) \(issue.message)") }
        if !TextInvariant.holds(text, edition: xml) { fatalError("text lost") }
    }
}

/// libFuzzer's entry point; only called in the `make fuzz` build.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCheck.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
