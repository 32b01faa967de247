import ArgumentParser
import MorgueArchive

/// `morgue actors`: the people and organisations the archive knows.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List people and organisations, most often named first, with their aliases.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Only actors with a name or alias containing this text.")
    var name: String?

    @Option(help: "Only this kind: person or organization.")
    var kind: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let kind, !["person", "organization"].contains(kind) {
            throw ValidationError("--kind must be person or organization")
        }
    }

    func run() throws {
        Console.print(try archive.openExisting().actors(matching: name, kind: kind, limit: output.limit), as: output.format)
    }
}

/// `morgue outlets`: the outlets that published or are cited by stories.
struct OutletsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlets",
        abstract: "List news outlets: stories they published, stories citing them, claims credited to them.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Only outlets whose name contains this text.")
    var name: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        Console.print(try archive.openExisting().outlets(matching: name, limit: output.limit), as: output.format)
    }
}

/// `morgue locations`: the places stories name.
struct LocationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locations",
        abstract: "List places named in stories (from the GeoNames gazetteer), most often named first.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Only places whose name contains this text, or with this country code.")
    var name: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        Console.print(try archive.openExisting().locations(matching: name, limit: output.limit), as: output.format)
    }
}

/// `morgue stats`: what the archive holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the archive holds: stories, quotes, actors, outlets, places, runs.")

    @OptionGroup var archive: ArchiveOptions

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func run() throws {
        let stats = try archive.openExisting().stats()
        if format == .table {
            Console.out(zip(ArchiveStats.columns, stats.cells).map { "\($0.0): \($0.1)\n" }.joined())
        } else {
            Console.print([stats], as: format)
        }
    }
}

/// `morgue runs`: the ingest runs, with what they could not ingest.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List recent ingest runs with their counts; JSON output includes each run's errors.")

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        Console.print(try archive.openExisting().runs(limit: output.limit), as: output.format)
    }
}
