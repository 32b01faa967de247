import ArgumentParser

/// `morgue event remove`: takes stories out of an event, for good.
struct EventRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove stories from an event; grouping and the event's query will not put them back.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id or exact name.")
    var event: String

    @Argument(help: ArgumentHelp("Story ids.", valueName: "article"))
    var articles: [Int64]

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one story id to remove") }
    }

    func run() throws {
        Console.print([try archive.openExisting().removeFromEvent(event, articles: articles)], as: format)
    }
}
