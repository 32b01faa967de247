import Foundation
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
    /// Where the run's time went.
    public var timings = IngestTimings()

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

/// Where an ingest run's time went, in seconds of wall-clock time. Reading and extracting happen on
/// the calling thread (extraction on every core) while the writer stores the previous batch, so
/// `storing` overlaps them; `waitingForWriter` is the time extraction sat idle because the writer
/// was behind.
public struct IngestTimings: Sendable, Codable {
    /// Reading and parsing story files, and asking the archive which stories it already holds.
    public var reading: Double = 0
    /// Extracting facts from the new and changed stories, on every core.
    public var extracting: Double = 0
    /// The writer storing batches (SQLite: rows, indexes, full-text indexes, commits).
    public var storing: Double = 0
    /// CPU time the writer's thread spent storing: on a busy machine, `storing` also counts the time
    /// it waited for a core.
    public var storingCPU: Double = 0
    /// Extraction waiting for the writer to take a batch.
    public var waitingForWriter: Double = 0
    /// Grouping the new stories into events, after the last batch.
    public var groupingEvents: Double = 0
    /// CPU time of grouping (it runs on one thread).
    public var groupingEventsCPU: Double = 0
    /// The process's peak resident memory before grouping (reading, extracting, storing), in MB;
    /// grouping's own peak is the process's peak when it is higher.
    public var peakMegabytesBeforeGrouping: Double = 0

    public init() {}

    /// CPU time of the calling thread so far, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The process's peak resident memory so far, in MB (Linux reports kilobytes, macOS bytes).
    static func peakMegabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }

    /// `reading 1.2 s, extracting 30.1 s, storing 25.3 s (overlapped), storing CPU 20.1 s, …`.
    public var summary: String {
        func s(_ value: Double) -> String { String(format: "%.1f s", value) }
        return "reading \(s(reading)), extracting \(s(extracting)), storing \(s(storing)) (overlapped), "
            + "storing CPU \(s(storingCPU)), waiting for the writer \(s(waitingForWriter)), "
            + "grouping events \(s(groupingEvents)), grouping CPU \(s(groupingEventsCPU)); "
            + String(format: "peak memory before grouping %.0f MB", peakMegabytesBeforeGrouping)
    }
}
