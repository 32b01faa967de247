import Foundation
import MorgueArchive
import MorgueExtraction

/// Builds stories with hand-made extractions whose facts a test can rely on, with offsets computed
/// from the story's own body, and stores them in a fresh archive file.
struct EventStoryBuilder {
    let archive: Archive

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).sqlite").path
        archive = try Archive(path: path)
    }

    /// The half-open scalar span of the first `text` in `body`.
    static func span(of text: String, in body: String) -> TextSpan {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return TextSpan(start: start, end: start + needle.count)
        }
        fatalError("\"\(text)\" is not in the test story")
    }

    /// A story and what extraction would find in it. Quotes, actors and places are given by their words,
    /// which must appear in the body.
    struct Story {
        var title: String?
        var outlet: String?
        var date: String?
        var url: String?
        var body: String
        var quotes: [(text: String, speaker: String?, role: String?, kind: QuoteKind, saidOn: String?)] = []
        var actors: [(name: String, kind: ActorKind, role: String?)] = []
        var places: [(name: String, kind: LocationKind, country: String)] = []
        var attributions: [(source: String, mention: String, cue: String, claim: String?, isOutlet: Bool)] = []
    }

    @discardableResult
    func store(_ stories: [Story]) throws -> [Int64] {
        let articles = stories.map { story in
            let body = story.body
            var extraction = Extraction()
            extraction.quotes = story.quotes.map { quote in
                Quote(text: quote.text, span: Self.span(of: quote.text, in: body), kind: quote.kind,
                      speaker: quote.speaker, speakerMention: quote.speaker, speakerRole: quote.role,
                      cue: quote.kind == .direct ? "said" : nil, date: quote.saidOn.flatMap(DateParser.parse))
            }
            extraction.actors = story.actors.map { actor in
                Actor(name: actor.name, kind: actor.kind, role: actor.role, mentions: [Self.span(of: actor.name, in: body)])
            }
            extraction.locations = story.places.enumerated().map { offset, place in
                LocationMention(name: place.name, mention: place.name, span: Self.span(of: place.name, in: body),
                                geonameID: nil, countryCode: place.country, kind: place.kind)
            }
            extraction.attributions = story.attributions.map { item in
                SourceAttribution(source: item.source, sourceMention: item.mention,
                                  sourceSpan: Self.span(of: item.mention, in: body), cue: item.cue, claim: item.claim,
                                  claimSpan: item.claim.map { Self.span(of: $0, in: body) }, isOutlet: item.isOutlet)
            }
            let draft = ArticleDraft(title: story.title, outlet: story.outlet, published: story.date.flatMap(DateParser.parse),
                                     url: story.url, body: body)
            let hash = String(repeating: "0", count: 48) + String(format: "%016x", UInt64(bitPattern: Int64(body.hashValue)))
            return ExtractedArticle(draft: draft, contentHash: hash, extraction: extraction)
        }
        return try archive.store(articles).map(\.articleID)
    }
}

extension EventStoryBuilder {
    /// Two stories of the Baghdad embassy siege, modelled on the shared samples, with the facts the
    /// extraction engine finds in them; the second carries Trump's post lightly edited.
    static let liveBlog = Story(
        title: "Live: militants storm US embassy in Baghdad", outlet: nil, date: "2019-12-31",
        url: "https://example.com/live",
        body: """
            Pro-Iran militants are currently attempting to storm the U.S. Embassy in Baghdad.

            Reuters is reporting that the ambassador and staff have been evacuated:

            Iran killed an American contractor, wounding many. We strongly responded, and always will. — Donald J. Trump (@realDonaldTrump) December 31, 2019

            The NY Times reported that protesters actually broke into the compound.
            """,
        quotes: [("Iran killed an American contractor, wounding many. We strongly responded, and always will.",
                  "Donald J. Trump", nil, .embeddedPost, "2019-12-31")],
        actors: [("Donald J. Trump", .person, "President")],
        places: [("Baghdad", .city, "IQ")],
        attributions: [("Reuters", "Reuters", "is reporting", "the ambassador and staff have been evacuated", true),
                       ("New York Times", "The NY Times", "reported", "protesters actually broke into the compound", true)])

    static let wireStory = Story(
        title: "Iraq Protestors Break into U.S. Embassy", outlet: "Example News", date: "2020-01-01",
        url: "https://example.com/wire",
        body: """
            Staff was evacuated from the United States Embassy in Baghdad, Iraq, the Associated Press reports.

            Defense Secretary Mark Esper issued a statement saying, “We are sending additional forces to support our personnel at the Embassy.”

            A State Department spokesperson said in a statement “U.S. personnel are secure and there has been no breach.”

            President Donald Trump tweeted: “Iran killed an American contractor, wounding many people. We strongly responded, and always will.”
            """,
        quotes: [("We are sending additional forces to support our personnel at the Embassy.", "Mark Esper",
                  "Defense Secretary", .direct, "2019-12-31"),
                 ("U.S. personnel are secure and there has been no breach.", "State Department spokesperson", nil,
                  .direct, nil),
                 ("Iran killed an American contractor, wounding many people. We strongly responded, and always will.",
                  "Donald Trump", "President", .direct, nil)],
        actors: [("Mark Esper", .person, "Defense Secretary"), ("Donald Trump", .person, "President"),
                 ("State Department", .organization, nil)],
        places: [("Baghdad", .city, "IQ"), ("Iraq", .country, "IQ")],
        attributions: [("Associated Press", "the Associated Press", "reports",
                        "Staff was evacuated from the United States Embassy in Baghdad, Iraq", true)])

    /// A story of another happening, the same day.
    static let floodStory = Story(
        title: "Flood warning for the river", outlet: "Example News", date: "2019-12-31", url: "https://example.com/flood",
        body: "Mayor Ana Ruiz said the river in Valencia would peak overnight. “Stay away from the banks,” Ana Ruiz said.",
        quotes: [("Stay away from the banks,", "Ana Ruiz", "Mayor", .direct, nil)],
        actors: [("Ana Ruiz", .person, "Mayor")],
        places: [("Valencia", .city, "ES")])
}
