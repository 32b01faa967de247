import ArgumentParser

/// The arguments `morgue event add` and `morgue event remove` share: an event, story ids, a format.
struct EventStoriesArguments: ParsableArguments {
    @Argument(help: "The event's id or exact name.")
    var event: String

    @Argument(help: ArgumentHelp("Story ids.", valueName: "article"))
    var articles: [Int64]

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one story id") }
    }
}
