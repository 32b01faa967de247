import Foundation
import Testing

/// Story files in the encodings and shapes newsrooms actually have, ingested through the real
/// `morgue ingest` and checked for the exact text stored.
@Suite struct EncodingIngestTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    /// Accents, curly quotes, guillemets, a dash and the euro sign: all in Windows-1252 too.
    static let title = "Café “Zoë” reopens"
    static let body = "«Olé», said José Núñez — it cost 5 €.\n\nThe café on the quay had been shut since the floods "
        + "of last winter, when the river rose over the wall and filled its cellar; the owners spent the spring "
        + "drying the floor and the summer rebuilding the bar."
    static var story: String { "\(title)\n\n\(body)\n" }

    enum Encoding: String, CaseIterable, CustomTestStringConvertible {
        case utf8, utf8WithBOM, utf16LittleEndianWithBOM, utf16BigEndianWithBOM, windows1252, crlf, nulBytes
        var testDescription: String { rawValue }

        var bytes: Data {
            let text = EncodingIngestTests.story
            switch self {
            case .utf8: return Data(text.utf8)
            case .utf8WithBOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            case .utf16LittleEndianWithBOM:
                return Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            case .utf16BigEndianWithBOM:
                return Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            case .windows1252: return text.data(using: .windowsCP1252)!
            case .crlf: return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            // Two stray NULs, as a bad export leaves them: one inside a word, one at the end.
            case .nulBytes: return Data(text.replacingOccurrences(of: "Olé", with: "Ol\u{0}é").utf8 + [0])
            }
        }
    }

    @Test(arguments: Encoding.allCases)
    func storyFileIsStoredWithItsText(_ encoding: Encoding) throws {
        let bytes = encoding.bytes
        if encoding == .windows1252 {
            // The file really is legacy bytes: é is one byte 0xE9, € is 0x80, and it is not UTF-8.
            #expect(bytes.contains(0xE9) && bytes.contains(0x80))
            #expect(String(data: bytes, encoding: .utf8) == nil)
        }
        let path = try morgue.write("story-\(encoding.rawValue).txt", bytes)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 new"))
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == Self.title)
        #expect(story["body"] as? String == Self.body)
        #expect(try morgue.run(["search", "Núñez", "--format", "json"]).jsonArray().count == 1)
    }

    @Test func latin1FeedDeclaringItsEncodingIsDecoded() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Le Quotidien</title>
            <item><title>Été à Montréal</title><link>https://example.com/ete</link>
            <description>Le maire a déclaré que l'été serait chaud.</description></item>
            </channel></rss>
            """
        let bytes = try #require(xml.data(using: .isoLatin1))
        #expect(String(data: bytes, encoding: .utf8) == nil)
        let path = try morgue.write("quotidien.xml", bytes)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == "Été à Montréal")
        #expect(story["body"] as? String == "Le maire a déclaré que l'été serait chaud.")
    }

    @Test func utf16FeedWithBOMIsDecoded() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Ποταμός</title>
            <entry><title>Γέφυρα</title><id>https://example.com/gefyra</id><content>Η γέφυρα άνοιξε.</content></entry></feed>
            """
        let path = try morgue.write("greek.atom", Data([0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == "Γέφυρα")
        #expect(story["outlet"] as? String == "Ποταμός")
        #expect(story["body"] as? String == "Η γέφυρα άνοιξε.")
    }

    @Test func oversizedFileIsRefusedUntilTheLimitIsRaised() throws {
        let path = try morgue.write("long.txt", "Long read\n\n" + String(repeating: "The river rose again. ", count: 60_000))
        let refused = try morgue.run(["ingest", path, "--max-file-size", "1"])
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("0 new, 0 updated, 0 unchanged, 1 failed"))
        #expect(refused.stderr.contains("long.txt: the file is 1 MB, over the 1 MB limit; raise it with --max-file-size"))
        let accepted = try morgue.run(["ingest", path, "--max-file-size", "2"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.hasPrefix("1 new"))
    }

    @Test func aLinkToAnOversizedFileIsRefusedToo() throws {
        let path = try morgue.write("long.txt", "Long read\n\n" + String(repeating: "The river rose again. ", count: 60_000))
        let link = morgue.directory.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        let refused = try morgue.run(["ingest", link, "--max-file-size", "1"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("link.txt: the file is 1 MB, over the 1 MB limit"))
    }
}
