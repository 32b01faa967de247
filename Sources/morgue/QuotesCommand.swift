import ArgumentParser
import MorgueArchive

/// `morgue quotes`: what people said, by speaker, words, outlet and date.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotes and embedded posts by speaker, words, outlet and date.",
        discussion: """
            --by matches a speaker by any name they go by: `--by Trump` finds the quotes of \"Donald J. \
            Trump\", \"President Trump\" and @realDonaldTrump; a role works too (`--by spokesperson`). \
            The same quote carried by several stories is recognised: each row lists every story that \
            carries it (carried_by) and shares its quote_key.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Words the quote must contain (optional).")
    var words: [String] = []

    @Flag(help: "Treat the words as an FTS5 query.")
    var fts = false

    @Option(help: ArgumentHelp("The speaker, by any name or handle, or a role.", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("Quotes in stories published by, or citing, this outlet.", valueName: "name"))
    var outlet: String?

    @OptionGroup var dates: DateRangeOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let query = QuoteQuery(
            text: words.isEmpty ? nil : words.joined(separator: " "), isRawFTS5: fts, speaker: by, outlet: outlet,
            since: dates.since?.date, until: dates.until?.date, limit: output.limit)
        Console.print(try archive.openExisting().quotes(query), as: output.format)
    }
}
