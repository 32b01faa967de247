import GRDB

extension Archive {
    /// Hands every stored story, oldest id first, with all its facts to `visit`, a page at a time so
    /// that memory stays flat however large the archive.
    public func exportArticles(pageSize: Int = 500, _ visit: (ExportedArticle) throws -> Void) throws {
        var lastID: Int64 = 0
        while true {
            let page = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.*, o.name AS outlet FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id
                    WHERE a.id > ? ORDER BY a.id LIMIT ?
                    """, arguments: [lastID, pageSize]).map { try Self.exported($0, in: db) }
            }
            guard let last = page.last else { return }
            for article in page { try visit(article) }
            lastID = last.id
        }
    }

    private static func exported(_ row: Row, in db: Database) throws -> ExportedArticle {
        let id: Int64 = row["id"]
        let quotes = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT q.*, coalesce(ac.name, q.speaker) AS resolved FROM quote q LEFT JOIN actor ac ON ac.id = q.actor_id
            WHERE q.article_id = ? ORDER BY q.start
            """), arguments: [id]).map {
            ExportedArticle.QuoteItem(text: $0["text"], start: $0["start"], end: $0["end"], kind: $0["kind"],
                                      speaker: $0["resolved"], speakerMention: $0["speaker_mention"],
                                      speakerRole: $0["speaker_role"], speakerHandle: $0["speaker_handle"],
                                      cue: $0["cue"], saidOn: $0["said_on"])
        }
        let attributions = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM attribution WHERE article_id = ? ORDER BY source_start
            """), arguments: [id]).map {
            ExportedArticle.AttributionItem(source: $0["source"], sourceMention: $0["source_mention"],
                                            start: $0["source_start"], end: $0["source_end"], cue: $0["cue"],
                                            claim: $0["claim"], isOutlet: $0["outlet_id"] != nil)
        }
        let actors = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT ac.name, ac.kind, ac.role, ac.handle, aa.mentions FROM article_actor aa
            JOIN actor ac ON ac.id = aa.actor_id WHERE aa.article_id = ? ORDER BY aa.mentions DESC, ac.name
            """), arguments: [id]).map {
            ExportedArticle.ActorItem(name: $0["name"], kind: $0["kind"], role: $0["role"], handle: $0["handle"],
                                      mentions: $0["mentions"])
        }
        let outlets = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT o.name, ao.role, ao.mentions FROM article_outlet ao JOIN outlet o ON o.id = ao.outlet_id
            WHERE ao.article_id = ? ORDER BY ao.role DESC, ao.mentions DESC, o.name
            """), arguments: [id]).map {
            ExportedArticle.OutletItem(name: $0["name"], role: $0["role"], mentions: $0["mentions"])
        }
        let locations = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT l.name, l.kind, l.country_code, al.mentions FROM article_location al
            JOIN location l ON l.id = al.location_id WHERE al.article_id = ? ORDER BY al.mentions DESC, l.name
            """), arguments: [id]).map {
            ExportedArticle.LocationItem(name: $0["name"], kind: $0["kind"], countryCode: $0["country_code"],
                                         mentions: $0["mentions"])
        }
        let dates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM date_mention WHERE article_id = ? ORDER BY start
            """), arguments: [id]).map {
            ExportedArticle.DateItem(text: $0["text"], date: $0["date"], start: $0["start"], end: $0["end"],
                                     isRelative: $0["is_relative"])
        }
        return ExportedArticle(
            id: id, title: row["title"], outlet: row["outlet"], byline: row["byline"],
            published: row["published_date"], publishedAt: row["published_at"], url: row["url"],
            sourcePath: row["source_path"], contentHash: row["content_hash"], ingestedAt: row["ingested_at"],
            updatedAt: row["updated_at"], body: row["body"], quotes: quotes, attributions: attributions,
            actors: actors, outlets: outlets, locations: locations, dates: dates)
    }
}
