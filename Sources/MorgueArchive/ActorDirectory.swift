import GRDB
import MorgueExtraction

/// Matches the actors a story names against those the archive already knows, so that
/// "Donald J. Trump" in one story and "President Donald Trump" in another are one actor.
///
/// A full name matches by its folded key ("donald trump"); a handle by the handle; a lone surname
/// ("Trump") matches the actor who goes by it, the most often named one where several do.
struct ActorDirectory {
    let db: Database

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
            try db.cachedStatement(sql: "INSERT INTO actor (name, kind, role, handle) VALUES (?, ?, ?, ?)")
                .execute(arguments: [actor.name, actor.kind.rawValue, actor.role, actor.handle])
            id = db.lastInsertedRowID
        }
        try improve(id, with: actor)
        var names = [(actor.name, nameKey)]
        names += actor.aliases.map { ($0, NameKey.fold($0, isPerson: isPerson)) }
        if let handle = actor.handle, let handleKey { names.append((handle, handleKey)) }
        if isPerson, let surname = NameKey.surname(ofFolded: nameKey) { names.append((surname.capitalized, surname)) }
        for (alias, key) in names where !key.isEmpty {
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO actor_alias (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, 'extracted')
                """).execute(arguments: [id, alias, key])
        }
        return id
    }

    /// The actor that goes by any of `keys`, the most often named one where several do. Stories are
    /// counted only when several actors compete: counting the stories of a much-named actor at each
    /// mention would make ingest slower as the archive grows.
    private func match(keys: [String], kind: ActorKind) throws -> Int64? {
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let candidates = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT a.id FROM actor_alias al JOIN actor a ON a.id = al.actor_id
            WHERE al.alias_key IN (\(placeholders)) AND a.kind = ? ORDER BY a.id
            """), arguments: StatementArguments(keys) + [kind.rawValue])
        guard candidates.count > 1 else { return candidates.first }
        let list = Array(repeating: "?", count: candidates.count).joined(separator: ", ")
        let busiest = try Int64.fetchOne(db, sql: """
            SELECT actor_id FROM article_actor WHERE actor_id IN (\(list))
            GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1
            """, arguments: StatementArguments(candidates))
        return busiest ?? candidates.first
    }

    /// Keeps the fullest name, and fills in a role or handle the archive did not have. The row is
    /// written only when that changes it: most mentions of a known actor add nothing.
    private func improve(_ id: Int64, with actor: Actor) throws {
        try db.cachedStatement(sql: """
            UPDATE actor SET
                name = CASE WHEN length(?) > length(name) THEN ? ELSE name END,
                role = coalesce(role, ?),
                handle = coalesce(handle, ?)
            WHERE id = ? AND (length(?) > length(name) OR (role IS NULL AND ? IS NOT NULL)
                OR (handle IS NULL AND ? IS NOT NULL))
            """).execute(arguments: [actor.name, actor.name, actor.role, actor.handle, id, actor.name, actor.role,
                                     actor.handle])
    }
}
