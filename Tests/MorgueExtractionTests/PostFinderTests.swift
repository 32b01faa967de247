import Foundation
import Testing
@testable import MorgueExtraction

/// Sample stories live in the shared folder beside the repository; they are read, never copied.
enum SampleStory {
    /// `$MORGUE_SAMPLES` (Scripts/test sets it), else `shared/samples` beside the checkout.
    static let folder = ProcessInfo.processInfo.environment["MORGUE_SAMPLES"].map(URL.init(fileURLWithPath:))
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples")

    static func story(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}

@Suite struct PostFinderTests {
    let finder = EmbeddedPostFinder()

    @Test func postWithLinksKeepsOnlyTheWords() throws {
        let body = "Intro line:\n\nStorm over the embassy https://t.co/abc pic.twitter.com/xyz — Arab News (@arabnews) December 31, 2019\n"
        let posts = finder.posts(in: ScalarText(body))
        let post = try #require(posts.first)
        #expect(posts.count == 1)
        #expect(post.text == "Storm over the embassy")
        #expect(ScalarText(body).string(post.span) == "Storm over the embassy")
        #expect(post.kind == .embeddedPost)
        #expect(post.speaker == "Arab News")
        #expect(post.speakerMention == "Arab News")
        #expect(post.speakerSpan.map { ScalarText(body).string($0) } == "Arab News")
        #expect(post.speakerHandle == "@arabnews")
        #expect(post.cue == "tweeted")
        #expect(post.date == NewsDate(year: 2019, month: 12, day: 31))
    }

    @Test(arguments: [
        ("Fire at the gate #Erbilhttps://t.co/TTK pic.twitter.com/wS – Rudaw English (@RudawEnglish) Jan 2, 2020",
         "Fire at the gate #Erbil", "Rudaw English", "@RudawEnglish", "2020-01-02", "tweeted"),
        ("We are ready - Jane Doe (@jdoe) March 4, 2021", "We are ready", "Jane Doe", "@jdoe", "2021-03-04", "posted"),
        ("First paragraph.\n\nSecond post text — Donald J. Trump (@realDonaldTrump) December 31, 2019",
         "Second post text", "Donald J. Trump", "@realDonaldTrump", "2019-12-31", "posted"),
    ])
    func dashesAndGluedLinks(body: String, text: String, speaker: String, handle: String, date: String, cue: String) throws {
        let post = try #require(finder.posts(in: ScalarText(body)).first)
        #expect(post.text == text)
        #expect(ScalarText(body).string(post.span) == text)
        #expect(post.speaker == speaker)
        #expect(post.speakerHandle == handle)
        #expect(post.date?.description == date)
        #expect(post.cue == cue)
    }

    @Test(arguments: [
        "Reach him on Twitter (@jdoe) for comment.",
        "He wrote — at length (@jdoe) about it.",
        "A post without a date — Jane Doe (@jdoe)",
    ])
    func ignoresHandlesThatAreNotEmbeds(body: String) {
        #expect(finder.posts(in: ScalarText(body)).isEmpty)
    }

    @Test func sampleStoryHasTenPosts() throws {
        let text = ScalarText(try SampleStory.story("000_4ec155f8137147e7.txt"))
        let posts = finder.posts(in: text)
        #expect(posts.map { $0.speaker ?? "" } == [
            "Arab News", "Reuters", "Rudaw English", "Donald J. Trump", "CNN", "Michael Barbaro",
            "BBC Breaking News", "Reuters", "Michael Barbaro", "Rudaw English",
        ])
        #expect(posts.map { $0.speakerHandle ?? "" } == [
            "@arabnews", "@Reuters", "@RudawEnglish", "@realDonaldTrump", "@CNN", "@mikiebarb",
            "@BBCBreaking", "@Reuters", "@mikiebarb", "@RudawEnglish",
        ])
        #expect(posts.allSatisfy { $0.date == NewsDate(year: 2019, month: 12, day: 31) })
        #expect(posts.allSatisfy { text.string($0.span) == $0.text })
        #expect(posts[2].text.hasSuffix("its consulate in #Erbil"))
        #expect(posts[5].text == "Well this is not going well:")
        #expect(posts[3].text.hasPrefix("Iran killed an American contractor"))
        #expect(posts[3].text.hasSuffix("and so notified!"))
    }
}
