import ArgumentParser
import Foundation
import MorgueArchive

/// `--db`, shared by every command that opens the archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The archive file (default: $MORGUE_DB, else ./morgue.sqlite).", valueName: "path"))
    var db: String?

    /// The archive path: `--db`, else `$MORGUE_DB`, else `./morgue.sqlite`.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["MORGUE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "morgue.sqlite"
    }

    /// Opens the archive, creating and migrating it as needed.
    func open() throws -> Archive { try Archive(path: path) }

    /// Opens an archive that must already exist: reading commands don't create empty files by mistake.
    func openExisting() throws -> Archive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no archive at \(path): run `morgue ingest` (or `morgue init`) first, or pass --db")
        }
        return try open()
    }
}

/// `--format` and `--limit`, shared by the commands that list results.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    @Option(name: .long, help: "The most results to print.")
    var limit: Int = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number") }
    }
}

/// `--since` and `--until`, for commands that filter by the story's publication date.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only stories published on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: DayArgument?

    @Option(help: ArgumentHelp("Only stories published on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: DayArgument?

    func validate() throws {
        if let since, let until, until.date < since.date {
            throw ValidationError("--until \(until.date) is before --since \(since.date)")
        }
    }
}
