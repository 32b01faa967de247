import GRDB

/// The statements the writer runs for every story and fact, prepared once a transaction (from the
/// connection's statement cache) instead of being looked up by their SQL text at each row; those
/// that write a row bind its values directly (`RowStatement`).
struct StoreStatements {
    let insertArticle: RowStatement
    let updateArticle: RowStatement
    let articleByURL: Statement
    let articleByContent: Statement
    let recordExtraction: RowStatement
    let outletByName: Statement
    let insertOutlet: RowStatement
    let locationByGeonameID: Statement
    let locationByName: Statement
    let insertLocation: RowStatement
    let insertActor: RowStatement
    let actorsByAliasKey: Statement
    let actorDetails: Statement
    let improveActor: RowStatement
    let insertAlias: RowStatement
    let insertArticleActor: RowStatement
    let insertQuote: RowStatement
    let insertAttribution: RowStatement
    let insertArticleOutlet: RowStatement
    let insertArticleLocation: RowStatement
    let insertDateMention: RowStatement

    /// A story's id and content hash, by its URL; and of a story without a URL, by its content.
    static let articleByURLSQL = "SELECT id, content_hash FROM article WHERE url = ?"
    static let articleByContentSQL = "SELECT id, content_hash FROM article WHERE content_hash = ? AND url IS NULL"

    init(_ db: Database) throws {
        insertArticle = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO article (title, outlet_id, byline, published_date, published_at, url, body,
                content_hash, source_path, ingested_at, extracted_by, facts_stored)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        updateArticle = RowStatement(try db.cachedStatement(sql: """
            UPDATE article SET title = ?, outlet_id = ?, byline = ?, published_date = ?, published_at = ?,
                body = ?, content_hash = ?, source_path = ?, updated_at = ?, extracted_by = ?, facts_stored = ?
            WHERE id = ?
            """))
        articleByURL = try db.cachedStatement(sql: Self.articleByURLSQL)
        articleByContent = try db.cachedStatement(sql: Self.articleByContentSQL)
        recordExtraction = RowStatement(try db.cachedStatement(sql: "UPDATE article SET extracted_by = ?, facts_stored = ? WHERE id = ?"))
        outletByName = try db.cachedStatement(sql: "SELECT id FROM outlet WHERE name = ?")
        insertOutlet = RowStatement(try db.cachedStatement(sql: "INSERT INTO outlet (name) VALUES (?)"))
        locationByGeonameID = try db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id = ?")
        locationByName = try db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id IS NULL AND name = ? AND kind = ?")
        insertLocation = RowStatement(try db.cachedStatement(sql: "INSERT INTO location (geoname_id, name, kind, country_code) VALUES (?, ?, ?, ?)"))
        insertActor = RowStatement(try db.cachedStatement(sql: "INSERT INTO actor (name, kind, role, handle) VALUES (?, ?, ?, ?)"))
        actorsByAliasKey = try db.cachedStatement(sql: """
            SELECT al.actor_id, a.kind FROM actor_alias al JOIN actor a ON a.id = al.actor_id WHERE al.alias_key = ?
            """)
        actorDetails = try db.cachedStatement(sql: """
            SELECT length(name), role IS NOT NULL, handle IS NOT NULL FROM actor WHERE id = ?
            """)
        improveActor = RowStatement(try db.cachedStatement(sql: """
            UPDATE actor SET
                name = CASE WHEN length(?) > length(name) THEN ? ELSE name END,
                role = coalesce(role, ?),
                handle = coalesce(handle, ?)
            WHERE id = ? AND (length(?) > length(name) OR (role IS NULL AND ? IS NOT NULL)
                OR (handle IS NULL AND ? IS NOT NULL))
            """))
        insertAlias = RowStatement(try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO actor_alias (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'extracted')
            """))
        insertArticleActor = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO article_actor (article_id, actor_id, mentions, first_start, first_end)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
            """))
        insertQuote = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO quote (article_id, start, "end", text, text_key, kind, speaker, speaker_mention,
                speaker_start, speaker_end, speaker_role, speaker_handle, actor_id, cue, said_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        insertAttribution = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO attribution (article_id, source, source_mention, source_start, source_end, outlet_id,
                cue, claim, claim_start, claim_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        insertArticleOutlet = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO article_outlet (article_id, outlet_id, role, mentions, first_start, first_end)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, outlet_id, role) DO UPDATE SET mentions = mentions + excluded.mentions
            """))
        insertArticleLocation = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO article_location (article_id, location_id, mentions, first_start, first_end)
            VALUES (?, ?, 1, ?, ?)
            ON CONFLICT (article_id, location_id) DO UPDATE SET mentions = mentions + 1
            """))
        insertDateMention = RowStatement(try db.cachedStatement(sql: """
            INSERT INTO date_mention (article_id, start, "end", text, date, is_relative) VALUES (?, ?, ?, ?, ?, ?)
            """))
    }
}
