import MorgueExtraction

/// What `morgue search` asks for. Every filter is optional and they combine with AND.
public struct ArticleQuery: Sendable {
    /// Words to search for in titles and bodies (every word must appear), or raw FTS5 when `isRawFTS5`.
    public var text: String?
    public var isRawFTS5 = false
    /// A person or organisation by any name they go by ("Trump", "@realDonaldTrump").
    public var actor: String?
    /// An outlet that published or is cited by the story ("AP", "NYT").
    public var outlet: String?
    public var since: NewsDate?
    public var until: NewsDate?
    /// A place the story names ("Baghdad", "Iraq", "IQ").
    public var location: String?
    public var limit = 20

    public init(text: String? = nil, isRawFTS5: Bool = false, actor: String? = nil, outlet: String? = nil,
                since: NewsDate? = nil, until: NewsDate? = nil, location: String? = nil, limit: Int = 20) {
        self.text = text
        self.isRawFTS5 = isRawFTS5
        self.actor = actor
        self.outlet = outlet
        self.since = since
        self.until = until
        self.location = location
        self.limit = limit
    }
}

/// What `morgue quotes` asks for.
public struct QuoteQuery: Sendable {
    /// Words the quote must contain, or raw FTS5 when `isRawFTS5`.
    public var text: String?
    public var isRawFTS5 = false
    /// The speaker, by any name they go by, or the role a story gives them ("spokesperson").
    public var speaker: String?
    /// An outlet that published the story carrying the quote, or that the story cites.
    public var outlet: String?
    public var since: NewsDate?
    public var until: NewsDate?
    public var limit = 50

    public init(text: String? = nil, isRawFTS5: Bool = false, speaker: String? = nil, outlet: String? = nil,
                since: NewsDate? = nil, until: NewsDate? = nil, limit: Int = 50) {
        self.text = text
        self.isRawFTS5 = isRawFTS5
        self.speaker = speaker
        self.outlet = outlet
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// One story found by `morgue search`.
public struct ArticleHit: Sendable, Codable, Hashable {
    public var id: Int64
    public var title: String?
    /// The publisher.
    public var outlet: String?
    public var published: String?
    public var url: String?
    public var sourcePath: String?
    /// A passage around the words searched for, with matches between `**` marks; the opening words
    /// of the story when no words were searched for.
    public var snippet: String
    /// How well the story matches (bm25, lower is better); `nil` without search words.
    public var rank: Double?
    /// With `--outlet`: whether the outlet is the story's `publisher` or is `cited` by it.
    public var outletMatch: String?
}

/// One quote found by `morgue quotes`.
public struct QuoteHit: Sendable, Codable, Hashable {
    public var id: Int64
    public var text: String
    public var speaker: String?
    public var speakerRole: String?
    public var speakerHandle: String?
    public var cue: String?
    /// `direct` or `embedded_post`.
    public var kind: String
    /// The day the words were said or posted, when the story gives it.
    public var saidOn: String?
    public var articleID: Int64
    public var articleTitle: String?
    public var outlet: String?
    public var published: String?
    /// Where the quote is in the story's body (Unicode scalar offsets).
    public var start: Int
    public var end: Int
    /// The quote's folded words: the same quote carried by several stories has the same key.
    public var quoteKey: String
    /// Every story in the archive carrying this same quote, this one included, oldest first.
    public var carriedBy: [Int64]
}
