import Foundation
import MorgueArchive
import MorgueExtraction
import MorgueOutput
import Testing

/// An event of 1,000 stories, each with a shared post (lightly edited in half), a statement of its own,
/// a credited claim, two actors and two places: grouped into one event, and its dossier written in
/// every format. How long that takes is measured by `Scripts/bench-dossier` on the release binary;
/// this test only prints it.
@Suite struct DossierScaleTests {
    static let storyCount = 1000

    @Test func thousandStoryEventGroupsAndWritesEveryFormat() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scale-\(UUID().uuidString).sqlite").path
        let archive = try Archive(path: path)
        let articles = (1...Self.storyCount).map { Self.story($0) }
        _ = try archive.store(articles)

        let clock = ContinuousClock()
        let grouping = try clock.measure { try archive.updateEvents() }
        let events = try archive.events()
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.stories == Self.storyCount)

        var dossier: Dossier?
        var sizes: [Int] = []
        let writing = try clock.measure {
            dossier = try archive.dossier(for: String(event.id))
            for format in DossierFormat.allCases { sizes.append(format.render(dossier!).utf8.count) }
        }
        let result = try #require(dossier)
        #expect(result.counts.stories == Self.storyCount)
        let trump = try #require(result.speakers.first { $0.name == "Donald J. Trump" })
        #expect(trump.quoteCount == 1)
        #expect(trump.quotes.first?.carriedBy.count == Self.storyCount)
        #expect(result.disagreements.first?.subject == "breach")
        #expect(result.disagreements.first?.assertions.count == Self.storyCount / 10)
        print("DossierScaleTests: grouping \(Self.storyCount) stories took \(grouping); "
            + "dossier in md, html and json (\(sizes) bytes) took \(writing)")
        #expect(sizes.allSatisfy { $0 > 100_000 }, "\(sizes)")
    }

    static func story(_ number: Int) -> ExtractedArticle {
        let post = number.isMultiple(of: 2)
            ? "Iran killed an American contractor, wounding many. We strongly responded, and always will."
            : "Iran killed an American contractor, wounding many people. We strongly responded, and always will."
        let statement = "We are sending additional forces to support our personnel at the Embassy, unit \(number)."
        let claim = "the ambassador and staff have been evacuated from post \(number)"
        let body = "Protesters stormed the U.S. Embassy compound in Baghdad, Iraq. Reuters reports that \(claim). "
            + "“\(statement)” Defense Secretary Mark Esper said. A spokesperson said “there has been no breach.” "
            + "\(post) — Donald J. Trump (@realDonaldTrump) December 31, 2019. "
            + "Protesters broke into the compound."
        func span(_ text: String) -> TextSpan {
            let range = body.range(of: text)!
            let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
            return TextSpan(start: start, end: start + text.unicodeScalars.count)
        }
        let extraction = Extraction(
            quotes: [
                Quote(text: statement, span: span(statement), speaker: "Mark Esper", speakerRole: "Defense Secretary", cue: "said"),
                Quote(text: "there has been no breach.", span: span("there has been no breach."), speaker: "spokesperson", cue: "said"),
                Quote(text: post, span: span(post), kind: .embeddedPost, speaker: "Donald J. Trump",
                      speakerHandle: "@realDonaldTrump", date: NewsDate(year: 2019, month: 12, day: 31)),
            ],
            attributions: [SourceAttribution(source: "Reuters", sourceMention: "Reuters", sourceSpan: span("Reuters"),
                                             cue: "reports", claim: claim, claimSpan: span(claim), isOutlet: true)],
            actors: [Actor(name: "Mark Esper", kind: .person, role: "Defense Secretary", mentions: [span("Mark Esper")]),
                     Actor(name: "Donald J. Trump", kind: .person, mentions: [span("Donald J. Trump")])],
            locations: [LocationMention(name: "Baghdad", mention: "Baghdad", span: span("Baghdad"), geonameID: 98182,
                                        countryCode: "IQ", kind: .city),
                        LocationMention(name: "Iraq", mention: "Iraq", span: span("Iraq"), geonameID: 99237,
                                        countryCode: "IQ", kind: .country)])
        let hex = String(number, radix: 16)
        return ExtractedArticle(
            draft: ArticleDraft(title: number.isMultiple(of: 10) ? "Protesters break into embassy, update \(number)"
                                                                : "Embassy siege, update \(number)", outlet: ["Reuters", "BBC", "CNN"][number % 3],
                                published: NewsDate(year: 2019, month: 12, day: 30 + number % 2),
                                url: "https://example.com/siege/\(number)", body: body),
            contentHash: String(repeating: "0", count: 64 - hex.count) + hex, extraction: extraction)
    }
}
