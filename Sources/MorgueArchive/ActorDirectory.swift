import GRDB
import MorgueExtraction

/// Matches the actors a story names against those the archive already knows, so that
/// "Donald J. Trump" in one story and "President Donald Trump" in another are one actor.
///
/// A full name matches by its folded key ("donald trump"); a handle by the handle; a lone surname
/// ("Trump") matches the actor who goes by it, the most often named one where several do.
/// What it reads of the archive (the actors going by a key, an actor's details, the aliases already
/// stored) it keeps in the writer's `WriterLookups`, so that an actor named again costs no query.
struct ActorDirectory {
    let db: Database
    let lookups: WriterLookups
    let statements: StoreStatements

    /// The id of the archive's actor for `actor`, created when the archive has none, with every
    /// name the story gives it recorded as an alias.
    func resolve(_ actor: Actor) throws -> Int64 {
        let isPerson = actor.kind == .person
        let nameKey = NameKey.fold(actor.name, isPerson: isPerson)
        let handleKey = actor.handle.map { NameKey.fold($0, isPerson: false) }
        var fullKeys = [nameKey]
        for alias in actor.aliases {
            let key = NameKey.fold(alias, isPerson: isPerson)
            if key.contains(" ") && !fullKeys.contains(key) { fullKeys.append(key) }
        }
        let id: Int64
        if let found = try match(keys: fullKeys + (handleKey.map { [$0] } ?? []), kind: actor.kind) {
            id = found
        } else if !nameKey.contains(" "), let found = try match(keys: [nameKey], kind: actor.kind) {
            id = found
        } else {
            try statements.insertActor.execute { row in
                row.add(actor.name)
                row.add(actor.kind.rawValue)
                row.add(actor.role)
                row.add(actor.handle)
            }
            id = db.lastInsertedRowID
        }
        try improve(id, with: actor)
        var names = [(actor.name, nameKey)]
        names += actor.aliases.map { ($0, NameKey.fold($0, isPerson: isPerson)) }
        if let handle = actor.handle, let handleKey { names.append((handle, handleKey)) }
        if isPerson, let surname = NameKey.surname(ofFolded: nameKey) { names.append((surname.capitalized, surname)) }
        for (alias, key) in names where !key.isEmpty {
            try record(alias: alias, key: key, of: id, kind: actor.kind.rawValue)
        }
        return id
    }

    /// The actor that goes by any of `keys`, the most often named one where several do. Stories are
    /// counted only when several actors compete: counting the stories of a much-named actor at each
    /// mention would make ingest slower as the archive grows.
    private func match(keys: [String], kind: ActorKind) throws -> Int64? {
        var candidates: [Int64] = []
        for key in keys {
            for named in try actors(goingBy: key) where named.kind == kind.rawValue && !candidates.contains(named.id) {
                candidates.append(named.id)
            }
        }
        candidates.sort()
        guard candidates.count > 1 else { return candidates.first }
        let list = Array(repeating: "?", count: candidates.count).joined(separator: ", ")
        let busiest = try Int64.fetchOne(db, sql: """
            SELECT actor_id FROM article_actor WHERE actor_id IN (\(list))
            GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1
            """, arguments: StatementArguments(candidates))
        return busiest ?? candidates.first
    }

    /// The actors with an alias folded to `key`, of any kind, read once and then kept up to date
    /// by `record(alias:key:of:kind:)`.
    private func actors(goingBy key: String) throws -> [WriterLookups.NamedActor] {
        guard !key.isEmpty else { return [] }
        let stored = StoredText(key)
        if let known = lookups.actorsByAliasKey[stored] { return known }
        let found = try Row.fetchAll(statements.actorsByAliasKey, arguments: [key]).map {
            WriterLookups.NamedActor(id: $0[0], kind: $0[1])
        }
        lookups.actorsByAliasKey[stored] = found
        return found
    }

    /// Stores `alias` as a name of actor `id`, unless the archive has it already.
    private func record(alias: String, key: String, of id: Int64, kind: String) throws {
        let pair = WriterLookups.AliasPair(key: StoredText(key), actorID: id)
        if lookups.storedAliases.contains(pair) { return }
        let known = lookups.actorsByAliasKey[pair.key]
        if known?.contains(where: { $0.id == id }) != true {
            try statements.insertAlias.execute { row in
                row.add(id)
                row.add(alias)
                row.add(key)
            }
            if var known {
                known.append(WriterLookups.NamedActor(id: id, kind: kind))
                lookups.actorsByAliasKey[pair.key] = known
            }
        }
        lookups.storedAliases.insert(pair)
    }

    /// Keeps the fullest name, and fills in a role or handle the archive did not have. The row is
    /// written only when that changes it: most mentions of a known actor add nothing, and are
    /// told apart by the details kept in `lookups` without a query.
    private func improve(_ id: Int64, with actor: Actor) throws {
        let details: WriterLookups.ActorDetails
        if let known = lookups.actorDetails[id] {
            details = known
        } else {
            guard let row = try Row.fetchOne(statements.actorDetails, arguments: [id]) else { return }
            details = WriterLookups.ActorDetails(nameLength: row[0], hasRole: row[1], hasHandle: row[2])
            lookups.actorDetails[id] = details
        }
        // SQLite's length() counts the scalars up to the first NUL: never more than Swift counts, so a
        // name this does not find longer is not longer for SQLite either.
        let isLonger = actor.name.unicodeScalars.count > details.nameLength
        let addsRole = !details.hasRole && actor.role != nil
        let addsHandle = !details.hasHandle && actor.handle != nil
        guard isLonger || addsRole || addsHandle else { return }
        try statements.improveActor.execute { row in
            row.add(actor.name)
            row.add(actor.name)
            row.add(actor.role)
            row.add(actor.handle)
            row.add(id)
            row.add(actor.name)
            row.add(actor.role)
            row.add(actor.handle)
        }
        lookups.actorDetails[id] = nil
    }
}
