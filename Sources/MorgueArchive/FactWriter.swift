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
            try statements.insertArticleActor.execute(arguments: [articleID, id, actor.mentions.count,
                                                                  first?.start, first?.end])
        }
        for quote in extraction.quotes {
            let actorID = quote.speaker.flatMap { actorIDs[$0] } ?? quote.speakerHandle.flatMap { actorIDs[$0] }
            try statements.insertQuote.execute(arguments: [
                articleID, quote.span.start, quote.span.end, quote.text, QuoteKey.fold(quote.text),
                quote.kind.rawValue, quote.speaker, quote.speakerMention, quote.speakerSpan?.start,
                quote.speakerSpan?.end, quote.speakerRole, quote.speakerHandle, actorID, quote.cue,
                quote.date?.description])
            fullText?.addQuote(db.lastInsertedRowID)
        }
        for attribution in extraction.attributions {
            let outletID = attribution.isOutlet ? try outletID(named: attribution.source) : nil
            try statements.insertAttribution.execute(arguments: [
                articleID, attribution.source, attribution.sourceMention, attribution.sourceSpan.start,
                attribution.sourceSpan.end, outletID, attribution.cue, attribution.claim,
                attribution.claimSpan?.start, attribution.claimSpan?.end])
        }
        for outlet in extraction.outlets {
            let outletID = try outletID(named: outlet.name)
            try statements.insertArticleOutlet.execute(arguments: [
                articleID, outletID, outlet.role.rawValue, outlet.span == nil ? 0 : 1, outlet.span?.start,
                outlet.span?.end])
        }
        for location in extraction.locations {
            let locationID = try locationID(for: location)
            try statements.insertArticleLocation.execute(arguments: [articleID, locationID, location.span.start,
                                                                     location.span.end])
        }
        for mention in extraction.dates {
            try statements.insertDateMention.execute(arguments: [
                articleID, mention.span.start, mention.span.end, mention.text, mention.date.description,
                mention.isRelative])
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
            try statements.insertOutlet.execute(arguments: [name])
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
        try statements.insertLocation.execute(arguments: [location.geonameID, location.name, location.kind.rawValue,
                                                          location.countryCode])
        return db.lastInsertedRowID
    }
}
