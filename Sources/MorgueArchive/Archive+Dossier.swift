import GRDB

extension Archive {
    // SQLite's length() counts a text's characters as Unicode scalars, as Morgue's offsets do.

    /// Everything the archive has on one event (by id or exact name), assembled into a `Dossier`.
    /// Reads in one transaction, so the dossier is consistent even while an ingest writes.
    public func dossier(for reference: String) throws -> Dossier {
        let material = try pool.read { db in
            let id = try Self.eventID(reference, in: db)
            return try Self.dossierMaterial(ofEvent: id, in: db)
        }
        return DossierAssembly(material).dossier()
    }

    // Rows are read by column position (in SELECT order): name lookups cost more than the rest.
    private static func dossierMaterial(ofEvent id: Int64, in db: Database) throws -> DossierMaterial {
        let members = "SELECT article_id FROM event_article WHERE event_id = ? AND is_removed = 0"
        let stories = try Row.fetchAll(db, sql: """
            SELECT a.id, a.title, o.name AS outlet, a.byline, a.published_date, a.published_at, a.url, a.source_path,
                length(a.body) AS body_length FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN (\(members))
            ORDER BY a.published_date IS NULL, a.published_date, a.id
            """, arguments: [id]).map { row in
            DossierMaterial.StoryRow(
                id: row[0], title: row[1], outlet: row[2], byline: row[3], published: row[4], publishedAt: row[5],
                url: row[6], sourcePath: row[7], bodyLength: row[8])
        }
        let quotes = try Row.fetchAll(db, sql: """
            SELECT q.article_id, q.start, q."end", q.text, q.text_key, q.kind, coalesce(ac.name, q.speaker) AS speaker,
                coalesce(q.speaker_role, ac.role) AS role, coalesce(q.speaker_handle, ac.handle) AS handle, q.cue, q.said_on
            FROM quote q LEFT JOIN actor ac ON ac.id = q.actor_id WHERE q.article_id IN (\(members))
            ORDER BY q.article_id, q.start
            """, arguments: [id]).map { row in
            DossierMaterial.QuoteRow(
                articleID: row[0], start: row[1], end: row[2], text: row[3], key: row[4], kind: row[5], speaker: row[6],
                speakerRole: row[7], speakerHandle: row[8], cue: row[9], saidOn: row[10])
        }
        let attributions = try Row.fetchAll(db, sql: """
            SELECT t.article_id, coalesce(o.name, t.source), t.source_mention, t.source_start, t.source_end,
                t.outlet_id IS NOT NULL, t.cue, t.claim, t.claim_start, t.claim_end FROM attribution t LEFT JOIN outlet o ON o.id = t.outlet_id
            WHERE t.article_id IN (\(members)) ORDER BY t.article_id, t.source_start
            """, arguments: [id]).map { row in
            DossierMaterial.AttributionRow(
                articleID: row[0], source: row[1], sourceMention: row[2], sourceStart: row[3], sourceEnd: row[4],
                isOutlet: row[5], cue: row[6], claim: row[7], claimStart: row[8], claimEnd: row[9])
        }
        let outlets = try Row.fetchAll(db, sql: """
            SELECT a.id AS article_id, o.name, 'publisher' AS role FROM article a JOIN outlet o ON o.id = a.outlet_id
            WHERE a.id IN (\(members))
            UNION
            SELECT ao.article_id, o.name, ao.role FROM article_outlet ao JOIN outlet o ON o.id = ao.outlet_id
            WHERE ao.article_id IN (\(members))
            ORDER BY 1, 2
            """, arguments: [id, id]).map { row in
            DossierMaterial.OutletRow(articleID: row[0], name: row[1], role: row[2])
        }
        let actors = try Row.fetchAll(db, sql: """
            SELECT aa.article_id, ac.id, ac.name, ac.kind, ac.role, aa.mentions, aa.first_start, aa.first_end
            FROM article_actor aa JOIN actor ac ON ac.id = aa.actor_id WHERE aa.article_id IN (\(members))
            ORDER BY aa.article_id, ac.id
            """, arguments: [id]).map { row in
            DossierMaterial.ActorRow(
                articleID: row[0], actorID: row[1], name: row[2], kind: row[3], role: row[4], mentions: row[5],
                firstStart: row[6], firstEnd: row[7])
        }
        let places = try Row.fetchAll(db, sql: """
            SELECT al.article_id, l.id, l.name, l.kind, l.country_code, al.mentions, al.first_start, al.first_end
            FROM article_location al JOIN location l ON l.id = al.location_id WHERE al.article_id IN (\(members))
            ORDER BY al.article_id, l.id
            """, arguments: [id]).map { row in
            DossierMaterial.PlaceRow(
                articleID: row[0], locationID: row[1], name: row[2], kind: row[3], countryCode: row[4], mentions: row[5],
                firstStart: row[6], firstEnd: row[7])
        }
        return DossierMaterial(event: try summary(ofEvent: id, in: db), stories: stories, quotes: quotes,
                               attributions: attributions, outlets: outlets, actors: actors, places: places)
    }
}
