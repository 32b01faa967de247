/// What grouping knows of one story: its day and the facts it may share with other stories.
public struct EventStory: Sendable, Hashable {
    /// The story's id in the archive.
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
/// A story not yet in an event joins the event it matches best. A story *matches* an event when it is
/// at most `windowDays` from the event's dates (or either is undated) and the evidence reaches
/// `threshold`: each of its quotes the event carries too (the same words, even lightly edited, see
/// `QuoteResemblance`) weighs `quoteWeight`; each actor or place the event's stories name weighs 1.
/// A story matching no event seeds a new one with the story it matches best among those in no event,
/// by the same evidence between the two stories. Events already found keep their ids and their
/// stories: grouping only adds.
///
/// Stories are placed oldest first (undated last), then by article id, so the same archive always
/// groups the same way. Every story is first offered to the events that exist; only the stories left
/// then seed new events.
public struct EventGrouping: Sendable {
    /// How many days a story may lie outside an event's dates and still join it.
    public var windowDays = 3
    /// The evidence a match needs: one shared quote, or three shared actors and places.
    public var threshold = 3.0
    /// What one shared quote weighs against one shared actor or place (1).
    public var quoteWeight = 3.0
    /// Stories not in an event compared with a story that seeds one, those sharing most evidence first.
    public var candidateLimit = 64

    public init() {}

    /// Where each story not yet in an event goes; stories that match nothing are left out.
    public func place(_ stories: [EventStory]) -> [Int64: EventPlacement] {
        let profiles = stories.map(Profile.init)
        let order = stories.indices.sorted {
            (stories[$0].day ?? Int.max, stories[$0].articleID) < (stories[$1].day ?? Int.max, stories[$1].articleID)
        }
        var placement: [EventPlacement?] = stories.map { $0.event.map(EventPlacement.existing) }
        var events: [EventPlacement: EventEvidence] = [:]
        var eventsByFeature: [Feature: Set<EventPlacement>] = [:]
        func join(_ story: Int, _ event: EventPlacement) {
            placement[story] = event
            events[event, default: EventEvidence()].add(profiles[story])
            for feature in profiles[story].features { eventsByFeature[feature, default: []].insert(event) }
        }
        for story in stories.indices { if let event = placement[story] { join(story, event) } }
        let loose = LooseIndex(profiles, pending: stories.indices.filter { placement[$0] == nil })
        var newEvents = 0
        for mayFoundEvents in [false, true] {
            for story in order where placement[story] == nil {
                let profile = profiles[story]
                var candidates = Set<EventPlacement>()
                for feature in profile.features { candidates.formUnion(eventsByFeature[feature] ?? []) }
                var best: (score: Double, event: EventPlacement)?
                for event in candidates.sorted() {
                    if case let .existing(id) = event, stories[story].excludedEvents.contains(id) { continue }
                    let score = events[event]!.score(of: profile, by: self)
                    if score >= threshold, best == nil || score > best!.score { best = (score, event) }
                }
                if let best {
                    join(story, best.event)
                    continue
                }
                guard mayFoundEvents else { continue }
                var partner: (score: Double, story: Int)?
                for other in loose.candidates(of: story, limit: candidateLimit, isPlaced: { placement[$0] != nil }) {
                    let score = self.score(profile, profiles[other])
                    if score >= threshold, partner == nil || score > partner!.score { partner = (score, other) }
                }
                if let partner {
                    let event = EventPlacement.new(newEvents)
                    newEvents += 1
                    join(story, event)
                    join(partner.story, event)
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

    /// What a story can share with others: its quotes (by key and by shingle), actors and places.
    enum Feature: Hashable {
        case quote(String), shingle(Int), actor(Int64), location(Int64)
    }

    /// A story with its quotes ready for comparison.
    struct Profile {
        struct QuoteShape {
            var key: String
            var shingles: Set<Int>
        }
        var story: EventStory
        var quotes: [QuoteShape]
        var features: [Feature]

        init(_ story: EventStory) {
            self.story = story
            // Duplicates within a story count once.
            var seen = Set<String>()
            quotes = story.quoteKeys.filter { !$0.isEmpty && seen.insert($0).inserted }
                .map { QuoteShape(key: $0, shingles: QuoteResemblance.shingles(ofKey: $0)) }
            var set = Set<Feature>()
            for quote in quotes {
                set.insert(.quote(quote.key))
                for shingle in quote.shingles { set.insert(.shingle(shingle)) }
            }
            for actor in story.actors { set.insert(.actor(actor)) }
            for location in story.locations { set.insert(.location(location)) }
            features = Array(set)
        }
    }

    /// Everything an event's stories carry, so that a story is scored against the event at once.
    struct EventEvidence {
        var quoteShingles: [String: Set<Int>] = [:]
        var keysByShingle: [Int: [String]] = [:]
        var actors = Set<Int64>()
        var locations = Set<Int64>()
        var firstDay: Int?
        var lastDay: Int?

        mutating func add(_ profile: Profile) {
            for quote in profile.quotes where quoteShingles[quote.key] == nil {
                quoteShingles[quote.key] = quote.shingles
                for shingle in quote.shingles { keysByShingle[shingle, default: []].append(quote.key) }
            }
            actors.formUnion(profile.story.actors)
            locations.formUnion(profile.story.locations)
            if let day = profile.story.day {
                firstDay = min(firstDay ?? day, day)
                lastDay = max(lastDay ?? day, day)
            }
        }

        func score(of profile: Profile, by grouping: EventGrouping) -> Double {
            if let day = profile.story.day, let firstDay, let lastDay,
               day < firstDay - grouping.windowDays || day > lastDay + grouping.windowDays {
                return 0
            }
            var shared = 0
            for quote in profile.quotes {
                if quoteShingles[quote.key] != nil {
                    shared += 1
                    continue
                }
                var keys = Set<String>()
                for shingle in quote.shingles { keys.formUnion(keysByShingle[shingle] ?? []) }
                if keys.contains(where: {
                    QuoteResemblance.isSame(key: quote.key, shingles: quote.shingles, asKey: $0, shingles: quoteShingles[$0]!)
                }) {
                    shared += 1
                }
            }
            return grouping.quoteWeight * Double(shared) + Double(profile.story.actors.intersection(actors).count)
                + Double(profile.story.locations.intersection(locations).count)
        }
    }

    /// Which stories not in an event share evidence with which, for seeding new events.
    struct LooseIndex {
        private var byFeature: [Feature: [Int]] = [:]
        private let profiles: [Profile]

        init(_ profiles: [Profile], pending: [Int]) {
            self.profiles = profiles
            for story in pending {
                for feature in profiles[story].features { byFeature[feature, default: []].append(story) }
            }
        }

        /// The stories still in no event sharing most evidence with `story`, at most `limit`.
        func candidates(of story: Int, limit: Int, isPlaced: (Int) -> Bool) -> [Int] {
            var shared: [Int: Int] = [:]
            for feature in profiles[story].features {
                for other in byFeature[feature] ?? [] where other != story && !isPlaced(other) {
                    shared[other, default: 0] += 1
                }
            }
            return shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(limit).map(\.key)
        }
    }
}
