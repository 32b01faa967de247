import Foundation
import GRDB
import MorgueExtraction

extension Archive {
    /// What the archive holds for each story, in order: absent, unchanged, or changed under its URL.
    /// Ingest asks first so that it extracts only what is new or changed.
    public func states(of identities: [ArticleIdentity]) throws -> [StoredState] {
        try pool.read { db in
            let byURL = try db.cachedStatement(sql: StoreStatements.articleByURLSQL)
            let byContent = try db.cachedStatement(sql: StoreStatements.articleByContentSQL)
            return try identities.map { try Self.state(of: $0, byURL: byURL, byContent: byContent) }
        }
    }

    /// Stores a batch of stories in one transaction. Each story is stored whole or not at all: a new
    /// story is inserted with all its extracted facts; a changed story (same URL, new content) has its
    /// row updated and its facts replaced; an unchanged story is left alone.
    public func store(_ articles: [ExtractedArticle], now: Date = Date()) throws -> [StoreOutcome] {
        let timestamp = Self.timestamp(now)
        let lookups = writerLookups
        do {
            return try pool.write { db in
                try lookups.validate(in: db)
                let statements = try StoreStatements(db)
                let fullText = try DeferredFullText.begin(in: db)
                let facts = FactWriter(db: db, lookups: lookups, statements: statements, fullText: fullText)
                var outcomes: [StoreOutcome] = []
                outcomes.reserveCapacity(articles.count)
                for article in articles {
                    outcomes.append(try Self.store(article, at: timestamp, with: facts))
                }
                try fullText.end()
                lookups.transactionDidWrite(in: db)
                return outcomes
            }
        } catch {
            // The transaction was rolled back, with the ids the lookups learnt in it.
            lookups.reset()
            throw error
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// What the archive holds for one story, looked up by URL, or by content for a story without one.
    private static func state(of identity: ArticleIdentity, byURL: Statement, byContent: Statement) throws -> StoredState {
        let row: Row?
        if let url = identity.url {
            row = try Row.fetchOne(byURL, arguments: [url])
        } else {
            row = try Row.fetchOne(byContent, arguments: [identity.contentHash])
        }
        guard let row else { return .absent }
        let id: Int64 = row[0]
        return row[1] == identity.contentHash ? .unchanged(articleID: id) : .changed(articleID: id)
    }

    /// Stores one story: its row, with the version of the rules that found its facts and their tally
    /// written in the same statement, then its facts.
    private static func store(_ article: ExtractedArticle, at timestamp: String, with facts: FactWriter) throws -> StoreOutcome {
        let db = facts.db, statements = facts.statements
        let identity = ArticleIdentity(url: article.draft.url, contentHash: article.contentHash)
        let state = try Self.state(of: identity, byURL: statements.articleByURL,
                                   byContent: statements.articleByContent)
        if case let .unchanged(id) = state { return .unchanged(articleID: id) }
        let draft = article.draft
        let publisherID = try draft.outlet.map { try facts.outletID(named: OutletCatalog.standard.canonicalName(for: $0) ?? $0) }
        let tally = FactTally(article.extraction).stored
        let articleID: Int64
        switch state {
        case let .changed(id):
            articleID = id
            // The update and delete triggers take the story's and its quotes' words out of the index.
            try facts.fullText?.flush()
            try statements.updateArticle.execute { row in
                row.add(draft.title)
                row.add(publisherID)
                row.add(draft.byline)
                row.add(draft.published?.description)
                row.add(draft.publishedAt)
                row.add(draft.body)
                row.add(article.contentHash)
                row.add(draft.sourcePath)
                row.add(timestamp)
                row.add(Extractor.rulesVersion)
                row.add(tally)
                row.add(id)
            }
            try deleteFacts(of: id, in: db)
        default:
            try statements.insertArticle.execute { row in
                row.add(draft.title)
                row.add(publisherID)
                row.add(draft.byline)
                row.add(draft.published?.description)
                row.add(draft.publishedAt)
                row.add(draft.url)
                row.add(draft.body)
                row.add(article.contentHash)
                row.add(draft.sourcePath)
                row.add(timestamp)
                row.add(Extractor.rulesVersion)
                row.add(tally)
            }
            articleID = db.lastInsertedRowID
            facts.fullText?.addArticle(articleID)
        }
        try facts.write(article.extraction, of: articleID)
        if case .changed = state { return .updated(articleID: articleID) }
        return .new(articleID: articleID)
    }

    /// Writes a story's facts, with the version of the rules that found them and their tally.
    static func writeFacts(_ extraction: Extraction, of articleID: Int64, in db: Database) throws {
        let statements = try StoreStatements(db)
        // Outside `store(_:)`'s transactions the insert triggers index the quotes, as they index any
        // row inserted with sqlite3.
        try FactWriter(db: db, lookups: WriterLookups(), statements: statements, fullText: nil)
            .write(extraction, of: articleID)
        try statements.recordExtraction.execute { row in
            row.add(Extractor.rulesVersion)
            row.add(FactTally(extraction).stored)
            row.add(articleID)
        }
    }

    /// Removes a story's facts, before they are replaced.
    static func deleteFacts(of articleID: Int64, in db: Database) throws {
        for table in ["quote", "attribution", "article_actor", "article_outlet", "article_location", "date_mention"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article_id = ?").execute(arguments: [articleID])
        }
    }
}
