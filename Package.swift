// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tei-edition",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tei-edition", targets: ["tei-edition"]),
        .library(name: "EditionCore", targets: ["EditionCore"]),
        .library(name: "TEIWriter", targets: ["TEIWriter"]),
        .library(name: "EditionKit", targets: ["EditionKit"]),
        .library(name: "EditionSite", targets: ["EditionSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Only TEIWriter imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // libxslt from the system (Debian: libxslt1-dev). Only EditionSite imports it.
        .systemLibrary(
            name: "CLibXSLT",
            pkgConfig: "libxslt",
            providers: [.apt(["libxslt1-dev"]), .brew(["libxslt"])]
        ),
        // Pure logic: source text, tokenizer, structure, tagger, diagnostics. No I/O, no libxml2.
        .target(name: "EditionCore"),
        // Builds the TEI tree with libxml2, serializes and validates it.
        .target(name: "TEIWriter", dependencies: ["EditionCore", "CLibXML2"]),
        // The project's RELAX NG schema, shipped as a resource.
        .target(
            name: "EditionSchemas",
            path: "Schemas",
            exclude: ["examples", "README.md"],
            resources: [.copy("tei-edition.rng")]
        ),
        // File system, lexicon loading, the build driver: everything the CLI needs.
        .target(
            name: "EditionKit",
            dependencies: ["EditionCore", "TEIWriter", "EditionSchemas"],
            resources: [.copy("Resources/lexicons"), .copy("Resources/persons.xml")]
        ),
        // The static site: XSLT reading pages (libxslt), registers, chronology, search index.
        .target(
            name: "EditionSite",
            dependencies: ["EditionKit", "TEIWriter", "CLibXSLT", "CLibXML2"],
            resources: [.copy("Resources/site")]
        ),
        .executableTarget(
            name: "tei-edition",
            dependencies: [
                "EditionKit", "EditionCore", "TEIWriter", "EditionSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Per-stage throughput (make bench, docs/PERFORMANCE.md).
        .executableTarget(name: "tei-edition-bench", dependencies: ["EditionKit", "EditionCore", "TEIWriter", "BenchAllocations"]),
        // Counts heap allocations for the benchmark (replaces malloc in that executable only).
        .target(name: "BenchAllocations"),
        // The fuzz check (make fuzz links it with libFuzzer; FuzzRegressionTests replay its finds).
        .target(name: "EditionFuzz", dependencies: ["EditionKit", "EditionCore", "TEIWriter"]),
        .testTarget(name: "EditionCoreTests", dependencies: ["EditionCore"]),
        .testTarget(name: "EditionSiteTests", dependencies: ["EditionSite", "EditionKit", "TEIWriter"]),
        .testTarget(
            name: "EditionTests",
            dependencies: ["EditionKit", "TEIWriter", "EditionCore", "EditionFuzz"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
