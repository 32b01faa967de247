/// What grouping knows of one story: its day and the facts it may share with other stories.
public struct EventStory: Sendable, Hashable {
    public var articleID: Int64
    /// The story's publication day as a day number (`NewsDate.dayNumber`), when known.
    public var day: Int?
    /// The folded words of each quote the story carries (`QuoteKey.fold`).
    public var quoteKeys: [String]
    /// The actors the story names (archive ids), common ones already left out.
    public var actors: Set<Int64>
    /// The places the story names (archive ids), common ones already left out.
    public var locations: Set<Int64>
    /// The found event the story is already in, if any.
    public var event: Int64?
    /// Events a user took the story out of: grouping never puts it back there.
    public var excludedEvents: Set<Int64>

    public init(articleID: Int64, day: Int? = nil, quoteKeys: [String] = [], actors: Set<Int64> = [],
                locations: Set<Int64> = [], event: Int64? = nil, excludedEvents: Set<Int64> = []) {
        self.articleID = articleID
        self.day = day
        self.quoteKeys = quoteKeys
        self.actors = actors
        self.locations = locations
        self.event = event
        self.excludedEvents = excludedEvents
    }
}

/// Where grouping puts a story: into an event the archive already has, or into the `n`th new event.
public enum EventPlacement: Sendable, Hashable, Comparable {
    case existing(Int64)
    case new(Int)
}

/// Groups stories into events, incrementally and deterministically. Pure: stories in, placements out.
///
/// Two stories *match* when they are at most `windowDays` apart (or either is undated) and their
/// evidence reaches `threshold`: each quote they share (the same words, even lightly edited, see
/// `QuoteResemblance`) weighs `quoteWeight`; each shared actor or place weighs 1. A story not yet in
/// an event joins the event holding its best-matching story; failing that, it seeds a new event with
/// the best story it matches that is not in an event either. Events already found keep their ids and
/// their stories: grouping only adds.
///
/// Stories are placed oldest first (undated last), then by article id, so the same archive always
/// groups the same way.
public struct EventGrouping: Sendable {
    public var windowDays = 3
    public var threshold = 3.0
    public var quoteWeight = 3.0
    /// Placed stories compared with each new story, best candidates first (by shared evidence).
    public var candidateLimit = 64

    public init() {}

    /// Where each story not yet in an event goes; stories that match nothing are left out.
    public func place(_ stories: [EventStory]) -> [Int64: EventPlacement] {
        let profiles = stories.map(Profile.init)
        let order = stories.indices.sorted {
            (stories[$0].day ?? Int.max, stories[$0].articleID) < (stories[$1].day ?? Int.max, stories[$1].articleID)
        }
        var placement: [EventPlacement?] = stories.map { $0.event.map(EventPlacement.existing) }
        var newEvents = 0
        let index = EvidenceIndex(profiles)
        // First every story that matches an event already found joins it; only then do the stories left
        // seed new events, so a story is never taken into a new event from an older one it matches.
        for mayFoundEvents in [false, true] {
            for story in order where placement[story] == nil {
                let candidates = index.candidates(of: story, limit: candidateLimit)
                var bestEvent: (score: Double, event: EventPlacement)?
                var bestLoose: (score: Double, story: Int)?
                for other in candidates {
                    let score = self.score(profiles[story], profiles[other])
                    guard score >= threshold else { continue }
                    if let event = placement[other] {
                        if case let .existing(id) = event, stories[story].excludedEvents.contains(id) { continue }
                        if bestEvent == nil || score > bestEvent!.score
                            || (score == bestEvent!.score && event < bestEvent!.event) {
                            bestEvent = (score, event)
                        }
                    } else if bestLoose == nil || score > bestLoose!.score {
                        bestLoose = (score, other)
                    }
                }
                if let bestEvent {
                    placement[story] = bestEvent.event
                } else if mayFoundEvents, let bestLoose {
                    let event = EventPlacement.new(newEvents)
                    newEvents += 1
                    placement[story] = event
                    placement[bestLoose.story] = event
                }
            }
        }
        var result: [Int64: EventPlacement] = [:]
        for (offset, story) in stories.enumerated() where story.event == nil {
            if let event = placement[offset] { result[story.articleID] = event }
        }
        return result
    }

    /// The evidence that two stories report the same event; 0 when they are too far apart in time.
    func score(_ a: Profile, _ b: Profile) -> Double {
        if let dayA = a.story.day, let dayB = b.story.day, abs(dayA - dayB) > windowDays { return 0 }
        var shared = 0
        for quote in a.quotes where b.quotes.contains(where: {
            QuoteResemblance.isSame(key: quote.key, shingles: quote.shingles, asKey: $0.key, shingles: $0.shingles)
        }) {
            shared += 1
        }
        return quoteWeight * Double(shared) + Double(a.story.actors.intersection(b.story.actors).count)
            + Double(a.story.locations.intersection(b.story.locations).count)
    }

    /// A story with its quotes ready for comparison.
    struct Profile {
        struct QuoteShape {
            var key: String
            var shingles: Set<Int>
        }
        var story: EventStory
        var quotes: [QuoteShape]

        init(_ story: EventStory) {
            self.story = story
            // Short quotes still count when identical; duplicates within a story count once.
            var seen = Set<String>()
            quotes = story.quoteKeys.filter { !$0.isEmpty && seen.insert($0).inserted }
                .map { QuoteShape(key: $0, shingles: QuoteResemblance.shingles(ofKey: $0)) }
        }
    }

    /// Which stories share any evidence with which, so that a story is compared only with those.
    struct EvidenceIndex {
        private var byFeature: [Feature: [Int]] = [:]
        private let features: [[Feature]]

        enum Feature: Hashable {
            case quote(String), shingle(Int), actor(Int64), location(Int64)
        }

        init(_ profiles: [Profile]) {
            features = profiles.map { profile in
                var set = Set<Feature>()
                for quote in profile.quotes {
                    set.insert(.quote(quote.key))
                    for shingle in quote.shingles { set.insert(.shingle(shingle)) }
                }
                for actor in profile.story.actors { set.insert(.actor(actor)) }
                for location in profile.story.locations { set.insert(.location(location)) }
                return Array(set)
            }
            for (offset, list) in features.enumerated() {
                for feature in list { byFeature[feature, default: []].append(offset) }
            }
        }

        /// The stories sharing most evidence with `story`, at most `limit`, most shared first.
        func candidates(of story: Int, limit: Int) -> [Int] {
            var shared: [Int: Int] = [:]
            for feature in features[story] {
                for other in byFeature[feature] ?? [] where other != story { shared[other, default: 0] += 1 }
            }
            return shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(limit).map(\.key)
        }
    }
}
