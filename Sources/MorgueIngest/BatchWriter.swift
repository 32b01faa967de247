import Dispatch
import Foundation
import MorgueArchive

/// The archive's single writer during an ingest: stores one batch on its own thread while the
/// caller reads and extracts the next, so that extraction and SQLite's work overlap. At most one
/// batch waits to be stored, so memory stays bounded however long the run.
final class BatchWriter: @unchecked Sendable {
    private let archive: Archive
    private let runID: Int64
    private let queue = DispatchQueue(label: "morgue.ingest.writer")
    private let slot = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var counts = IngestCounts()
    private var storing: Double = 0
    private var storingCPU: Double = 0
    /// Seconds the caller waited for the writer to take a batch (only the caller touches it).
    private(set) var waiting: Double = 0
    private var failure: (any Error)?

    init(archive: Archive, runID: Int64) {
        self.archive = archive
        self.runID = runID
    }

    /// Counts so far (complete once `finish()` returned).
    var currentCounts: IngestCounts { lock.withLock { counts } }

    /// Seconds the writer spent storing batches so far, and its CPU seconds (complete once
    /// `finish()` returned).
    var storingSeconds: (wall: Double, cpu: Double) { lock.withLock { (storing, storingCPU) } }

    /// Hands a batch to the writer, waiting while the previous one is still being stored. Throws the
    /// error of an earlier batch that could not be stored.
    func submit(_ articles: [ExtractedArticle], unchangedCount: Int, errors: [IngestErrorRecord],
                validators: [(url: String, validators: FetchValidators)] = []) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        slot.wait()
        waiting += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let failure = lock.withLock({ failure }) {
            slot.signal()
            throw failure
        }
        queue.async { [self] in
            defer { slot.signal() }
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = IngestTimings.threadCPUSeconds()
            defer {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let cpu = IngestTimings.threadCPUSeconds() - startCPU
                lock.withLock {
                    storing += seconds
                    storingCPU += cpu
                }
            }
            do {
                let outcomes = try archive.store(articles)
                try archive.recordErrors(errors, run: runID)
                for (url, validator) in validators { try archive.recordValidators(validator, for: url) }
                lock.withLock {
                    counts.unchanged += unchangedCount
                    counts.failed += errors.count
                    for (article, outcome) in zip(articles, outcomes) {
                        switch outcome {
                        case .new:
                            counts.new += 1
                            counts.quotes += article.extraction.quotes.count
                        case .updated:
                            counts.updated += 1
                            counts.quotes += article.extraction.quotes.count
                        case .unchanged:
                            counts.unchanged += 1
                        }
                    }
                }
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    /// Waits for the last batch to be stored and returns the run's counts.
    func finish() throws -> IngestCounts {
        queue.sync {}
        return try lock.withLock {
            if let failure { throw failure }
            return counts
        }
    }
}
