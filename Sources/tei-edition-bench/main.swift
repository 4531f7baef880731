import BenchAllocations
import EditionCore
import EditionKit
import Foundation
import TEIWriter

// Per-stage throughput of the pipeline over a corpus (make bench): each stage timed on its own
// over every document, then the whole build end to end with 1 and 2 workers.
// usage: tei-edition-bench FOLDER_OR_FILE...

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let (inputs, problems) = InputDiscovery.discover(Array(CommandLine.arguments.dropFirst()))
guard problems.isEmpty, !inputs.isEmpty else {
    problems.forEach { FileHandle.standardError.write(Data(($0.description + "\n").utf8)) }
    FileHandle.standardError.write(Data("usage: tei-edition-bench FOLDER_OR_FILE...\n".utf8))
    exit(2)
}

let loadStart = now()
let resources = AnalysisResources.load(corpusFolder: nil)
let validator = try SchemaValidator(schemaPath: AnalysisResources.defaultSchemaPath!)
let builder = EditionBuilder(resources: resources, validator: validator)
let loadSeconds = now() - loadStart

/// The timings, in the order the stages ran.
final class Timings: @unchecked Sendable {
    var rows: [(stage: String, seconds: Double, allocations: UInt64)] = []
}
let timings = Timings()

func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let start = now(), allocationsBefore = bench_allocation_count()
    let result = try body()
    timings.rows.append((name, now() - start, bench_allocation_count() - allocationsBefore))
    return result
}

let files = stage("read") { inputs.map { FileManager.default.contents(atPath: $0.path).map { [UInt8]($0) } ?? [] } }
let megabytes = Double(files.reduce(0) { $0 + $1.count }) / 1_000_000
let sources = stage("decode") { files.compactMap { try? SourceDecoding.decode($0).get().source } }
let tokenizer = Tokenizer(abbreviations: resources.lexicon.abbreviations, numberWords: Set(resources.lexicon.numberWords.keys))
_ = stage("tokenize") { sources.map { tokenizer.tokenize($0).count }.reduce(0, +) }
let analysed = stage("analyse (header, structure, tokenize, tag)") { sources.map { builder.analyzer.analyze(name: "bench", source: $0) } }
let serialized = stage("build TEI tree + serialize") { analysed.map { builder.writer.write($0) } }
_ = stage("build + serialize + validate") { analysed.map { builder.writer.writeValidated($0, validator: validator).issues.count } }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-edition-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
try stage("write (temporary file + rename)") {
    for (i, xml) in serialized.enumerated() { try AtomicFile.write(xml, to: folder.appendingPathComponent("s/\(i).xml").path) }
}
for jobs in [1, 2] {
    _ = stage("end to end, --jobs \(jobs)") { builder.build(inputs, outputFolder: folder.appendingPathComponent("j\(jobs)").path, jobs: jobs) }
}

print(String(format: "%d documents, %.2f MB; loading lexicons, personography and schema: %.3f s", inputs.count, megabytes, loadSeconds))
print("stage                                          seconds      MB/s     docs/s   allocs/KB")
for row in timings.rows {
    print(row.stage.padding(toLength: 44, withPad: " ", startingAt: 0)
        + String(format: "%10.3f %9.2f %10.1f %11.1f", row.seconds, megabytes / row.seconds, Double(inputs.count) / row.seconds,
                 Double(row.allocations) / (megabytes * 1000)))
}
print(String(format: "peak RSS: %.0f MB", peakRSSMegabytes()))
