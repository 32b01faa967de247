/// A stored story with everything the archive knows of it: what `morgue export` writes.
public struct ExportedArticle: Sendable, Codable, Hashable {
    public struct QuoteItem: Sendable, Codable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String
        public var speaker: String?
        public var speakerMention: String?
        public var speakerRole: String?
        public var speakerHandle: String?
        public var cue: String?
        public var saidOn: String?
    }

    public struct AttributionItem: Sendable, Codable, Hashable {
        public var source: String
        public var sourceMention: String
        public var start: Int
        public var end: Int
        public var cue: String
        public var claim: String?
        public var isOutlet: Bool
    }

    public struct ActorItem: Sendable, Codable, Hashable {
        public var name: String
        public var kind: String
        public var role: String?
        public var handle: String?
        public var mentions: Int
    }

    public struct OutletItem: Sendable, Codable, Hashable {
        public var name: String
        /// `publisher` or `cited`.
        public var role: String
        public var mentions: Int
    }

    public struct LocationItem: Sendable, Codable, Hashable {
        public var name: String
        public var kind: String
        public var countryCode: String?
        public var mentions: Int
    }

    public struct DateItem: Sendable, Codable, Hashable {
        public var text: String
        public var date: String
        public var start: Int
        public var end: Int
        public var isRelative: Bool
    }

    public var id: Int64
    public var title: String?
    public var outlet: String?
    public var byline: String?
    public var published: String?
    public var publishedAt: String?
    public var url: String?
    public var sourcePath: String?
    public var contentHash: String
    public var ingestedAt: String
    public var updatedAt: String?
    public var body: String
    public var quotes: [QuoteItem]
    public var attributions: [AttributionItem]
    public var actors: [ActorItem]
    public var outlets: [OutletItem]
    public var locations: [LocationItem]
    public var dates: [DateItem]
}
