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

    private static func dossierMaterial(ofEvent id: Int64, in db: Database) throws -> DossierMaterial {
        let members = "SELECT article_id FROM event_article WHERE event_id = ? AND is_removed = 0"
        let stories = try Row.fetchAll(db, sql: """
            SELECT a.id, a.title, o.name AS outlet, a.byline, a.published_date, a.published_at, a.url, a.source_path,
                length(a.body) AS body_length FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN (\(members))
            ORDER BY a.published_date IS NULL, a.published_date, a.id
            """, arguments: [id]).map { row in
            DossierMaterial.StoryRow(
                id: row["id"], title: row["title"], outlet: row["outlet"], byline: row["byline"],
                published: row["published_date"], publishedAt: row["published_at"], url: row["url"],
                sourcePath: row["source_path"], bodyLength: row["body_length"])
        }
        let quotes = try Row.fetchAll(db, sql: """
            SELECT q.article_id, q.start, q."end", q.text, q.text_key, q.kind, coalesce(ac.name, q.speaker) AS speaker,
                coalesce(q.speaker_role, ac.role) AS role, coalesce(q.speaker_handle, ac.handle) AS handle, q.cue, q.said_on
            FROM quote q LEFT JOIN actor ac ON ac.id = q.actor_id WHERE q.article_id IN (\(members))
            ORDER BY q.article_id, q.start
            """, arguments: [id]).map { row in
            DossierMaterial.QuoteRow(
                articleID: row["article_id"], start: row["start"], end: row["end"], text: row["text"],
                key: row["text_key"], kind: row["kind"], speaker: row["speaker"], speakerRole: row["role"],
                speakerHandle: row["handle"], cue: row["cue"], saidOn: row["said_on"])
        }
        let attributions = try Row.fetchAll(db, sql: """
            SELECT t.*, o.name AS outlet_name FROM attribution t LEFT JOIN outlet o ON o.id = t.outlet_id
            WHERE t.article_id IN (\(members)) ORDER BY t.article_id, t.source_start
            """, arguments: [id]).map { row in
            DossierMaterial.AttributionRow(
                articleID: row["article_id"], source: row["outlet_name"] ?? row["source"],
                sourceMention: row["source_mention"], sourceStart: row["source_start"], sourceEnd: row["source_end"],
                isOutlet: row["outlet_id"] != nil, cue: row["cue"], claim: row["claim"], claimStart: row["claim_start"],
                claimEnd: row["claim_end"])
        }
        let outlets = try Row.fetchAll(db, sql: """
            SELECT a.id AS article_id, o.name, 'publisher' AS role FROM article a JOIN outlet o ON o.id = a.outlet_id
            WHERE a.id IN (\(members))
            UNION
            SELECT ao.article_id, o.name, ao.role FROM article_outlet ao JOIN outlet o ON o.id = ao.outlet_id
            WHERE ao.article_id IN (\(members))
            ORDER BY 1, 2
            """, arguments: [id, id]).map { row in
            DossierMaterial.OutletRow(articleID: row["article_id"], name: row["name"], role: row["role"])
        }
        let actors = try Row.fetchAll(db, sql: """
            SELECT aa.article_id, ac.id, ac.name, ac.kind, ac.role, aa.mentions, aa.first_start, aa.first_end
            FROM article_actor aa JOIN actor ac ON ac.id = aa.actor_id WHERE aa.article_id IN (\(members))
            ORDER BY aa.article_id, ac.id
            """, arguments: [id]).map { row in
            DossierMaterial.ActorRow(
                articleID: row["article_id"], actorID: row["id"], name: row["name"], kind: row["kind"], role: row["role"],
                mentions: row["mentions"], firstStart: row["first_start"], firstEnd: row["first_end"])
        }
        let places = try Row.fetchAll(db, sql: """
            SELECT al.article_id, l.id, l.name, l.kind, l.country_code, al.mentions, al.first_start, al.first_end
            FROM article_location al JOIN location l ON l.id = al.location_id WHERE al.article_id IN (\(members))
            ORDER BY al.article_id, l.id
            """, arguments: [id]).map { row in
            DossierMaterial.PlaceRow(
                articleID: row["article_id"], locationID: row["id"], name: row["name"], kind: row["kind"],
                countryCode: row["country_code"], mentions: row["mentions"], firstStart: row["first_start"],
                firstEnd: row["first_end"])
        }
        return DossierMaterial(event: try summary(ofEvent: id, in: db), stories: stories, quotes: quotes,
                               attributions: attributions, outlets: outlets, actors: actors, places: places)
    }
}
