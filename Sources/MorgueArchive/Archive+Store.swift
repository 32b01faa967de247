import Foundation
import GRDB
import MorgueExtraction

extension Archive {
    /// What the archive holds for each story, in order: absent, unchanged, or changed under its URL.
    /// Ingest asks first so that it extracts only what is new or changed.
    public func states(of identities: [ArticleIdentity]) throws -> [StoredState] {
        try pool.read { db in try identities.map { try Self.state(of: $0, in: db) } }
    }

    /// Stores a batch of stories in one transaction. Each story is stored whole or not at all: a new
    /// story is inserted with all its extracted facts; a changed story (same URL, new content) has its
    /// row updated and its facts replaced; an unchanged story is left alone.
    public func store(_ articles: [ExtractedArticle], now: Date = Date()) throws -> [StoreOutcome] {
        let timestamp = Self.timestamp(now)
        return try pool.write { db in
            var outcomes: [StoreOutcome] = []
            outcomes.reserveCapacity(articles.count)
            for article in articles {
                outcomes.append(try Self.store(article, at: timestamp, in: db))
            }
            return outcomes
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    private static func state(of identity: ArticleIdentity, in db: Database) throws -> StoredState {
        let row: Row?
        if let url = identity.url {
            row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, content_hash FROM article WHERE url = ?"),
                                   arguments: [url])
        } else {
            row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, content_hash FROM article WHERE content_hash = ? AND url IS NULL"),
                arguments: [identity.contentHash])
        }
        guard let row else { return .absent }
        let id: Int64 = row["id"]
        return row["content_hash"] == identity.contentHash ? .unchanged(articleID: id) : .changed(articleID: id)
    }

    private static func store(_ article: ExtractedArticle, at timestamp: String, in db: Database) throws -> StoreOutcome {
        let identity = ArticleIdentity(url: article.draft.url, contentHash: article.contentHash)
        let state = try Self.state(of: identity, in: db)
        if case let .unchanged(id) = state { return .unchanged(articleID: id) }
        let draft = article.draft
        let publisherID = try draft.outlet.map { try Self.outletID(named: OutletCatalog.standard.canonicalName(for: $0) ?? $0, in: db) }
        let articleID: Int64
        switch state {
        case let .changed(id):
            articleID = id
            try db.cachedStatement(sql: """
                UPDATE article SET title = ?, outlet_id = ?, byline = ?, published_date = ?, published_at = ?,
                    body = ?, content_hash = ?, source_path = ?, updated_at = ? WHERE id = ?
                """).execute(arguments: [draft.title, publisherID, draft.byline, draft.published?.description,
                                         draft.publishedAt, draft.body, article.contentHash, draft.sourcePath,
                                         timestamp, id])
            try deleteFacts(of: id, in: db)
        default:
            try db.cachedStatement(sql: """
                INSERT INTO article (title, outlet_id, byline, published_date, published_at, url, body,
                    content_hash, source_path, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [draft.title, publisherID, draft.byline, draft.published?.description,
                                         draft.publishedAt, draft.url, draft.body, article.contentHash,
                                         draft.sourcePath, timestamp])
            articleID = db.lastInsertedRowID
        }
        try writeFacts(article.extraction, of: articleID, in: db)
        if case .changed = state { return .updated(articleID: articleID) }
        return .new(articleID: articleID)
    }

    /// Writes a story's facts, with the version of the rules that found them and their tally.
    static func writeFacts(_ extraction: Extraction, of articleID: Int64, in db: Database) throws {
        try FactWriter(db: db, articleID: articleID).write(extraction)
        try db.cachedStatement(sql: "UPDATE article SET extracted_by = ?, facts_stored = ? WHERE id = ?")
            .execute(arguments: [Extractor.rulesVersion, FactTally(extraction).stored, articleID])
    }

    /// Removes a story's facts, before they are replaced.
    static func deleteFacts(of articleID: Int64, in db: Database) throws {
        for table in ["quote", "attribution", "article_actor", "article_outlet", "article_location", "date_mention"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE article_id = ?", arguments: [articleID])
        }
    }

    /// The id of the outlet with this canonical name, created if new.
    static func outletID(named name: String, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM outlet WHERE name = ?"), arguments: [name]) {
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO outlet (name) VALUES (?)").execute(arguments: [name])
        return db.lastInsertedRowID
    }
}
