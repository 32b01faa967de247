import GRDB
import MorgueExtraction

/// What `morgue alias add` did.
public struct AliasChange: Sendable, Codable, Hashable {
    /// The actor the aliases now belong to.
    public var actor: ActorSummary
    /// Names of other actors merged into it, whose quotes and mentions it now carries.
    public var merged: [String]
}

extension Archive {
    /// Records that `aliases` are other names of the actor called `name` (created as a person if the
    /// archive does not know it). An actor the archive knew under one of the aliases is merged into
    /// it, with its quotes, mentions and names: existing data follows the user's decision.
    public func addAliases(_ aliases: [String], to name: String) throws -> AliasChange {
        let (targetID, merged): (Int64, [String]) = try pool.write { db in
            let key = NameKey.fold(name)
            guard !key.isEmpty else { throw ArchiveError.notFound(what: "an actor named \"\(name)\"") }
            let targetID = try Self.actorID(forKey: key, in: db) ?? {
                try db.execute(sql: "INSERT INTO actor (name, kind) VALUES (?, 'person')", arguments: [name])
                let id = db.lastInsertedRowID
                try Self.addAlias(name, key: key, to: id, origin: "user", in: db)
                return id
            }()
            var mergedNames: [String] = []
            for alias in aliases {
                let aliasKey = NameKey.fold(alias)
                guard !aliasKey.isEmpty else { continue }
                let others = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT actor_id FROM actor_alias WHERE alias_key = ? AND actor_id <> ?
                    """, arguments: [aliasKey, targetID])
                for other in others {
                    mergedNames.append(try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [other]) ?? "")
                    try Self.merge(other, into: targetID, in: db)
                }
                try Self.addAlias(alias, key: aliasKey, to: targetID, origin: "user", in: db)
            }
            return (targetID, mergedNames)
        }
        guard let summary = try actors(id: targetID).first else {
            throw ArchiveError.notFound(what: "an actor named \"\(name)\"")
        }
        return AliasChange(actor: summary, merged: merged)
    }

    /// The actor going by exactly this folded name, the most often named one where several do.
    private static func actorID(forKey key: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT al.actor_id FROM actor_alias al
            WHERE al.alias_key = ?
            ORDER BY (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = al.actor_id) DESC, al.actor_id LIMIT 1
            """, arguments: [key])
    }

    private static func addAlias(_ alias: String, key: String, to actorID: Int64, origin: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO actor_alias (actor_id, alias, alias_key, origin) VALUES (?, ?, ?, ?)
            ON CONFLICT (alias_key, actor_id) DO UPDATE SET origin = excluded.origin
            """, arguments: [actorID, alias, key, origin])
    }

    /// Moves everything of actor `source` to actor `target`, then deletes `source`.
    private static func merge(_ source: Int64, into target: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE quote SET actor_id = ? WHERE actor_id = ?", arguments: [target, source])
        try db.execute(sql: """
            INSERT INTO article_actor (article_id, actor_id, mentions, first_start, first_end)
            SELECT article_id, ?, mentions, first_start, first_end FROM article_actor WHERE actor_id = ?
            ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
            """, arguments: [target, source])
        try db.execute(sql: """
            INSERT OR IGNORE INTO actor_alias (actor_id, alias, alias_key, origin)
            SELECT ?, alias, alias_key, origin FROM actor_alias WHERE actor_id = ?
            """, arguments: [target, source])
        try db.execute(sql: """
            UPDATE actor SET role = coalesce(role, (SELECT role FROM actor WHERE id = ?)),
                handle = coalesce(handle, (SELECT handle FROM actor WHERE id = ?)) WHERE id = ?
            """, arguments: [source, source, target])
        try db.execute(sql: "DELETE FROM actor WHERE id = ?", arguments: [source])
    }
}
