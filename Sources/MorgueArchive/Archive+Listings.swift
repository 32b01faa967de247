import Foundation
import GRDB

extension Archive {
    /// People and organisations, most often named first. `matching` keeps those with a name or alias
    /// containing the text; `kind` keeps persons or organisations.
    public func actors(matching text: String? = nil, kind: String? = nil, limit: Int = 50) throws -> [ActorSummary] {
        try actors(matching: text, kind: kind, id: nil, limit: limit)
    }

    /// The actor with this id, if any.
    func actors(id: Int64) throws -> [ActorSummary] {
        try actors(matching: nil, kind: nil, id: id, limit: 1)
    }

    private func actors(matching text: String?, kind: String?, id: Int64?, limit: Int) throws -> [ActorSummary] {
        var sql = SQLBuilder()
        if let id { sql.where("ac.id = ?", [id]) }
        if let text {
            sql.where("ac.id IN (SELECT actor_id FROM actor_alias WHERE alias LIKE ? ESCAPE '\\')",
                      ["%" + Self.escapeLike(text) + "%"])
        }
        if let kind { sql.where("ac.kind = ?", [kind]) }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT ac.id, ac.name, ac.kind, ac.role, ac.handle,
                    (SELECT group_concat(alias, '|') FROM (SELECT DISTINCT alias FROM actor_alias
                        WHERE actor_id = ac.id AND alias <> ac.name ORDER BY alias)) AS aliases,
                    (SELECT count(*) FROM article_actor WHERE actor_id = ac.id) AS articles,
                    (SELECT count(*) FROM quote WHERE actor_id = ac.id) AS quotes
                FROM actor ac \(sql.whereClause)
                ORDER BY articles DESC, quotes DESC, ac.name LIMIT ?
                """, arguments: sql.arguments + [limit]).map { row in
                let aliases: String = row["aliases"] ?? ""
                return ActorSummary(id: row["id"], name: row["name"], kind: row["kind"], role: row["role"],
                                    handle: row["handle"], aliases: aliases.split(separator: "|").map(String.init),
                                    articles: row["articles"], quotes: row["quotes"])
            }
        }
    }

    /// Outlets, most often published or cited first.
    public func outlets(matching text: String? = nil, limit: Int = 50) throws -> [OutletSummary] {
        var sql = SQLBuilder()
        if let text { sql.where("o.name LIKE ? ESCAPE '\\'", ["%" + Self.escapeLike(text) + "%"]) }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.id, o.name,
                    (SELECT count(*) FROM article WHERE outlet_id = o.id) AS published,
                    (SELECT count(*) FROM article_outlet WHERE outlet_id = o.id AND role = 'cited') AS cited_by,
                    (SELECT count(*) FROM attribution WHERE outlet_id = o.id) AS attributions
                FROM outlet o \(sql.whereClause)
                ORDER BY published + cited_by DESC, o.name LIMIT ?
                """, arguments: sql.arguments + [limit]).map { row in
                OutletSummary(id: row["id"], name: row["name"], published: row["published"],
                              citedBy: row["cited_by"], attributions: row["attributions"])
            }
        }
    }

    /// Places, most often named first. `matching` keeps names containing the text or the country code.
    public func locations(matching text: String? = nil, limit: Int = 50) throws -> [LocationSummary] {
        var sql = SQLBuilder()
        if let text {
            sql.where("(l.name LIKE ? ESCAPE '\\' OR l.country_code = ? COLLATE NOCASE)",
                      ["%" + Self.escapeLike(text) + "%", text])
        }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.id, l.name, l.kind, l.country_code, l.geoname_id,
                    count(al.article_id) AS articles, coalesce(sum(al.mentions), 0) AS mentions
                FROM location l LEFT JOIN article_location al ON al.location_id = l.id
                \(sql.whereClause)
                GROUP BY l.id ORDER BY articles DESC, mentions DESC, l.name LIMIT ?
                """, arguments: sql.arguments + [limit]).map { row in
                LocationSummary(id: row["id"], name: row["name"], kind: row["kind"], countryCode: row["country_code"],
                                geonameID: row["geoname_id"], articles: row["articles"], mentions: row["mentions"])
            }
        }
    }

    /// Counts of everything the archive holds.
    public func stats() throws -> ArchiveStats {
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        return try pool.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let span = try Row.fetchOne(db, sql: "SELECT min(published_date) AS first, max(published_date) AS last FROM article")
            return ArchiveStats(
                path: path,
                schemaVersion: try SchemaMigrations.migrator.appliedIdentifiers(db).sorted().last ?? "",
                articles: try count("SELECT count(*) FROM article"),
                quotes: try count("SELECT count(*) FROM quote WHERE kind = 'direct'"),
                embeddedPosts: try count("SELECT count(*) FROM quote WHERE kind = 'embedded_post'"),
                attributions: try count("SELECT count(*) FROM attribution"),
                actors: try count("SELECT count(*) FROM actor"),
                outlets: try count("SELECT count(*) FROM outlet"),
                locations: try count("SELECT count(*) FROM location"),
                earliest: span?["first"], latest: span?["last"],
                ingestRuns: try count("SELECT count(*) FROM ingest_run"),
                lastRunAt: try String.fetchOne(db, sql: "SELECT max(started_at) FROM ingest_run"),
                fileBytes: fileBytes)
        }
    }
}
