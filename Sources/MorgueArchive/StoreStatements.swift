import GRDB

/// The statements the writer runs for every story and fact, prepared once a transaction (from the
/// connection's statement cache) instead of being looked up by their SQL text at each row.
struct StoreStatements {
    let insertArticle: Statement
    let updateArticle: Statement
    let articleByURL: Statement
    let articleByContent: Statement
    let recordExtraction: Statement
    let outletByName: Statement
    let insertOutlet: Statement
    let locationByGeonameID: Statement
    let locationByName: Statement
    let insertLocation: Statement
    let insertActor: Statement
    let actorsByAliasKey: Statement
    let actorDetails: Statement
    let improveActor: Statement
    let insertAlias: Statement
    let insertArticleActor: Statement
    let insertQuote: Statement
    let insertAttribution: Statement
    let insertArticleOutlet: Statement
    let insertArticleLocation: Statement
    let insertDateMention: Statement

    /// A story's id and content hash, by its URL; and of a story without a URL, by its content.
    static let articleByURLSQL = "SELECT id, content_hash FROM article WHERE url = ?"
    static let articleByContentSQL = "SELECT id, content_hash FROM article WHERE content_hash = ? AND url IS NULL"

    init(_ db: Database) throws {
        insertArticle = try db.cachedStatement(sql: """
            INSERT INTO article (title, outlet_id, byline, published_date, published_at, url, body,
                content_hash, source_path, ingested_at, extracted_by, facts_stored)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateArticle = try db.cachedStatement(sql: """
            UPDATE article SET title = ?, outlet_id = ?, byline = ?, published_date = ?, published_at = ?,
                body = ?, content_hash = ?, source_path = ?, updated_at = ?, extracted_by = ?, facts_stored = ?
            WHERE id = ?
            """)
        articleByURL = try db.cachedStatement(sql: Self.articleByURLSQL)
        articleByContent = try db.cachedStatement(sql: Self.articleByContentSQL)
        recordExtraction = try db.cachedStatement(sql: "UPDATE article SET extracted_by = ?, facts_stored = ? WHERE id = ?")
        outletByName = try db.cachedStatement(sql: "SELECT id FROM outlet WHERE name = ?")
        insertOutlet = try db.cachedStatement(sql: "INSERT INTO outlet (name) VALUES (?)")
        locationByGeonameID = try db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id = ?")
        locationByName = try db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id IS NULL AND name = ? AND kind = ?")
        insertLocation = try db.cachedStatement(sql: "INSERT INTO location (geoname_id, name, kind, country_code) VALUES (?, ?, ?, ?)")
        insertActor = try db.cachedStatement(sql: "INSERT INTO actor (name, kind, role, handle) VALUES (?, ?, ?, ?)")
        actorsByAliasKey = try db.cachedStatement(sql: """
            SELECT al.actor_id, a.kind FROM actor_alias al JOIN actor a ON a.id = al.actor_id WHERE al.alias_key = ?
            """)
        actorDetails = try db.cachedStatement(sql: """
            SELECT length(name), role IS NOT NULL, handle IS NOT NULL FROM actor WHERE id = ?
            """)
        improveActor = try db.cachedStatement(sql: """
            UPDATE actor SET
                name = CASE WHEN length(?) > length(name) THEN ? ELSE name END,
                role = coalesce(role, ?),
                handle = coalesce(handle, ?)
            WHERE id = ? AND (length(?) > length(name) OR (role IS NULL AND ? IS NOT NULL)
                OR (handle IS NULL AND ? IS NOT NULL))
            """)
        insertAlias = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO actor_alias (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'extracted')
            """)
        insertArticleActor = try db.cachedStatement(sql: """
            INSERT INTO article_actor (article_id, actor_id, mentions, first_start, first_end)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
            """)
        insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote (article_id, start, "end", text, text_key, kind, speaker, speaker_mention,
                speaker_start, speaker_end, speaker_role, speaker_handle, actor_id, cue, said_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertAttribution = try db.cachedStatement(sql: """
            INSERT INTO attribution (article_id, source, source_mention, source_start, source_end, outlet_id,
                cue, claim, claim_start, claim_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertArticleOutlet = try db.cachedStatement(sql: """
            INSERT INTO article_outlet (article_id, outlet_id, role, mentions, first_start, first_end)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, outlet_id, role) DO UPDATE SET mentions = mentions + excluded.mentions
            """)
        insertArticleLocation = try db.cachedStatement(sql: """
            INSERT INTO article_location (article_id, location_id, mentions, first_start, first_end)
            VALUES (?, ?, 1, ?, ?)
            ON CONFLICT (article_id, location_id) DO UPDATE SET mentions = mentions + 1
            """)
        insertDateMention = try db.cachedStatement(sql: """
            INSERT INTO date_mention (article_id, start, "end", text, date, is_relative) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }
}
