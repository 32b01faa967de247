/// The rows a dossier is made from, as the archive reads them for one event. Assembling them into a
/// `Dossier` (`DossierAssembly`) is pure, so it is tested without SQL and runs in one pass.
struct DossierMaterial: Sendable {
    struct StoryRow: Sendable {
        var id: Int64
        var title: String?
        var outlet: String?
        var byline: String?
        var published: String?
        var publishedAt: String?
        var url: String?
        var sourcePath: String?
        /// The body's length in Unicode scalars.
        var bodyLength: Int
    }

    struct QuoteRow: Sendable {
        var articleID: Int64
        var start: Int
        var end: Int
        var text: String
        var key: String
        var kind: String
        /// The resolved actor's name, else the speaker the story gives.
        var speaker: String?
        var speakerRole: String?
        var speakerHandle: String?
        var cue: String?
        var saidOn: String?
    }

    struct AttributionRow: Sendable {
        var articleID: Int64
        var source: String
        var sourceMention: String
        var sourceStart: Int
        var sourceEnd: Int
        var isOutlet: Bool
        var cue: String
        var claim: String?
        var claimStart: Int?
        var claimEnd: Int?
    }

    struct OutletRow: Sendable {
        var articleID: Int64
        var name: String
        /// `publisher` or `cited`.
        var role: String
    }

    struct ActorRow: Sendable {
        var articleID: Int64
        var actorID: Int64
        var name: String
        var kind: String
        var role: String?
        var mentions: Int
        var firstStart: Int?
        var firstEnd: Int?
    }

    struct PlaceRow: Sendable {
        var articleID: Int64
        var locationID: Int64
        var name: String
        var kind: String
        var countryCode: String?
        var mentions: Int
        var firstStart: Int
        var firstEnd: Int
    }

    var event: EventSummary
    var stories: [StoryRow]
    var quotes: [QuoteRow]
    var attributions: [AttributionRow]
    var outlets: [OutletRow]
    var actors: [ActorRow]
    var places: [PlaceRow]
}
