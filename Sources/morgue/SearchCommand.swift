import ArgumentParser
import MorgueArchive

/// `morgue search`: ranked full-text search over stories, with filters.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search stories by words, actor, outlet, date and place.",
        discussion: """
            Words are matched in titles and bodies, stemmed (\"protests\" finds \"protesters\"), every \
            word required; results come best first (bm25) with the matching passage, matches between \
            ** marks. When more than 1,000 stories match, the 1,000 most recently stored of them are \
            ranked (a word in every story would otherwise cost the whole archive). Without words, the newest stories that pass the filters come first. Filters \
            combine: `morgue search embassy --outlet AP --since 2019-12-01 --location Baghdad`.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Words to search for (optional when a filter is given).")
    var words: [String] = []

    @Flag(help: "Treat the words as an FTS5 query (AND, OR, NOT, \"phrases\", prefix*, NEAR()).")
    var fts = false

    @Option(help: ArgumentHelp("Stories naming this person or organisation, by any name they go by.", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("Stories published by, or citing, this outlet (AP, NYT, Reuters…).", valueName: "name"))
    var outlet: String?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: ArgumentHelp("Stories naming this place (a city, region or country, or a country code).", valueName: "place"))
    var location: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let query = ArticleQuery(
            text: words.isEmpty ? nil : words.joined(separator: " "), isRawFTS5: fts, actor: actor, outlet: outlet,
            since: dates.since?.date, until: dates.until?.date, location: location, limit: output.limit)
        Console.print(try archive.openExisting().searchArticles(query), as: output.format)
    }
}
