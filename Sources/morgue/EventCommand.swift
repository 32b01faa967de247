import ArgumentParser

/// `morgue event`: define and correct events.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Define an event, or correct one: add or remove stories, rename it, show it.",
        discussion: """
            EVENT is an event's id (from `morgue events`) or its exact name. Corrections last: a story \
            removed from an event is never put back by grouping or by the event's query.
            """,
        subcommands: [EventCreateCommand.self, EventAddCommand.self, EventRemoveCommand.self,
                      EventRenameCommand.self, EventShowCommand.self])
}
