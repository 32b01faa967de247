import ArgumentParser
import MorgueOutput

/// `morgue event show`: one event and its stories.
struct EventShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an event: its name, span, query, stories (and how each joined) and removed stories.",
        discussion: "JSON output is one object: {event, query, stories, removed}.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id or exact name.")
    var event: String

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormatArgument = .table

    func validate() throws {
        guard format == .table || format == .json else { throw ValidationError("--format must be table or json") }
    }

    func run() throws {
        let detail = try archive.openExisting().event(event)
        guard format == .table else {
            Console.out(JSONLines.encode(detail, pretty: true) + "\n")
            return
        }
        let summary = detail.event
        var text = "event \(summary.id): \(summary.name)\n"
        text += "origin: \(summary.origin == "user" ? "defined by a user" : "found by Morgue"); "
            + "\(summary.stories) stories; \(summary.firstDate ?? "undated")"
            + (summary.lastDate.map { $0 == summary.firstDate ? "" : " to \($0)" } ?? "") + "\n"
        if let query = detail.query {
            let filters = [("since", query.since?.description), ("until", query.until?.description),
                           ("location", query.location), ("actor", query.actor)]
                .compactMap { name, value in value.map { " --\(name) \($0)" } }.joined()
            text += "query: \"\(query.text)\"\(filters)\n"
        }
        if !detail.removed.isEmpty { text += "removed: \(detail.removed.map(String.init).joined(separator: " "))\n" }
        Console.out(text + "\n" + Renderer(format: .table).render(detail.stories))
    }
}
