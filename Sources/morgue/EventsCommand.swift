import ArgumentParser
import MorgueArchive

/// `morgue events`: the events the archive has found, and those users defined.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events: stories grouped by the quotes, actors and places they share, and user-defined events.",
        discussion: """
            Morgue groups stories by itself at every ingest: stories within a few days of each other that \
            carry the same quote (even lightly edited), or share several uncommon actors and places, \
            form an event. Each event keeps its id for good; later ingests only add stories to events \
            or find new ones. Its name is generated (main place, main actors, date span) until renamed \
            with `morgue event rename`. Most recent events first.

            Correct or define events with `morgue event create|add|remove|rename|show`, and write \
            everything on one with `morgue dossier EVENT`.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Group stories not yet in an event before listing (ingest does this by itself).")
    var regroup = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let opened = try archive.openExisting()
        if regroup {
            let update = try opened.updateEvents()
            Console.error("grouped \(update.storiesGrouped) stories, \(update.newEvents.count) new events; "
                + "\(update.storiesMatchedByQueries) stories joined events by their query")
        }
        Console.print(try opened.events(limit: output.limit), as: output.format)
    }
}
