import Foundation
import MorgueReaders
import Testing

@Suite struct PlainTextReaderTests {
    let reader = PlainTextReader()

    @Test func dateMarkerMayRunIntoTheFirstParagraph() throws {
        let draft = try reader.read(" date 2019-12-31 Militants gathered:\n\nMore text.", path: "a.txt")
        #expect(draft.published?.description == "2019-12-31")
        #expect(draft.title == nil)
        #expect(draft.body == "Militants gathered:\n\nMore text.")
    }

    @Test func titleLineBeforeABlankLine() throws {
        let draft = try reader.read("Storm Hits Coast\r\n\r\nThe storm arrived.\r\nIt was loud.", path: "b.txt")
        #expect(draft.title == "Storm Hits Coast")
        #expect(draft.body == "The storm arrived.\nIt was loud.")
    }

    @Test func headerLines() throws {
        let draft = try reader.read("Title: Harbour plan\nBy: Ann Lee\nURL: https://x.test/h\nDate: March 3, 2021\n\nBody.",
                                    path: "c.txt")
        #expect(draft.title == "Harbour plan")
        #expect(draft.byline == "Ann Lee")
        #expect(draft.url == "https://x.test/h")
        #expect(draft.published?.description == "2021-03-03")
        #expect(draft.body == "Body.")
    }

    @Test(arguments: ["", "   \n\n  ", "date 2020-01-01"])
    func storyWithoutTextIsAnError(text: String) {
        #expect(throws: ReadError.self) { try reader.read(text, path: "empty.txt") }
    }

    @Test func sentenceIsNotATitle() throws {
        let draft = try reader.read("The mayor resigned on Friday.\n\nShe gave no reason.", path: "d.txt")
        #expect(draft.title == nil)
    }
}
