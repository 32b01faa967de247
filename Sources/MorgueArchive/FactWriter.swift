import GRDB
import MorgueExtraction

/// Writes one story's extracted facts (actors, quotes, attributions, outlets, places, dates) inside
/// the transaction that stores the story, resolving actors, outlets and places against the archive.
struct FactWriter {
    let db: Database
    let articleID: Int64

    func write(_ extraction: Extraction) throws {
        var actorIDs: [String: Int64] = [:]
        for actor in extraction.actors {
            let id = try ActorDirectory(db: db).resolve(actor)
            actorIDs[actor.name] = id
            for alias in actor.aliases { actorIDs[alias] = actorIDs[alias] ?? id }
            if let handle = actor.handle { actorIDs[handle] = actorIDs[handle] ?? id }
            try db.cachedStatement(sql: """
                INSERT INTO article_actor (article_id, actor_id, mentions, first_start, first_end)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
                """).execute(arguments: [articleID, id, actor.mentions.count,
                                         actor.mentions.min()?.start, actor.mentions.min()?.end])
        }
        for quote in extraction.quotes {
            let actorID = quote.speaker.flatMap { actorIDs[$0] } ?? quote.speakerHandle.flatMap { actorIDs[$0] }
            try db.cachedStatement(sql: """
                INSERT INTO quote (article_id, start, "end", text, text_key, kind, speaker, speaker_mention,
                    speaker_start, speaker_end, speaker_role, speaker_handle, actor_id, cue, said_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [articleID, quote.span.start, quote.span.end, quote.text,
                                         QuoteKey.fold(quote.text), quote.kind.rawValue, quote.speaker,
                                         quote.speakerMention, quote.speakerSpan?.start, quote.speakerSpan?.end,
                                         quote.speakerRole, quote.speakerHandle, actorID, quote.cue,
                                         quote.date?.description])
        }
        for attribution in extraction.attributions {
            let outletID = attribution.isOutlet ? try Archive.outletID(named: attribution.source, in: db) : nil
            try db.cachedStatement(sql: """
                INSERT INTO attribution (article_id, source, source_mention, source_start, source_end, outlet_id,
                    cue, claim, claim_start, claim_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [articleID, attribution.source, attribution.sourceMention,
                                         attribution.sourceSpan.start, attribution.sourceSpan.end, outletID,
                                         attribution.cue, attribution.claim, attribution.claimSpan?.start,
                                         attribution.claimSpan?.end])
        }
        for outlet in extraction.outlets {
            let outletID = try Archive.outletID(named: outlet.name, in: db)
            try db.cachedStatement(sql: """
                INSERT INTO article_outlet (article_id, outlet_id, role, mentions, first_start, first_end)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (article_id, outlet_id, role) DO UPDATE SET mentions = mentions + excluded.mentions
                """).execute(arguments: [articleID, outletID, outlet.role.rawValue, outlet.span == nil ? 0 : 1,
                                         outlet.span?.start, outlet.span?.end])
        }
        for location in extraction.locations {
            let locationID = try locationID(for: location)
            try db.cachedStatement(sql: """
                INSERT INTO article_location (article_id, location_id, mentions, first_start, first_end)
                VALUES (?, ?, 1, ?, ?)
                ON CONFLICT (article_id, location_id) DO UPDATE SET mentions = mentions + 1
                """).execute(arguments: [articleID, locationID, location.span.start, location.span.end])
        }
        for mention in extraction.dates {
            try db.cachedStatement(sql: """
                INSERT INTO date_mention (article_id, start, "end", text, date, is_relative) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [articleID, mention.span.start, mention.span.end, mention.text,
                                         mention.date.description, mention.isRelative])
        }
    }

    private func locationID(for location: LocationMention) throws -> Int64 {
        let existing: Int64?
        if let geonameID = location.geonameID {
            existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id = ?"),
                                          arguments: [geonameID])
        } else {
            existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM location WHERE geoname_id IS NULL AND name = ? AND kind = ?"),
                arguments: [location.name, location.kind.rawValue])
        }
        if let existing { return existing }
        try db.cachedStatement(sql: "INSERT INTO location (geoname_id, name, kind, country_code) VALUES (?, ?, ?, ?)")
            .execute(arguments: [location.geonameID, location.name, location.kind.rawValue, location.countryCode])
        return db.lastInsertedRowID
    }
}
