import ArgumentParser

/// `morgue event add`: puts stories into an event.
struct EventAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add stories (by id, as `morgue search` shows them) to an event.")

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var stories: EventStoriesArguments

    func run() throws {
        let event = try archive.openExisting().addToEvent(stories.event, articles: stories.articles)
        Console.print([event], as: stories.format)
    }
}
