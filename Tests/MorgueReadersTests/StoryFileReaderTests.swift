import Foundation
import MorgueReaders
import Testing

@Suite struct StoryFileReaderTests {
    let reader = StoryFileReader()

    @Test func jsonLinesNameTheBadLine() {
        let outcomes = reader.read(Data("{\"text\": \"ok\"}\n{\"text\": \n[1]\n".utf8), path: "x.jsonl")
        #expect(outcomes.count == 3)
        guard case let .failure(broken) = outcomes[1], case let .failure(notObject) = outcomes[2] else {
            Issue.record("expected two failures")
            return
        }
        #expect(broken.description.hasPrefix("x.jsonl:2: broken JSON"))
        #expect(notObject.description == "x.jsonl:3: expected a JSON object for a story")
    }

    @Test func jsonArraysAreReadFromTheirBytesWhateverTheEncoding() throws {
        // UTF-8 is parsed in place; Windows-1252 (“Hi” in curly quotes) is decoded first, as text is.
        let utf8 = reader.read(Data(#"[{"title": "Café", "text": "a"}, {"text": ""}]"#.utf8), path: "x.json")
        #expect(try utf8[0].get().title == "Café")
        guard case let .failure(empty) = utf8[1] else { Issue.record("an empty story must fail"); return }
        #expect(empty.description.hasPrefix("x.json:2: the record has no story text"))
        let legacy = Data(#"[{"title": "Legacy", "text": "He said "#.utf8) + Data([0x93]) + Data("Hi".utf8) + Data([0x94]) + Data(#""}]"#.utf8)
        #expect(try reader.read(legacy, path: "x.json").first?.get().body == "He said \u{201C}Hi\u{201D}")
        let broken = reader.read(Data(#"[{"text": "a"}"#.utf8), path: "x.json")
        guard case let .failure(error) = broken.first else { Issue.record("broken JSON must fail"); return }
        #expect(error.description.hasPrefix("x.json: broken JSON"))
    }

    @Test func windows1252TextIsDecoded() throws {
        var bytes = [UInt8]("He said ".utf8)
        bytes += [0x93] + [UInt8]("hello".utf8) + [0x94]
        let outcomes = reader.read(Data(bytes), path: "legacy.txt")
        let draft = try #require(try outcomes.first?.get())
        #expect(draft.body == "He said “hello”")
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let draft = try #require(try reader.read(Data([0xEF, 0xBB, 0xBF] + Array("Story.".utf8)), path: "bom.txt").first?.get())
        #expect(draft.body == "Story.")
    }

    @Test func binaryIsRefused() {
        let outcomes = reader.read(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]), path: "x.png")
        guard case let .failure(error) = outcomes.first else {
            Issue.record("a binary file must not be read as a story")
            return
        }
        #expect(error.description.contains("binary file"))
    }
}
