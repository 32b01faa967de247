import ArgumentParser

/// `morgue event add`: puts stories into an event.
struct EventAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add stories (by id, as `morgue search` shows them) to an event.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id or exact name.")
    var event: String

    @Argument(help: ArgumentHelp("Story ids.", valueName: "article"))
    var articles: [Int64]

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one story id to add") }
    }

    func run() throws {
        Console.print([try archive.openExisting().addToEvent(event, articles: articles)], as: format)
    }
}
