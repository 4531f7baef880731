import EditionCore
import Foundation
import TEIWriter

/// Builds editions: read, decode, analyse, write TEI, validate, write atomically.
/// Inputs run in parallel; results come back in input order, so output never depends on `jobs`.
public struct EditionBuilder: Sendable {
    public struct Outcome: Sendable {
        public var input: InputFile
        public var outputPath: String?
        public var diagnostics: [RenderedDiagnostic]
        public var succeeded: Bool { outputPath != nil }
    }

    public let analyzer: Analyzer
    public let writer: TEIWriter
    public let validator: SchemaValidator

    public init(resources: AnalysisResources, validator: SchemaValidator) {
        analyzer = Analyzer(resources: resources)
        writer = TEIWriter(generator: ToolInfo.generator)
        self.validator = validator
    }

    public func build(_ input: InputFile, outputFolder: String, replacingInvalid: Bool = false) -> Outcome {
        var outcome = Outcome(input: input, outputPath: nil, diagnostics: [])
        let text: AnnotatedText
        switch analyzer.analyzeFile(path: input.path, replacingInvalid: replacingInvalid) {
        case .failure(let d): outcome.diagnostics = [d]; return outcome
        case .success(let t): text = t
        }
        outcome.diagnostics = text.diagnostics.map { RenderedDiagnostic($0, path: input.path, source: text.source) }
        let (xml, issues) = writer.writeValidated(text, validator: validator)
        guard issues.isEmpty else {
            // Node lines are source lines, so the error points into the transcription.
            outcome.diagnostics += issues.map {
                RenderedDiagnostic(path: input.path, line: $0.line, column: $0.column, severity: .error, rule: "tei.invalid", message: "output not valid against the schema, not written: \($0.message)")
            }
            return outcome
        }
        let path = URL(fileURLWithPath: outputFolder).appendingPathComponent(input.outputRelativePath).path
        do {
            try AtomicFile.write(xml, to: path)
            outcome.outputPath = path
        } catch {
            outcome.diagnostics.append(RenderedDiagnostic(path: path, line: 0, column: 0, severity: .error, rule: "output.write", message: "cannot write: \(error.localizedDescription)"))
        }
        return outcome
    }

    /// Builds every input with `jobs` workers; `progress` is called as each finishes (any thread).
    public func build(_ inputs: [InputFile], outputFolder: String, jobs: Int, replacingInvalid: Bool = false,
                      progress: @Sendable (Int) -> Void = { _ in }) -> [Outcome] {
        let results = ResultSlots<Outcome>(count: inputs.count)
        let counter = ResultSlots<Int>(count: 1)
        let workers = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < inputs.count {
                results.set(index, build(inputs[index], outputFolder: outputFolder, replacingInvalid: replacingInvalid))
                progress(counter.increment())
                index += workers
            }
        }
        return results.values.map { $0! }
    }
}

/// Slots filled by parallel workers, each index written once, under a lock.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private var count = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    func increment() -> Int { lock.withLock { count += 1; return count } }
    var values: [T?] { lock.withLock { slots } }
}

extension Analyzer {
    public init(resources: AnalysisResources) {
        self.init(lexicon: resources.lexicon, personography: resources.personography)
    }

    /// Reads, decodes and analyses one file; a diagnostic when it cannot be read or decoded.
    /// With `replacingInvalid`, invalid UTF-8 becomes U+FFFD with a warning at each place;
    /// without it, the file is refused at the first bad byte.
    public func analyzeFile(path: String, replacingInvalid: Bool = false) -> Result<AnnotatedText, RenderedDiagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RenderedDiagnostic(path: path, line: 0, column: 0, severity: .error, rule: "input.unreadable", message: "cannot read file"))
        }
        switch SourceDecoding.decode(Array(data), replacingInvalid: replacingInvalid) {
        case .failure(.invalidUTF8(let offset)):
            // Line and column counted in bytes up to the bad byte: the text before it is valid.
            let before = data.prefix(offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            return .failure(RenderedDiagnostic(path: path, line: line, column: column, severity: .error, rule: "input.invalid-utf8", message: "invalid UTF-8 at byte offset \(offset); no edition written"))
        case .success(let decoded):
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            var text = analyze(name: name, source: decoded.source)
            let replaced = decoded.replacements.map {
                Diagnostic(.warning, rule: "input.invalid-utf8", "invalid UTF-8 replaced by U+FFFD", at: $0)
            }
            text.diagnostics = (Diagnostic.capped(replaced) + text.diagnostics).sorted { ($0.offset, $0.rule) < ($1.offset, $1.rule) }
            return .success(text)
        }
    }

}
