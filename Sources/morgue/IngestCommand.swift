import ArgumentParser
import MorgueIngest

/// `morgue ingest`: stores stories from files and folders.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest story files, folders, feeds and web pages into the archive.",
        discussion: """
            Reads plain text (.txt and anything else), JSON (.json: an object or an array of them), \
            JSON Lines (.jsonl, .ndjson), HTML (.html, .htm) and RSS or Atom feeds (.rss, .atom, or XML \
            whose root is a feed); folders are read recursively, skipping hidden files. An http:// or \
            https:// address is fetched (a feed or a story page): politely, one request at a time with \
            --delay seconds between two to the same host, and conditionally, so that a feed unchanged \
            since the last run answers "304 Not Modified" and costs nothing. Each feed item becomes a \
            story; with --follow, an item that carries only a summary is replaced by its linked page \
            (unless that page is already stored). Each story is extracted (quotes, speakers, posts, attributions, actors, \
            outlets, places, dates) and stored whole, or not at all.

            Running it again on the same input adds nothing: a story is known by its URL, or by its \
            content when it has none; a changed story at a known URL is updated. Files and records that \
            cannot be read are named on standard error and recorded with the run; the others are still \
            ingested, and the exit status is 1.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: ArgumentHelp("Story files and folders, and http(s) addresses of feeds or story pages.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Refuse files and downloads larger than this many megabytes.", valueName: "MB"))
    var maxFileSize: Int = Ingester.defaultMaxFileBytes / 1_048_576

    @Flag(help: "Fetch the linked page of each feed item that carries only a summary.")
    var follow = false

    @Option(help: ArgumentHelp("Seconds to wait for a web server to answer.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Seconds between two requests to the same host.", valueName: "seconds"))
    var delay: Double = 1

    @Flag(help: "Print no progress and no summary; errors are still printed.")
    var quiet = false

    @Flag(help: "When another ingest is writing to the archive, wait for it instead of exiting.")
    var wait = false

    @Flag(help: .hidden)  // For Scripts/bench: where the time went, on standard error.
    var timings = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder to ingest") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of megabytes") }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard delay >= 0 else { throw ValidationError("--delay must be zero or a positive number of seconds") }
    }

    func run() throws {
        let lock = try archive.takeWriterLock(for: "ingest", wait: wait)
        defer { withExtendedLifetime(lock) {} }
        var ingester = Ingester(archive: try archive.open(), maxFileBytes: maxFileSize * 1_048_576)
        ingester.fetchPolicy = FetchPolicy(timeout: timeout, perHostDelay: delay, followLinks: follow)
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
        if !quiet {
            for address in report.notModified { Console.out("\(address): not modified since the last run; nothing fetched\n") }
            Console.out(report.summary + "\n")
        }
        if timings { Console.error("morgue ingest: " + report.timings.summary) }
        if report.hasFailures { throw ExitCode.failure }
    }
}
