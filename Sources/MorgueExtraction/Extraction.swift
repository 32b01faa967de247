/// Everything Morgue extracts from one story. Every item carries the span of the body it came from.
public struct Extraction: Sendable, Hashable, Codable {
    public var quotes: [Quote]
    public var attributions: [SourceAttribution]
    public var actors: [Actor]
    public var outlets: [OutletMention]
    public var locations: [LocationMention]
    public var dates: [DateMention]

    public init(quotes: [Quote] = [], attributions: [SourceAttribution] = [], actors: [Actor] = [],
                outlets: [OutletMention] = [], locations: [LocationMention] = [], dates: [DateMention] = []) {
        self.quotes = quotes
        self.attributions = attributions
        self.actors = actors
        self.outlets = outlets
        self.locations = locations
        self.dates = dates
    }
}

/// How a quote appears in the story.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Words in quotation marks, attributed in the story's own sentences.
    case direct
    /// A social-media post embedded in the story: "text — Name (@handle) December 31, 2019".
    case embeddedPost = "embedded_post"
}

/// Words someone said or wrote, as the story reports them.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// Where the quoted words are in the body.
    public var span: TextSpan
    public var kind: QuoteKind
    /// The speaker's name as the story resolves it ("Mark Esper"), or `nil` when no one is named.
    public var speaker: String?
    /// The words that name the speaker at the attribution ("he", "the spokesperson", "Esper").
    public var speakerMention: String?
    /// Where `speakerMention` stands in the body.
    public var speakerSpan: TextSpan?
    /// The speaker's title or role, kept apart from the name ("Defense Secretary").
    public var speakerRole: String?
    /// The speaker's social handle, with its `@`, for embedded posts.
    public var speakerHandle: String?
    /// The reporting verb or phrase: said, told, tweeted, wrote, according to…
    public var cue: String?
    /// The day the words were said or posted, when the story gives it (an embedded post's own date).
    public var date: NewsDate?

    public init(text: String, span: TextSpan, kind: QuoteKind = .direct, speaker: String? = nil,
                speakerMention: String? = nil, speakerSpan: TextSpan? = nil, speakerRole: String? = nil,
                speakerHandle: String? = nil, cue: String? = nil, date: NewsDate? = nil) {
        self.text = text
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.speakerSpan = speakerSpan
        self.speakerRole = speakerRole
        self.speakerHandle = speakerHandle
        self.cue = cue
        self.date = date
    }
}

/// A claim the story credits to an outlet or body: "Reuters reports that…", "according to the AP",
/// "per WaPo", "More from CNN:".
public struct SourceAttribution: Sendable, Hashable, Codable {
    /// The source's canonical name ("Associated Press").
    public var source: String
    /// The source as written ("the AP").
    public var sourceMention: String
    public var sourceSpan: TextSpan
    /// The attributing words: reports, reported, according to, per, more from…
    public var cue: String
    /// The claim credited to the source, when the sentence carries it.
    public var claim: String?
    public var claimSpan: TextSpan?
    /// Whether the source is a news outlet (as opposed to a government body or other organisation).
    public var isOutlet: Bool

    public init(source: String, sourceMention: String, sourceSpan: TextSpan, cue: String,
                claim: String? = nil, claimSpan: TextSpan? = nil, isOutlet: Bool) {
        self.source = source
        self.sourceMention = sourceMention
        self.sourceSpan = sourceSpan
        self.cue = cue
        self.claim = claim
        self.claimSpan = claimSpan
        self.isOutlet = isOutlet
    }
}

/// Whether an actor is a person or an organisation.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
}

/// A person or organisation the story names, with every name it goes by in the story merged.
public struct Actor: Sendable, Hashable, Codable {
    /// The fullest name the story gives ("Donald J. Trump").
    public var name: String
    public var kind: ActorKind
    /// Other names for the same actor in the story ("Trump", "President Trump", "@realDonaldTrump").
    public var aliases: [String]
    /// A title or role the story gives ("President", "Defense Secretary").
    public var role: String?
    /// A social handle with its `@`.
    public var handle: String?
    /// Where the actor is named in the body.
    public var mentions: [TextSpan]

    public init(name: String, kind: ActorKind, aliases: [String] = [], role: String? = nil,
                handle: String? = nil, mentions: [TextSpan] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.handle = handle
        self.mentions = mentions
    }
}

/// Whether the outlet published the story or is cited by it.
public enum OutletRole: String, Sendable, Hashable, Codable, CaseIterable {
    case publisher
    case cited
}

/// A news outlet the story names, normalised ("the AP" → "Associated Press").
public struct OutletMention: Sendable, Hashable, Codable {
    public var name: String
    public var mention: String
    /// `nil` for a publisher known only from metadata.
    public var span: TextSpan?
    public var role: OutletRole

    public init(name: String, mention: String, span: TextSpan?, role: OutletRole) {
        self.name = name
        self.mention = mention
        self.span = span
        self.role = role
    }
}

/// A place named in the story, matched against the gazetteer.
public struct LocationMention: Sendable, Hashable, Codable {
    /// The place's name in the gazetteer ("Baghdad").
    public var name: String
    /// The words in the story ("Baghdad", "#Baghdad", "Iraqi").
    public var mention: String
    public var span: TextSpan
    /// GeoNames id, when the gazetteer has one.
    public var geonameID: Int?
    /// ISO 3166-1 alpha-2 country code ("IQ").
    public var countryCode: String?
    public var kind: LocationKind

    public init(name: String, mention: String, span: TextSpan, geonameID: Int?, countryCode: String?,
                kind: LocationKind) {
        self.name = name
        self.mention = mention
        self.span = span
        self.geonameID = geonameID
        self.countryCode = countryCode
        self.kind = kind
    }
}

/// What sort of place a location is.
public enum LocationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case city
    case region
    case country
}

/// A date the story mentions, resolved to a calendar day.
public struct DateMention: Sendable, Hashable, Codable {
    public var text: String
    public var span: TextSpan
    public var date: NewsDate
    /// Whether the date was worked out from the story's own date ("on Sunday", "last week").
    public var isRelative: Bool

    public init(text: String, span: TextSpan, date: NewsDate, isRelative: Bool) {
        self.text = text
        self.span = span
        self.date = date
        self.isRelative = isRelative
    }
}
