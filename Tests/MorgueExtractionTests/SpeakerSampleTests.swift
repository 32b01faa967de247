import Foundation
import Testing
@testable import MorgueExtraction

/// Speakers on the shared sample stories, read in place (never copied here).
struct SpeakerSampleTests {
    private static let samples = SampleStory.folder

    private func extraction(_ prefix: String) throws -> Extraction {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
        let file = try #require(files.first { $0.hasPrefix(prefix) })
        let body = try String(contentsOf: Self.samples.appendingPathComponent(file), encoding: .utf8)
        return Extractor().extract(ArticleDraft(body: body))
    }

    private func quote(_ start: String, in extraction: Extraction) -> Quote? {
        extraction.quotes.first { $0.text.hasPrefix(start) }
    }

    @Test func embassyStorySpeakers() throws {
        let story = try extraction("003")
        let esper = quote("We have taken", in: story)
        #expect(esper?.speaker == "Mark Esper")
        #expect(esper?.speakerRole == "Defense Secretary")
        let spokesperson = quote("U.S. personnel are secure", in: story)
        #expect(spokesperson?.speaker == "State Department spokesperson")
        #expect(spokesperson?.text == "U.S. personnel are secure and there has been no breach.")
        let tweet = quote("Iran killed an American contractor", in: story)
        #expect(tweet?.speaker == "Donald Trump")
        #expect(tweet?.cue == "tweeted")
        let later = quote("To those many millions", in: story)
        #expect(later?.speaker == "Donald Trump")
        #expect(later?.speakerMention == "Trump")
        #expect(quote("As in all countries", in: story)?.speaker == "Mark Esper")
    }

    @Test func embassyStoryActors() throws {
        let story = try extraction("003")
        let esper = story.actors.first { $0.name == "Mark Esper" }
        #expect(esper?.role == "Defense Secretary")
        #expect(esper?.kind == .person)
        #expect(esper?.aliases.contains("Esper") == true)
        let trump = story.actors.first { $0.name == "Donald Trump" }
        #expect(trump?.role == "President")
        #expect(trump?.aliases.contains("Trump") == true)
    }
}
