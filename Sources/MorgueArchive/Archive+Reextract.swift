import Foundation
import GRDB
import MorgueExtraction

/// What `Archive.reextract` did.
public struct ReextractCounts: Sendable, Hashable {
    /// Stories extracted again and stored with their new facts.
    public var stories = 0
    /// Quotes those stories hold now.
    public var quotes = 0

    public init(stories: Int = 0, quotes: Int = 0) {
        self.stories = stories
        self.quotes = quotes
    }
}

extension Archive {
    /// How many stories were extracted by other rules than this Morgue's (`Extractor.rulesVersion`),
    /// or before versions were recorded.
    public func outdatedStoryCount() throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE extracted_by IS NOT ?",
                             arguments: [Extractor.rulesVersion]) ?? 0
        }
    }

    /// Extracts stored stories again from their stored text and replaces their facts: the stories
    /// extracted by older rules, or every story when `all` is true. Works a page of `batchSize`
    /// stories at a time, extracting on every core and storing each page in one transaction, so an
    /// interruption leaves every story either refreshed or as it was; running it again continues.
    /// `progress` is called after each page with the stories done so far.
    public func reextract(all: Bool = false, extractor: Extractor = Extractor(), batchSize: Int = 256,
                          progress: (Int) -> Void = { _ in }) throws -> ReextractCounts {
        var counts = ReextractCounts()
        var lastID: Int64 = 0
        while true {
            let page = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.id, a.title, a.byline, a.url, a.body, a.published_date, a.published_at,
                        a.source_path, o.name AS outlet
                    FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id
                    WHERE a.id > ? AND (? OR a.extracted_by IS NOT ?) ORDER BY a.id LIMIT ?
                    """, arguments: [lastID, all, Extractor.rulesVersion, batchSize]).map { row in
                    (id: row["id"] as Int64,
                     draft: ArticleDraft(title: row["title"], outlet: row["outlet"], byline: row["byline"],
                                         published: (row["published_date"] as String?).flatMap(DateParser.parse),
                                         publishedAt: row["published_at"], url: row["url"], body: row["body"],
                                         sourcePath: row["source_path"]))
                }
            }
            guard let last = page.last else { break }
            let extractions = Self.parallelMap(page.map(\.draft)) { extractor.extract($0) }
            try pool.write { db in
                for (article, extraction) in zip(page, extractions) {
                    try Self.deleteFacts(of: article.id, in: db)
                    try Self.writeFacts(extraction, of: article.id, in: db)
                }
            }
            counts.stories += page.count
            counts.quotes += extractions.reduce(0) { $0 + $1.quotes.count }
            lastID = last.id
            progress(counts.stories)
        }
        return counts
    }
}
