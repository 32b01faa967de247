import GRDB
import MorgueExtraction

/// Writes one story's extracted facts (actors, quotes, attributions, outlets, places, dates) inside
/// the transaction that stores the story, resolving actors, outlets and places against the archive
/// through the writer's `WriterLookups`.
struct FactWriter {
    let db: Database
    let lookups: WriterLookups
    let statements: StoreStatements
    /// Where the quotes go to be indexed at the end of the transaction, when the writer indexes
    /// them itself; nil when the insert trigger does.
    let fullText: DeferredFullText?

    func write(_ extraction: Extraction, of articleID: Int64) throws {
        var actorIDs: [String: Int64] = [:]
        let directory = ActorDirectory(db: db, lookups: lookups, statements: statements)
        for actor in extraction.actors {
            let id = try directory.resolve(actor)
            actorIDs[actor.name] = id
            for alias in actor.aliases { actorIDs[alias] = actorIDs[alias] ?? id }
            if let handle = actor.handle { actorIDs[handle] = actorIDs[handle] ?? id }
            let first = actor.mentions.min()
            try statements.insertArticleActor.execute { row in
                row.add(articleID)
                row.add(id)
                row.add(actor.mentions.count)
                row.add(first?.start)
                row.add(first?.end)
            }
        }
        for quote in extraction.quotes {
            let actorID = quote.speaker.flatMap { actorIDs[$0] } ?? quote.speakerHandle.flatMap { actorIDs[$0] }
            try statements.insertQuote.execute { row in
                row.add(articleID)
                row.add(quote.span.start)
                row.add(quote.span.end)
                row.add(quote.text)
                row.add(QuoteKey.fold(quote.text))
                row.add(quote.kind.rawValue)
                row.add(quote.speaker)
                row.add(quote.speakerMention)
                row.add(quote.speakerSpan?.start)
                row.add(quote.speakerSpan?.end)
                row.add(quote.speakerRole)
                row.add(quote.speakerHandle)
                row.add(actorID)
                row.add(quote.cue)
                row.add(quote.date?.description)
            }
            fullText?.addQuote(db.lastInsertedRowID)
        }
        for attribution in extraction.attributions {
            let outletID = attribution.isOutlet ? try outletID(named: attribution.source) : nil
            try statements.insertAttribution.execute { row in
                row.add(articleID)
                row.add(attribution.source)
                row.add(attribution.sourceMention)
                row.add(attribution.sourceSpan.start)
                row.add(attribution.sourceSpan.end)
                row.add(outletID)
                row.add(attribution.cue)
                row.add(attribution.claim)
                row.add(attribution.claimSpan?.start)
                row.add(attribution.claimSpan?.end)
            }
        }
        for outlet in extraction.outlets {
            let outletID = try outletID(named: outlet.name)
            try statements.insertArticleOutlet.execute { row in
                row.add(articleID)
                row.add(outletID)
                row.add(outlet.role.rawValue)
                row.add(outlet.span == nil ? 0 : 1)
                row.add(outlet.span?.start)
                row.add(outlet.span?.end)
            }
        }
        for location in extraction.locations {
            let locationID = try locationID(for: location)
            try statements.insertArticleLocation.execute { row in
                row.add(articleID)
                row.add(locationID)
                row.add(location.span.start)
                row.add(location.span.end)
            }
        }
        for mention in extraction.dates {
            try statements.insertDateMention.execute { row in
                row.add(articleID)
                row.add(mention.span.start)
                row.add(mention.span.end)
                row.add(mention.text)
                row.add(mention.date.description)
                row.add(mention.isRelative)
            }
        }
    }

    /// The id of the outlet with this canonical name, created if new. Names match as the `outlet`
    /// table's `NOCASE` unique index matches them.
    func outletID(named name: String) throws -> Int64 {
        let key = StoredText(name, caseInsensitive: true)
        if let known = lookups.outletIDs[key] { return known }
        let id: Int64
        if let existing = try Int64.fetchOne(statements.outletByName, arguments: [name]) {
            id = existing
        } else {
            try statements.insertOutlet.execute { row in
                row.add(name)
            }
            id = db.lastInsertedRowID
        }
        lookups.outletIDs[key] = id
        return id
    }

    private func locationID(for location: LocationMention) throws -> Int64 {
        if let geonameID = location.geonameID {
            if let known = lookups.locationIDsByGeonameID[geonameID] { return known }
            let id = try Int64.fetchOne(statements.locationByGeonameID, arguments: [geonameID])
                ?? insertLocation(location)
            lookups.locationIDsByGeonameID[geonameID] = id
            return id
        }
        let key = WriterLookups.LocationName(name: StoredText(location.name), kind: location.kind.rawValue)
        if let known = lookups.locationIDsByName[key] { return known }
        let id = try Int64.fetchOne(statements.locationByName, arguments: [location.name, location.kind.rawValue])
            ?? insertLocation(location)
        lookups.locationIDsByName[key] = id
        return id
    }

    private func insertLocation(_ location: LocationMention) throws -> Int64 {
        try statements.insertLocation.execute { row in
            row.add(location.geonameID)
            row.add(location.name)
            row.add(location.kind.rawValue)
            row.add(location.countryCode)
        }
        return db.lastInsertedRowID
    }
}
