/// A person or organisation the archive knows, with how often it appears.
public struct ActorSummary: Sendable, Codable, Hashable {
    public var id: Int64
    public var name: String
    /// `person` or `organization`.
    public var kind: String
    public var role: String?
    public var handle: String?
    /// Every other name the actor goes by.
    public var aliases: [String]
    /// Stories naming the actor.
    public var articles: Int
    /// Quotes attributed to the actor.
    public var quotes: Int
}

/// A news outlet the archive knows.
public struct OutletSummary: Sendable, Codable, Hashable {
    public var id: Int64
    public var name: String
    /// Stories it published.
    public var published: Int
    /// Stories citing it.
    public var citedBy: Int
    /// Claims credited to it.
    public var attributions: Int
}

/// A place the archive's stories name.
public struct LocationSummary: Sendable, Codable, Hashable {
    public var id: Int64
    public var name: String
    /// `city`, `region` or `country`.
    public var kind: String
    public var countryCode: String?
    public var geonameID: Int64?
    /// Stories naming the place.
    public var articles: Int
    /// Times it is named, over all stories.
    public var mentions: Int
}

/// What the archive holds, in figures.
public struct ArchiveStats: Sendable, Codable, Hashable {
    public var path: String
    public var schemaVersion: String
    public var articles: Int
    public var quotes: Int
    public var embeddedPosts: Int
    public var attributions: Int
    public var actors: Int
    public var outlets: Int
    public var locations: Int
    public var earliest: String?
    public var latest: String?
    public var ingestRuns: Int
    public var lastRunAt: String?
    public var fileBytes: Int64
}

/// One `morgue ingest` run, as recorded in the archive.
public struct IngestRunSummary: Sendable, Codable, Hashable {
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    /// `running` while it goes on (or if it was killed), `finished` after.
    public var status: String
    public var inputs: String
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var failed: Int
    public var quotes: Int
    public var errors: [IngestErrorRecord]
}

/// A file or record a run could not ingest.
public struct IngestErrorRecord: Sendable, Codable, Hashable {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}
