import Foundation
import GRDB

/// What a web server said identifies its copy of a feed or page: sent back as `If-None-Match` and
/// `If-Modified-Since` so that an unchanged resource answers "304 Not Modified".
public struct FetchValidators: Sendable, Hashable {
    /// The `ETag` header, as sent (quotes and `W/` included).
    public var etag: String?
    /// The `Last-Modified` header, as sent (an HTTP date).
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Whether there is anything to send back.
    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

extension Archive {
    /// The validators of the last good copy of `url`, if Morgue fetched and ingested it before.
    public func validators(for url: String) throws -> FetchValidators? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM fetch_validator WHERE url = ?", arguments: [url])
                .map { FetchValidators(etag: $0["etag"], lastModified: $0["last_modified"]) }
        }
    }

    /// Remembers the validators of a copy of `url` whose stories are now stored; empty validators
    /// forget the URL, so that its next fetch is unconditional.
    public func recordValidators(_ validators: FetchValidators, for url: String, now: Date = Date()) throws {
        try pool.write { db in
            if validators.isEmpty {
                try db.execute(sql: "DELETE FROM fetch_validator WHERE url = ?", arguments: [url])
            } else {
                try db.execute(sql: """
                    INSERT INTO fetch_validator (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                        fetched_at = excluded.fetched_at
                    """, arguments: [url, validators.etag, validators.lastModified, Self.timestamp(now)])
            }
        }
    }

    /// Whether a story with this URL is stored: a linked page already in the archive is not fetched again.
    public func hasStory(at url: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article WHERE url = ?)", arguments: [url]) ?? false
        }
    }
}
