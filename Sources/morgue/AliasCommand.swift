import ArgumentParser
import MorgueArchive

/// `morgue alias`: tell the archive that several names are one actor.
struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Record other names of a person or organisation.",
        subcommands: [AliasAddCommand.self])
}

/// `morgue alias add NAME ALIAS…`.
struct AliasAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that ALIAS… are other names of NAME, merging actors the archive knew under them.",
        discussion: """
            Example: morgue alias add "Donald J. Trump" Trump @realDonaldTrump "President Trump"
            Quotes and mentions of merged actors move to NAME at once, and later ingests use the aliases.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The actor's name (created as a person when the archive has no one by it).")
    var name: String

    @Argument(help: "Other names, titles with names, or handles.")
    var aliases: [String]

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: OutputFormatArgument = .table

    func validate() throws {
        guard !aliases.isEmpty else { throw ValidationError("name at least one alias") }
    }

    func run() throws {
        let change = try archive.open().addAliases(aliases, to: name)
        if format == .table, !change.merged.isEmpty {
            Console.error("merged into \(change.actor.name): \(change.merged.joined(separator: ", "))")
        }
        Console.print([change.actor], as: format)
    }
}
