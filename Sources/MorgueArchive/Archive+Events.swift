import Foundation
import GRDB
import MorgueExtraction

extension Archive {
    /// The events the archive holds, most recent first (by their latest story), with size and span.
    public func events(limit: Int = 50) throws -> [EventSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM event_summary ORDER BY last_date IS NULL, last_date DESC, id DESC LIMIT ?
                """, arguments: [limit]).map(Self.eventSummary)
        }
    }

    /// One event with its query, its stories (oldest first) and the stories a user removed from it.
    /// `reference` is the event's id or its exact name (any case).
    public func event(_ reference: String) throws -> EventDetail {
        try pool.read { db in
            let id = try Self.eventID(reference, in: db)
            let row = try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id])
            let summary = try Self.summary(ofEvent: id, in: db)
            let stories = try Row.fetchAll(db, sql: """
                SELECT a.id, a.published_date, o.name AS outlet, a.title, ea.origin FROM event_article ea
                JOIN article a ON a.id = ea.article_id LEFT JOIN outlet o ON o.id = a.outlet_id
                WHERE ea.event_id = ? AND ea.is_removed = 0 ORDER BY a.published_date, a.id
                """, arguments: [id]).map {
                EventMember(articleID: $0["id"], published: $0["published_date"], outlet: $0["outlet"],
                            title: $0["title"], origin: $0["origin"])
            }
            let removed = try Int64.fetchAll(db, sql: """
                SELECT article_id FROM event_article WHERE event_id = ? AND is_removed = 1 ORDER BY article_id
                """, arguments: [id])
            return EventDetail(event: summary, query: row.flatMap(Self.eventQuery), stories: stories, removed: removed)
        }
    }

    /// Creates a user event holding the stories that match `query`; stories ingested later join it
    /// when they match too.
    public func createEvent(named name: String, query: EventQuery, now: Date = Date()) throws -> EventSummary {
        let name = try Self.usableName(name)
        let articles = try matchingArticleIDs(query.articleQuery)
        let timestamp = Self.timestamp(now)
        return try pool.write { db in
            if let taken = try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE name = ? COLLATE NOCASE AND origin = 'user'",
                                              arguments: [name]) {
                throw EventError.nameTaken(name, id: taken)
            }
            try db.execute(sql: """
                INSERT INTO event (name, origin, is_named_by_user, query_text, query_since, query_until, query_location,
                    query_actor, created_at) VALUES (?, 'user', 1, ?, ?, ?, ?, ?, ?)
                """, arguments: [name, query.text, query.since?.description, query.until?.description, query.location,
                                 query.actor, timestamp])
            let id = db.lastInsertedRowID
            for article in articles {
                try db.cachedStatement(sql: """
                    INSERT INTO event_article (event_id, article_id, origin, added_at) VALUES (?, ?, 'query', ?)
                    """).execute(arguments: [id, article, timestamp])
            }
            return try Self.summary(ofEvent: id, in: db)
        }
    }

    /// Puts stories into an event (found or user-made), taking back an earlier removal.
    public func addToEvent(_ reference: String, articles: [Int64], now: Date = Date()) throws -> EventSummary {
        let timestamp = Self.timestamp(now)
        return try pool.write { db in
            let id = try Self.eventID(reference, in: db)
            try Self.requireArticles(articles, in: db)
            for article in articles {
                try db.execute(sql: """
                    INSERT INTO event_article (event_id, article_id, origin, added_at) VALUES (?, ?, 'user', ?)
                    ON CONFLICT (event_id, article_id) DO UPDATE SET is_removed = 0, origin = 'user', added_at = excluded.added_at
                    WHERE is_removed = 1
                    """, arguments: [id, article, timestamp])
            }
            try db.execute(sql: "UPDATE event SET updated_at = ? WHERE id = ?", arguments: [timestamp, id])
            return try Self.summary(ofEvent: id, in: db)
        }
    }

    /// Takes stories out of an event. The removal is remembered: neither grouping nor the event's
    /// query puts them back (`addToEvent` does).
    public func removeFromEvent(_ reference: String, articles: [Int64], now: Date = Date()) throws -> EventSummary {
        let timestamp = Self.timestamp(now)
        return try pool.write { db in
            let id = try Self.eventID(reference, in: db)
            try Self.requireArticles(articles, in: db)
            for article in articles {
                try db.execute(sql: """
                    INSERT INTO event_article (event_id, article_id, origin, is_removed, added_at) VALUES (?, ?, 'user', 1, ?)
                    ON CONFLICT (event_id, article_id) DO UPDATE SET is_removed = 1
                    """, arguments: [id, article, timestamp])
            }
            try db.execute(sql: "UPDATE event SET updated_at = ? WHERE id = ?", arguments: [timestamp, id])
            return try Self.summary(ofEvent: id, in: db)
        }
    }

    /// Renames an event. A found event keeps the user's name from then on.
    public func renameEvent(_ reference: String, to newName: String, now: Date = Date()) throws -> EventSummary {
        let name = try Self.usableName(newName)
        return try pool.write { db in
            let id = try Self.eventID(reference, in: db)
            if let taken = try Int64.fetchOne(db, sql: """
                SELECT id FROM event WHERE name = ? COLLATE NOCASE AND origin = 'user' AND id <> ?
                """, arguments: [name, id]) {
                throw EventError.nameTaken(name, id: taken)
            }
            try db.execute(sql: "UPDATE event SET name = ?, is_named_by_user = 1, updated_at = ? WHERE id = ?",
                           arguments: [name, Self.timestamp(now), id])
            return try Self.summary(ofEvent: id, in: db)
        }
    }

    /// The id of the event a user means: digits are an id, anything else an exact name (any case).
    static func eventID(_ reference: String, in db: Database) throws -> Int64 {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed) {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE id = ?)", arguments: [id]) == true
            else { throw EventError.noSuchEvent(trimmed) }
            return id
        }
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM event WHERE name = ? COLLATE NOCASE ORDER BY id",
                                     arguments: [trimmed])
        guard let first = ids.first else { throw EventError.noSuchEvent("\"\(trimmed)\"") }
        // A user's own name wins over a generated one that happens to be the same.
        if ids.count > 1 {
            let user = try Int64.fetchAll(db, sql: """
                SELECT id FROM event WHERE name = ? COLLATE NOCASE AND is_named_by_user = 1 ORDER BY id
                """, arguments: [trimmed])
            guard user.count == 1 else { throw EventError.ambiguousName(trimmed, ids: ids) }
            return user[0]
        }
        return first
    }

    static func summary(ofEvent id: Int64, in db: Database) throws -> EventSummary {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM event_summary WHERE id = ?", arguments: [id]) else {
            throw EventError.noSuchEvent(String(id))
        }
        return eventSummary(row)
    }

    private static func eventSummary(_ row: Row) -> EventSummary {
        EventSummary(id: row["id"], name: row["name"], origin: row["origin"], stories: row["stories"],
                     firstDate: row["first_date"], lastDate: row["last_date"])
    }

    private static func usableName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, Int64(trimmed) == nil else { throw EventError.unusableName(name) }
        return trimmed
    }

    private static func requireArticles(_ ids: [Int64], in db: Database) throws {
        let known = Set(try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE id IN \(SQLBuilder.list(ids.count))",
                                           arguments: StatementArguments(ids)))
        let missing = ids.filter { !known.contains($0) }
        guard missing.isEmpty else { throw EventError.noSuchArticles(missing) }
    }
}
