import ArgumentParser

/// The `morgue` command: a newsroom archive in one SQLite file.
@main
struct Morgue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morgue",
        abstract: "A newsroom archive: ingest stories, extract who said what, search, and export dossiers.",
        discussion: """
            The archive is one SQLite file: --db PATH, else $MORGUE_DB, else ./morgue.sqlite.
            Run `morgue help COMMAND` for a command's options.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, IngestCommand.self, SearchCommand.self, QuotesCommand.self, ActorsCommand.self,
            OutletsCommand.self, LocationsCommand.self, AliasCommand.self, EventsCommand.self, EventCommand.self,
            DossierCommand.self, StatsCommand.self, RunsCommand.self, ExportCommand.self, BackupCommand.self,
            ExtractCommand.self, ReadCommand.self, VerifyCommand.self, ReextractCommand.self, BenchmarkQueriesCommand.self,
        ])
}
