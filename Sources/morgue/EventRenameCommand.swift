import ArgumentParser

/// `morgue event rename`: gives an event the newsroom's name for it.
struct EventRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename an event; a found event keeps the new name through later regrouping.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id or exact name.")
    var event: String

    @Argument(help: "The new name.")
    var name: String

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func run() throws {
        Console.print([try archive.openExisting().renameEvent(event, to: name)], as: format)
    }
}
