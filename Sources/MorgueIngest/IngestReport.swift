import MorgueArchive

/// What an ingest run did: its record in the archive, its counts, and what could not be ingested.
public struct IngestReport: Sendable {
    public var runID: Int64
    public var counts: IngestCounts
    public var errors: [IngestErrorRecord]
    /// Files read (good or bad).
    public var files: Int
    /// Feeds and pages named by URL that answered "304 Not Modified": nothing new since the last run.
    public var notModified: [String] = []

    /// Whether anything failed: the command's exit status says so.
    public var hasFailures: Bool { counts.failed > 0 }

    /// `12 new, 0 updated, 3 unchanged, 1 failed; 40 quotes (run 7)`.
    public var summary: String {
        "\(counts.new) new, \(counts.updated) updated, \(counts.unchanged) unchanged, \(counts.failed) failed; "
            + "\(counts.quotes) quotes found in \(files) file\(files == 1 ? "" : "s") (run \(runID))"
    }
}

/// Where an ingest run is, for a progress line on a terminal.
public struct IngestProgress: Sendable {
    public var files: Int
    public var counts: IngestCounts
}
