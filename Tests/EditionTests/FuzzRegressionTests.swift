import EditionFuzz
import Foundation
import Testing

/// Every input of the fuzzing seed corpus and every input fuzzing ever found failing
/// (`Fuzz/corpus`, `Fuzz/crashes`) goes through the fuzz check: a broken invariant traps.
@Suite struct FuzzRegressionTests {
    static let inputs: [URL] = ["Fuzz/corpus", "Fuzz/crashes"].flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(at: Paths.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent != "README.md" }
    }.sorted { $0.path < $1.path }

    @Test(arguments: inputs)
    func replay(_ input: URL) throws {
        FuzzCheck.check(Array(try Data(contentsOf: input)))
    }
}
