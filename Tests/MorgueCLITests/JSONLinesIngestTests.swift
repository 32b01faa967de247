import Foundation
import Testing

/// JSON Lines files are read a chunk at a time (1 MB) and stored a batch of stories at a time: these
/// files cross chunk and batch boundaries, through the real binary, and must read as a whole file would.
@Suite struct JSONLinesIngestTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    /// A record padded with a field Morgue ignores, so that a few hundred lines span several chunks.
    private func record(_ number: Int, padding: Int = 5_000) -> String {
        #"{"url": "https://example.com/\#(number)", "title": "Story \#(number)", "notes": ""#
            + String(repeating: "x", count: padding)
            + #"", "text": "The council met for the \#(number)th time."}"#
    }

    @Test func aBadLineInTheMiddleOfALargeFileIsNamedAndTheRestIsStored() throws {
        var lines = (1...600).map { record($0) }
        lines[299] = #"{"url": "https://example.com/300", "text": "unterminated"#
        lines[449] = #"["not", "a", "story"]"#
        let path = try morgue.write("large.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("598 new, 0 updated, 0 unchanged, 2 failed"))
        #expect(result.stderr.contains("large.jsonl:300: broken JSON"))
        #expect(result.stderr.contains("large.jsonl:450: expected a JSON object for a story"))
        let stories = try morgue.run(["export"]).ndjson()
        let paths = Set(stories.compactMap { $0["source_path"] as? String })
        #expect(stories.count == 598)
        #expect(paths.contains(path + "#line=299") && paths.contains(path + "#line=301") && paths.contains(path + "#line=600"))
        #expect(!paths.contains(path + "#line=300"))
        let runs = try morgue.run(["runs", "--format", "json"]).jsonArray()
        let errorLines = try #require(runs.first?["errors"] as? [[String: Any]]).compactMap { $0["line"] as? Int }
        #expect(errorLines.sorted() == [300, 450])
    }

    @Test func aLineLongerThanAChunkIsReadWhole() throws {
        let long = #"{"url": "https://example.com/long", "title": "Long", "notes": ""#
            + String(repeating: "y", count: 1_500_000) + #"", "text": "The long record's story."}"#
        let path = try morgue.write("long.jsonl", [record(1), long, record(3)].joined(separator: "\n") + "\n")
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 new"))
        let bodies = Set(try morgue.run(["export"]).ndjson().compactMap { $0["body"] as? String })
        #expect(bodies == ["The council met for the 1th time.", "The long record's story.", "The council met for the 3th time."])
    }

    @Test func crlfLinesABlankLineAndALastLineWithoutNewline() throws {
        let text = record(1, padding: 10) + "\r\n" + "  \r\n" + record(3, padding: 10) + "\r\n" + record(4, padding: 10)
        let path = try morgue.write("windows.jsonl", text)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 new"))
        let paths = Set(try morgue.run(["export"]).ndjson().compactMap { $0["source_path"] as? String })
        #expect(paths == [path + "#line=1", path + "#line=3", path + "#line=4"])
    }

    @Test func aByteOrderMarkAndALegacyLineAreDecoded() throws {
        let first = Data([0xEF, 0xBB, 0xBF]) + Data(#"{"title": "Caf\#u{E9}", "text": "First story."}"#.utf8) + Data("\n".utf8)
        // Windows-1252: “Hi” in curly quotes, as an old CMS wrote them.
        let second = Data(#"{"title": "Legacy", "text": "He said "#.utf8) + Data([0x93]) + Data("Hi".utf8) + Data([0x94])
            + Data(#"."}"#.utf8) + Data("\n".utf8)
        let path = try morgue.write("legacy.jsonl", first + second)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        let stories = try morgue.run(["export"]).ndjson()
        #expect(Set(stories.compactMap { $0["title"] as? String }) == ["Café", "Legacy"])
        #expect(stories.contains { $0["body"] as? String == "He said \u{201C}Hi\u{201D}." })
    }

    @Test func anOversizedFileIsRefusedAndALinkIsReadAsItsFile() throws {
        let path = try morgue.write("big.jsonl", (1...300).map { record($0) }.joined(separator: "\n") + "\n")
        let link = morgue.directory.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        let refused = try morgue.run(["ingest", link, "--max-file-size", "1"])
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("0 new, 0 updated, 0 unchanged, 1 failed"))
        #expect(refused.stderr.contains("link.jsonl: the file is 1 MB, over the 1 MB limit"))
        let accepted = try morgue.run(["ingest", link, "--max-file-size", "2"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.hasPrefix("300 new"))
    }

    @Test func aBinaryFileNamedJSONLinesIsRefusedOnce() throws {
        let path = try morgue.write("photo.jsonl", Data((0..<20_000).map { UInt8($0 % 7) }))
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("0 new, 0 updated, 0 unchanged, 1 failed"))
        #expect(result.stderr.contains("photo.jsonl: this is a binary file"))
    }
}
