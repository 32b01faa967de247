import ArgumentParser
import MorgueArchive

/// `morgue event create`: an event defined by a search.
struct EventCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an event holding the stories that match a search.",
        discussion: """
            The search works as in `morgue search` (every word required, stemmed; filters combine). \
            Stories ingested later join the event when they match. Example: \
            `morgue event create "Baghdad embassy siege" --query "embassy protesters" --since 2019-12-30 --location Baghdad`
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's name.")
    var name: String

    @Option(help: ArgumentHelp("Words every story of the event contains.", valueName: "text"))
    var query: String

    @OptionGroup var dates: DateRangeOptions

    @Option(help: ArgumentHelp("Only stories naming this place.", valueName: "place"))
    var location: String?

    @Option(help: ArgumentHelp("Only stories naming this person or organisation.", valueName: "name"))
    var actor: String?

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func run() throws {
        let query = EventQuery(text: query, since: dates.since?.date, until: dates.until?.date, location: location,
                               actor: actor)
        Console.print([try archive.open().createEvent(named: name, query: query)], as: format)
    }
}
