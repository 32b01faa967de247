import ArgumentParser
import MorgueIngest

/// `morgue ingest`: stores stories from files and folders.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest story files and folders into the archive.",
        discussion: """
            Reads plain text (.txt and anything else), JSON (.json: an object or an array of them), \
            JSON Lines (.jsonl, .ndjson) and HTML (.html, .htm); folders are read recursively, skipping \
            hidden files. Each story is extracted (quotes, speakers, posts, attributions, actors, \
            outlets, places, dates) and stored whole, or not at all.

            Running it again on the same input adds nothing: a story is known by its URL, or by its \
            content when it has none; a changed story at a known URL is updated. Files and records that \
            cannot be read are named on standard error and recorded with the run; the others are still \
            ingested, and the exit status is 1.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: ArgumentHelp("Story files and folders.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Refuse files larger than this many megabytes.", valueName: "MB"))
    var maxFileSize: Int = Ingester.defaultMaxFileBytes / 1_048_576

    @Flag(help: "Print no progress and no summary; errors are still printed.")
    var quiet = false

    @Flag(help: "When another ingest is writing to the archive, wait for it instead of exiting.")
    var wait = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder to ingest") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of megabytes") }
    }

    func run() throws {
        let lock: IngestLock
        do {
            lock = try IngestLock(archivePath: archive.path, wait: wait)
        } catch IngestLockError.held(let path) {
            Console.error("morgue ingest: " + IngestLockError.held(path: path).description)
            throw ExitCode(75)  // EX_TEMPFAIL: cron and scripts can tell "busy" from "failed".
        }
        defer { withExtendedLifetime(lock) {} }
        let ingester = Ingester(archive: try archive.open(), maxFileBytes: maxFileSize * 1_048_576)
        let showProgress = !quiet && Console.stderrIsTerminal
        let report = try ingester.ingest(paths) { progress in
            guard showProgress else { return }
            let counts = progress.counts
            Console.error("\u{1B}[2K\r… \(progress.files) files: \(counts.new) new, \(counts.updated) updated, "
                + "\(counts.unchanged) unchanged, \(counts.failed) failed\u{1B}[1A")
        }
        if showProgress { Console.error("\u{1B}[2K\r") }
        for error in report.errors {
            Console.error("morgue ingest: " + (error.line.map { "\(error.path):\($0): " } ?? "\(error.path): ") + error.message)
        }
        if !quiet { Console.out(report.summary + "\n") }
        if report.hasFailures { throw ExitCode.failure }
    }
}
