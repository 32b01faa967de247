import MorgueArchive

extension ArticleHit: TabularRecord {
    public static let columns = ["id", "published", "outlet", "title", "outlet_match", "snippet", "url", "source_path"]
    public static let flexibleColumn = 5
    public var cells: [String] {
        [String(id), published ?? "", outlet ?? "", title ?? "", outletMatch ?? "", snippet, url ?? "", sourcePath ?? ""]
    }
}

extension QuoteHit: TabularRecord {
    public static let columns = ["id", "published", "speaker", "cue", "quote", "kind", "article_id", "outlet",
                                 "carried_by"]
    public static let flexibleColumn = 4
    public var cells: [String] {
        [String(id), saidOn ?? published ?? "", speaker ?? "", cue ?? "", text, kind, String(articleID),
         outlet ?? "", carriedBy.map(String.init).joined(separator: " ")]
    }
}

extension ActorSummary: TabularRecord {
    public static let columns = ["id", "name", "kind", "role", "handle", "articles", "quotes", "aliases"]
    public static let flexibleColumn = 7
    public var cells: [String] {
        [String(id), name, kind, role ?? "", handle ?? "", String(articles), String(quotes), aliases.joined(separator: "; ")]
    }
}

extension OutletSummary: TabularRecord {
    public static let columns = ["id", "name", "published", "cited_by", "attributions"]
    public static let flexibleColumn = 1
    public var cells: [String] { [String(id), name, String(published), String(citedBy), String(attributions)] }
}

extension LocationSummary: TabularRecord {
    public static let columns = ["id", "name", "kind", "country_code", "geoname_id", "articles", "mentions"]
    public static let flexibleColumn = 1
    public var cells: [String] {
        [String(id), name, kind, countryCode ?? "", geonameID.map(String.init) ?? "", String(articles), String(mentions)]
    }
}

extension IngestRunSummary: TabularRecord {
    public static let columns = ["id", "started_at", "status", "new", "updated", "unchanged", "failed", "quotes", "inputs"]
    public static let flexibleColumn = 8
    public var cells: [String] {
        [String(id), startedAt, status, String(new), String(updated), String(unchanged), String(failed), String(quotes),
         inputs]
    }
}

extension ArchiveStats: TabularRecord {
    public static let columns = ["articles", "quotes", "embedded_posts", "attributions", "actors", "outlets",
                                 "locations", "earliest", "latest", "ingest_runs", "last_run_at", "file_bytes",
                                 "schema_version", "path"]
    public static let flexibleColumn = 13
    public var cells: [String] {
        [String(articles), String(quotes), String(embeddedPosts), String(attributions), String(actors), String(outlets),
         String(locations), earliest ?? "", latest ?? "", String(ingestRuns), lastRunAt ?? "", String(fileBytes),
         schemaVersion, path]
    }
}
