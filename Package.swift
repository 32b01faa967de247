// swift-tools-version:6.1
import PackageDescription

/// Morgue: a newsroom archive. Data flows one way:
/// readers → `ArticleDraft` → `Extractor` (pure) → `Extraction` → `Archive` (owns SQL) → formatters → CLI.
let package = Package(
    name: "Morgue",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "morgue", targets: ["morgue"]),
        .library(name: "MorgueExtraction", targets: ["MorgueExtraction"]),
        .library(name: "MorgueArchive", targets: ["MorgueArchive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Pure extraction: String + metadata in, values out. No database, no files, no clock.
        .target(name: "MorgueExtraction"),
        // libxml2's HTML parser, from Debian's libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // Bytes of a file (text, JSON, JSONL, HTML) in, article drafts out. No I/O of its own.
        .target(
            name: "MorgueReaders",
            dependencies: [
                "MorgueExtraction",
                "CLibXML2",
            ]),
        // The only owner of SQL: schema migrations, storage, queries.
        .target(
            name: "MorgueArchive",
            dependencies: [
                "MorgueExtraction",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the FTS5 ranking function (SearchRank).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: [.define("SQLITE_ENABLE_FTS5")]),
        // Walks files and folders, reads, extracts in parallel, and hands results to the archive.
        .target(
            name: "MorgueIngest",
            dependencies: [
                "MorgueExtraction", "MorgueReaders", "MorgueArchive",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Renders query results as table, JSON, NDJSON and CSV.
        .target(
            name: "MorgueOutput",
            dependencies: ["MorgueArchive"]),
        .executableTarget(
            name: "morgue",
            dependencies: [
                "MorgueExtraction", "MorgueReaders", "MorgueArchive", "MorgueIngest", "MorgueOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "MorgueExtractionTests", dependencies: ["MorgueExtraction"]),
        .testTarget(name: "MorgueReadersTests", dependencies: ["MorgueReaders"]),
        .testTarget(
            name: "MorgueArchiveTests",
            dependencies: ["MorgueArchive", "MorgueExtraction"],
            swiftSettings: [.define("SQLITE_ENABLE_FTS5")]),
        .testTarget(
            name: "MorgueCLITests",
            dependencies: ["morgue", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "MorgueOutputTests", dependencies: ["MorgueOutput", "MorgueArchive", "MorgueExtraction"]),
    ],
    swiftLanguageModes: [.v6]
)
