/// Turns one story into an `Extraction`: quotes with their speakers, embedded posts, source
/// attributions, actors, outlets, locations and dates.
///
/// Pure and thread-safe: no database, no files, no clock. Build one and share it across threads;
/// the tables it holds (outlets, titles, the gazetteer) are built once.
///
///     let extraction = Extractor().extract(ArticleDraft(body: "“We are ready,” Esper said."))
///     extraction.quotes.first?.speaker  // "Esper"
public struct Extractor: Sendable {
    private let posts = EmbeddedPostFinder()
    private let quotes: QuoteFinder
    private let actors: ActorFinder
    private let attributions: SourceAttributionFinder
    private let outlets: OutletCatalog
    private let locations: LocationFinder
    private let dates = DateFinder()

    public init(outlets: OutletCatalog = .standard, gazetteer: Gazetteer = .bundled) {
        self.outlets = outlets
        self.attributions = SourceAttributionFinder(outlets: outlets)
        self.locations = LocationFinder(gazetteer: gazetteer)
        // A place named like a person ("New Hampshire") is no speaker and no actor.
        let places = PlaceNames(gazetteer: gazetteer)
        self.quotes = QuoteFinder(places: places)
        self.actors = ActorFinder(places: places)
    }

    public func extract(_ draft: ArticleDraft) -> Extraction {
        let text = ScalarText(draft.body)
        let embedded = posts.posts(in: text)
        // Quotes and actors read the same words: tokenise once.
        let tokens = WordTokenizer.tokens(of: text)
        let direct = quotes.quotes(in: text, tokens: tokens, excluding: embedded.map(\.span))
        let cast = actors.actors(tokens: tokens, quotes: (embedded + direct).sorted { $0.span < $1.span })
        let words = text.words()  // one word scan for the attribution, outlet, place and date finders
        return Extraction(
            quotes: cast.quotes,
            attributions: attributions.attributions(in: text, words: words),
            actors: cast.actors.map(outlets.classify),
            outlets: outlets.mentions(in: text, words: words, publisher: draft.outlet),
            locations: locations.locations(in: text, words: words),
            dates: dates.dates(in: text, words: words, published: draft.published))
    }
}
