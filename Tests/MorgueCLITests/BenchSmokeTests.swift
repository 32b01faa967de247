import Foundation
import Testing

/// `Scripts/bench` end to end on a few hundred stories, with the debug binary the tests use: a smoke
/// test that the benchmark still runs and measures every query kind. No timing is asserted; the
/// figures are meaningful only from a release build at scale (see README, "Performance").
@Suite struct BenchSmokeTests {
    @Test(.timeLimit(.minutes(10))) func benchRunsOnAFewHundredStories() throws {
        let morgue = try MorgueRunner()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent("Scripts/bench")
        process.arguments = ["300", "5"]
        var environment = ProcessInfo.processInfo.environment
        environment["MORGUE"] = MorgueRunner.binary.path
        environment["BENCH_DIR"] = morgue.directory.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Scripts/bench failed; its output:\n\(output)")
        #expect(output.contains("300 stories"))
        for row in ["| ingest, extraction included |", "| extraction alone, all cores |", "| peak memory of ingest |"] {
            #expect(output.contains(row), "no \(row) row in:\n\(output)")
        }
        for kind in ["one word", "phrase", "two words", "prefix", "word + date range", "word + outlet",
                     "quotes by person", "word + location"] {
            let line = output.split(separator: "\n").first { $0.hasPrefix("| \(kind) |") }
            let row = try #require(line, "no \(kind) row in:\n\(output)")
            // | kind | median | p95 | max | mean results |: words sampled from the archive are found.
            let meanResults = Double(row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.last ?? "")
            if kind == "one word" || kind == "prefix" { #expect((meanResults ?? 0) > 0, "\(kind) found nothing: \(row)") }
        }
    }
}
