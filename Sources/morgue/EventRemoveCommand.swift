import ArgumentParser

/// `morgue event remove`: takes stories out of an event, for good.
struct EventRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove stories from an event; grouping and the event's query will not put them back.")

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var stories: EventStoriesArguments

    func run() throws {
        let event = try archive.openExisting().removeFromEvent(stories.event, articles: stories.articles)
        Console.print([event], as: stories.format)
    }
}
