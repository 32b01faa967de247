import Foundation
import MorgueReaders
import Testing

/// The splitter must cut a file fed in chunks of any size exactly as the whole file is cut.
@Suite struct JSONLinesSplitterTests {
    let reader = JSONArticleReader()

    /// The titles (or errors) read from `bytes` fed `chunkSize` bytes at a time.
    private func read(_ bytes: [UInt8], chunkSize: Int) -> [String] {
        var splitter = JSONLinesSplitter(path: "s.jsonl")
        var lines: [JSONLine] = []
        do {
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + chunkSize)
                lines += try splitter.lines(in: Data(bytes[start..<end]))
                start = end
            }
            lines += try splitter.finish()
        } catch {
            return [error.description]
        }
        return lines.map { line in
            switch reader.read(line) {
            case let .success(draft): "\(line.number): \(draft.title ?? "")"
            case let .failure(error): error.description
            }
        }
    }

    @Test(arguments: [1, 2, 7, 64, 8191, 8192, 100_000])
    func chunksOfAnySizeGiveTheSameLines(chunkSize: Int) {
        let longTitle = String(repeating: "L", count: 20_000)
        let text = "\u{FEFF}{\"title\": \"A\", \"text\": \"a\"}\r\n\n   \n{\"title\": \"B\", \"text\": \n"
            + "{\"title\": \"\(longTitle)\", \"text\": \"c\"}\n{\"title\": \"Ü\", \"text\": \"d\"}"
        let lines = read(Array(text.utf8), chunkSize: chunkSize)
        #expect(lines.count == 4)
        #expect(lines[0] == "1: A")
        #expect(lines[1].hasPrefix("s.jsonl:4: broken JSON"))
        #expect(lines[2] == "5: \(longTitle)")
        #expect(lines[3] == "6: Ü")
    }

    @Test func aLineThatIsNotUTF8IsReadAsWindows1252() {
        let bytes = Array("{\"title\": \"Caf\u{E9}\", \"text\": \"a\"}\n{\"title\": \"".utf8) + [0x93, 0x48, 0x69, 0x94]
            + Array("\", \"text\": \"b\"}\n".utf8)
        #expect(read(bytes, chunkSize: 5) == ["1: Café", "2: \u{201C}Hi\u{201D}"])
    }

    @Test func utf16IsReadWhole() {
        let text = "{\"title\": \"Γ\", \"text\": \"a\"}\n{\"title\": \"B\", \"text\": \"b\"}\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(read(bytes, chunkSize: 3) == ["1: Γ", "2: B"])
    }

    @Test func aBinaryFileIsRefusedOnce() {
        let bytes = (0..<20_000).map { UInt8($0 % 7) }
        #expect(read(bytes, chunkSize: 1000) == ["s.jsonl: this is a binary file, not a story (no text encoding fits it)"])
    }
}
