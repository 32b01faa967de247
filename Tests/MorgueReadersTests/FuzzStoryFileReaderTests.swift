import Foundation
import MorgueExtraction
import MorgueReaders
import Testing

/// Drives every reader, through `StoryFileReader` as ingest does, with random, mutated and hostile
/// bytes under each extension Morgue reads (after the HTML and feed readers land, `.html`, `.rss`
/// and `.atom` reach them through the same entry point), then extracts whatever drafts come out.
/// Nothing may crash or hang; every draft has a body (the archive refuses empty ones, and one such
/// draft would fail its whole batch) and every error names the file. The budget is seeded and fixed;
/// `MORGUE_FUZZ_CASES`, `MORGUE_FUZZ_SEED` and `MORGUE_FUZZ_LINE_MB` raise or change it.
@Suite struct FuzzStoryFileReaderTests {
    static let paths = ["story.txt", "story.json", "stories.jsonl", "page.html", "feed.rss", "feed.atom"]
    let reader = StoryFileReader()
    let extractor = Extractor()

    @Test func randomAndMutatedFiles() {
        var random = FuzzRandom(seed: FuzzBudget.seed)
        for index in 0..<FuzzBudget.cases {
            let path = Self.paths[index % Self.paths.count]
            let shape = HostileBytes.Shape.allCases[(index / Self.paths.count) % HostileBytes.Shape.allCases.count]
            check(HostileBytes.make(shape, for: path, using: &random), path: path, case: "\(shape) #\(index)")
        }
        print("FuzzStoryFileReaderTests: \(FuzzBudget.cases) random and mutated files, seed \(FuzzBudget.seed)")
    }

    @Test(arguments: paths)
    func deepNesting(path: String) {
        for opener in ["[", "{\"a\":", "<div>", "<item><title>", "<entry>", "<![CDATA[", "<!--"] {
            let bytes = Data((String(repeating: opener, count: FuzzBudget.nestingDepth) + "text").utf8)
            check(bytes, path: path, case: "\(FuzzBudget.nestingDepth) × \(opener)")
        }
    }

    @Test(arguments: paths)
    func singleLineOfManyMegabytes(path: String) {
        let text = String(repeating: "“Word,” said Maria Okafor & <b>co</b> in Paris. ",
                          count: FuzzBudget.lineMegabytes * 1_048_576 / 50)
        let wrapped: String
        switch path {
        case "story.json", "stories.jsonl": wrapped = "{\"title\": \"Long\", \"text\": \"\(text.replacingOccurrences(of: "\"", with: "'"))\"}"
        case "page.html": wrapped = "<html><body><article><p>\(text)</p></article></body></html>"
        case "feed.rss": wrapped = "<rss><channel><item><title>Long</title><description>\(text)</description></item></channel></rss>"
        case "feed.atom": wrapped = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>\(text)</content></entry></feed>"
        default: wrapped = text
        }
        check(Data(wrapped.utf8), path: path, case: "\(FuzzBudget.lineMegabytes) MB single line")
    }

    private func check(_ data: Data, path: String, case name: String) {
        for outcome in reader.read(data, path: path) {
            switch outcome {
            case let .success(draft):
                #expect(!draft.body.isEmpty, "\(path) \(name): a story with an empty body")
                let extraction = extractor.extract(draft)
                let length = draft.body.unicodeScalars.count
                #expect(extraction.quotes.allSatisfy { $0.span.end <= length }, "\(path) \(name): a quote outside the body")
            case let .failure(error):
                #expect(error.path == path, "\(path) \(name): the error names \(error.path)")
                #expect(!error.reason.isEmpty)
            }
        }
    }
}

/// Files that break readers: random bytes, invalid UTF-8, NULs, byte-order marks on garbage, and
/// valid stories of each format with random byte edits.
enum HostileBytes {
    enum Shape: CaseIterable { case randomBytes, mutatedValid, invalidUTF8, nulsAndMarks, textPieces }

    static func valid(for path: String) -> String {
        switch (path as NSString).pathExtension {
        case "json": return #"{"title": "Harbour “reopens”", "url": "https://example.com/a", "date": "2019-12-31", "outlet": "Reuters", "text": "“We are ready,” Esper said in Baghdad."}"#
        case "jsonl": return #"{"title": "A", "text": "“Yes,” she said."}"# + "\n" + #"{"headline": "B", "body": "Reuters reports that the talks failed.", "link": "https://x.y/b"}"# + "\n"
        case "html": return "<!doctype html><html><head><meta charset=utf-8><title>Harbour</title></head><body><article><h1>Harbour reopens</h1><p class=byline>By Ann Lee</p><p>“We are ready,” Esper said.</p><script>alert(1)</script></article></body></html>"
        case "rss": return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>Harbour</title><link>https://x.y/1</link><pubDate>Tue, 31 Dec 2019 14:05:00 GMT</pubDate><description><![CDATA[<p>“We are ready,” Esper said.</p>]]></description></item></channel></rss>"
        case "atom": return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title><entry><title>Harbour</title><link href=\"https://x.y/1\"/><updated>2019-12-31T14:05:00Z</updated><content type=\"html\">&lt;p&gt;“Ready,” Esper said.&lt;/p&gt;</content></entry></feed>"
        default: return "date 2019-12-31\nHarbour reopens\n\n“We are ready,” Esper said in Baghdad.\n"
        }
    }

    static func make(_ shape: Shape, for path: String, using random: inout FuzzRandom) -> Data {
        switch shape {
        case .randomBytes:
            return Data((0..<Int.random(in: 0...4_000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
        case .mutatedValid:
            var bytes = Array(valid(for: path).utf8)
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &random)))
                case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 40)], at: at)
                default: if at < bytes.count { bytes[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random) }
                }
            }
            return Data(bytes)
        case .invalidUTF8:
            var bytes = Array(valid(for: path).utf8)
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let bad: [[UInt8]] = [[0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
                bytes.insert(contentsOf: bad.randomElement(using: &random)!, at: Int.random(in: 0...bytes.count, using: &random))
            }
            return Data(bytes)
        case .nulsAndMarks:
            let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0], [0, 0, 0, 0]]
            var bytes = marks.randomElement(using: &random)! + Array(valid(for: path).utf8)
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                bytes.insert(0, at: Int.random(in: 0...bytes.count, using: &random))
            }
            return Data(bytes)
        case .textPieces:
            return Data(HostileText.make(HostileText.Shape.allCases.randomElement(using: &random)!, using: &random).utf8)
        }
    }
}
