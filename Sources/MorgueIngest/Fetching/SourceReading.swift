import MorgueArchive
import MorgueReaders

/// What reading one ingest input (a file or a URL) gave: its stories and bad records, how many of its
/// feed items were skipped because their page is already stored, and the validators to remember for
/// it once its stories are stored.
struct SourceReading {
    var outcomes: [ReadOutcome] = []
    /// Feed items whose linked page is already in the archive, so was not fetched again.
    var alreadyStored = 0
    /// A fetched URL and its validators, recorded only after its stories are stored, so that a run
    /// that dies half-way fetches the feed again next time.
    var validators: (url: String, validators: FetchValidators)?
    /// Whether the server said the URL had not changed since the last run.
    var notModified = false

    init(outcomes: [ReadOutcome] = []) {
        self.outcomes = outcomes
    }
}
