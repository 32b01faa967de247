import Foundation
import GRDB

/// The counts a run ends with.
public struct IngestCounts: Sendable, Hashable, Codable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var failed = 0
    public var quotes = 0

    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0, failed: Int = 0, quotes: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.failed = failed
        self.quotes = quotes
    }
}

extension Archive {
    /// Records the start of an ingest run over `inputs` and returns its id.
    public func beginRun(inputs: [String], now: Date = Date()) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let encoded = String(decoding: try encoder.encode(inputs), as: UTF8.self)
        return try pool.write { db in
            try db.execute(sql: "INSERT INTO ingest_run (started_at, status, inputs) VALUES (?, 'running', ?)",
                           arguments: [Self.timestamp(now), encoded])
            return db.lastInsertedRowID
        }
    }

    /// Records the files or records a run could not ingest.
    public func recordErrors(_ errors: [IngestErrorRecord], run: Int64) throws {
        guard !errors.isEmpty else { return }
        try pool.write { db in
            for error in errors {
                try db.cachedStatement(sql: "INSERT INTO ingest_error (run_id, path, line, message) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [run, error.path, error.line, error.message])
            }
        }
    }

    /// Records the end of a run with its counts.
    public func finishRun(_ run: Int64, counts: IngestCounts, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE ingest_run SET finished_at = ?, status = 'finished', new_count = ?, updated_count = ?,
                    unchanged_count = ?, failed_count = ?, quote_count = ? WHERE id = ?
                """, arguments: [Self.timestamp(now), counts.new, counts.updated, counts.unchanged, counts.failed,
                                 counts.quotes, run])
        }
    }

    /// The most recent runs, newest first, with their errors.
    public func runs(limit: Int = 20) throws -> [IngestRunSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ingest_run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                let id: Int64 = row["id"]
                let errors = try Row.fetchAll(db, sql: "SELECT path, line, message FROM ingest_error WHERE run_id = ? ORDER BY id",
                                              arguments: [id]).map {
                    IngestErrorRecord(path: $0["path"], line: $0["line"], message: $0["message"])
                }
                return IngestRunSummary(id: id, startedAt: row["started_at"], finishedAt: row["finished_at"],
                                        status: row["status"], inputs: row["inputs"], new: row["new_count"],
                                        updated: row["updated_count"], unchanged: row["unchanged_count"],
                                        failed: row["failed_count"], quotes: row["quote_count"], errors: errors)
            }
        }
    }
}
