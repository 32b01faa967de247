import MorgueExtraction

/// An event as `morgue events` lists it: stories about one happening, found by Morgue or defined by
/// a user, with its size and date span.
public struct EventSummary: Sendable, Codable, Hashable {
    /// Stable: an event keeps its id across ingests and regrouping, and ids are never reused.
    public var id: Int64
    /// Generated from the data (main place, main actors, date span) until a user renames it.
    public var name: String
    /// `auto` (found by grouping) or `user` (made with `morgue event create`).
    public var origin: String
    /// Stories the event holds (stories a user removed are not counted).
    public var stories: Int
    /// The earliest and latest publication day of its stories.
    public var firstDate: String?
    public var lastDate: String?
}

/// One story of an event, and how it came to be there.
public struct EventMember: Sendable, Codable, Hashable {
    public var articleID: Int64
    public var published: String?
    public var outlet: String?
    public var title: String?
    /// `auto` (grouping), `query` (the event's query) or `user` (`morgue event add`).
    public var origin: String
}

/// What `morgue event show` prints: the event, the query that defines it (user events), its stories,
/// and the stories a user took out of it.
public struct EventDetail: Sendable, Codable, Hashable {
    public var event: EventSummary
    public var query: EventQuery?
    public var stories: [EventMember]
    /// Stories a user removed: neither grouping nor the query puts them back.
    public var removed: [Int64]
}

/// The search that defines a user event: stories matching it join the event, now and at later ingests.
/// Filters combine with AND, as in `morgue search`.
public struct EventQuery: Sendable, Codable, Hashable {
    /// Words every story must contain (title or body).
    public var text: String
    public var since: NewsDate?
    public var until: NewsDate?
    /// A place the story names.
    public var location: String?
    /// A person or organisation the story names, by any name they go by.
    public var actor: String?

    public init(text: String, since: NewsDate? = nil, until: NewsDate? = nil, location: String? = nil,
                actor: String? = nil) {
        self.text = text
        self.since = since
        self.until = until
        self.location = location
        self.actor = actor
    }

    /// The same search as `morgue search` would run it, without a practical limit.
    var articleQuery: ArticleQuery {
        ArticleQuery(text: text, since: since, until: until, location: location, limit: 1_000_000)
            .with(actor: actor)
    }
}

extension ArticleQuery {
    fileprivate func with(actor: String?) -> ArticleQuery {
        var copy = self
        copy.actor = actor
        return copy
    }
}

/// What updating the events did: stories placed by grouping, events found, stories added by queries.
public struct EventUpdate: Sendable, Codable, Hashable {
    /// Stories grouping put into events (new or existing).
    public var storiesGrouped: Int
    /// The ids of the events grouping found this time.
    public var newEvents: [Int64]
    /// Stories that joined user events because they match the event's query.
    public var storiesMatchedByQueries: Int
}
