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
    /// Whether grouping places the story by itself: true for stories new since grouping last ran. An
    /// older story in no event joins one only as the partner a new story founds it with.
    public var isNew: Bool

    public init(articleID: Int64, day: Int? = nil, quoteKeys: [String] = [], actors: Set<Int64> = [],
                locations: Set<Int64> = [], event: Int64? = nil, excludedEvents: Set<Int64> = [], isNew: Bool = true) {
        self.articleID = articleID
        self.day = day
        self.quoteKeys = quoteKeys
        self.actors = actors
        self.locations = locations
        self.event = event
        self.excludedEvents = excludedEvents
        self.isNew = isNew
    }
}

/// Where grouping puts a story: into an event the archive already has, or into the `n`th new event.
public enum EventPlacement: Sendable, Hashable, Comparable {
    case existing(Int64)
    case new(Int)
}

/// Groups stories into events, incrementally and deterministically. Pure: stories in, placements out.
///
/// Two stories *match* when they are at most `windowDays` apart (or either is undated) and the
/// evidence between them reaches `threshold`: each quote of the story being placed that the other
/// carries too (the same words, even lightly edited, see `QuoteResemblance`) weighs `quoteWeight`;
/// each actor or place both name weighs 1. A new story joins the event of the story it matches best
/// (events a user took it out of aside); a new story matching no story in an event founds one with the
/// story in no event it matches best. Events are therefore chains of stories that each match one
/// another, never a pile of facts that a story could match a little of each: a large event does not
/// draw in unrelated stories by the sheer number of names it holds.
///
/// Events already found keep their ids and their stories: grouping only adds. New stories are placed
/// oldest first (undated last), then by article id, so the same archive always groups the same way;
/// every new story is first offered to the events that exist, and only the stories left then found
/// new events.
public struct EventGrouping: Sendable {
    /// How many days apart two stories may be and still match.
    public var windowDays = 3
    /// The evidence a match needs: one shared quote, or three shared actors and places.
    public var threshold = 3.0
    /// What one shared quote weighs against one shared actor or place (1).
    public var quoteWeight = 3.0
    /// The stories nearest in time a story is compared with through any one fact it shares with them:
    /// a fact carried by a thousand stories of one week (a big event, the same quote everywhere) pairs
    /// each story with its neighbours, not with all thousand, so that grouping stays linear in the
    /// stories; a story's best match among its neighbours is in the same event as the others.
    public var neighbourLimit = 64

    public init() {}

    /// Where each new story not yet in an event goes; stories that match nothing are left out.
    public func place(_ stories: [EventStory]) -> [Int64: EventPlacement] {
        let profiles = stories.map(Profile.init)
        let order = { (story: Int) in (stories[story].day ?? Int.max, stories[story].articleID) }
        let newStories = stories.indices.filter { stories[$0].event == nil && stories[$0].isNew }
            .sorted { order($0) < order($1) }
        let matches = MatchFinder(profiles: profiles, placing: newStories, grouping: self).matches()
        var placement: [EventPlacement?] = stories.map { $0.event.map(EventPlacement.existing) }
        var newEvents = 0
        for mayFoundEvents in [false, true] {
            for story in newStories where placement[story] == nil {
                var best: (score: Double, event: EventPlacement)?
                for match in matches[story] {
                    guard let event = placement[match.story] else { continue }
                    if case let .existing(id) = event, stories[story].excludedEvents.contains(id) { continue }
                    // The best score wins; on a tie, the older event.
                    if let current = best, current.score > match.score
                        || current.score == match.score && current.event <= event { continue }
                    best = (match.score, event)
                }
                if let best {
                    placement[story] = best.event
                    continue
                }
                guard mayFoundEvents else { continue }
                var partner: (score: Double, story: Int)?
                for match in matches[story] where placement[match.story] == nil {
                    if let current = partner, current.score > match.score
                        || current.score == match.score && order(current.story) < order(match.story) { continue }
                    partner = (match.score, match.story)
                }
                if let partner {
                    let event = EventPlacement.new(newEvents)
                    newEvents += 1
                    placement[story] = event
                    placement[partner.story] = event
                }
            }
        }
        var result: [Int64: EventPlacement] = [:]
        for (offset, story) in stories.enumerated() where story.event == nil {
            if let event = placement[offset] { result[story.articleID] = event }
        }
        return result
    }

    /// The evidence that story `a` reports the same event as story `b`: `a`'s quotes that `b` carries
    /// too, and the actors and places both name; 0 when they are too far apart in time.
    func score(_ a: Profile, _ b: Profile, comparingQuotes: Bool = true) -> Double {
        if let dayA = a.day, let dayB = b.day, abs(dayA - dayB) > windowDays { return 0 }
        var shared = 0
        if comparingQuotes {
            for quote in a.quotes where b.quotes.contains(where: {
                quote.keyHash == $0.keyHash && quote.key == $0.key
                    || QuoteResemblance.isSame(key: quote.key, shingles: quote.shingles, asKey: $0.key, shingles: $0.shingles)
            }) {
                shared += 1
            }
        }
        return quoteWeight * Double(shared) + Double(Profile.sharedCount(a.actors, b.actors))
            + Double(Profile.sharedCount(a.locations, b.locations))
    }

    /// A story ready for comparison: its quotes with their shingles, its actors and places sorted.
    struct Profile {
        struct QuoteShape {
            var key: String
            var keyHash: Int
            var shingles: Set<Int>
        }
        var day: Int?
        var quotes: [QuoteShape]
        var actors: [Int64]
        var locations: [Int64]

        init(_ story: EventStory) {
            day = story.day
            // Duplicates within a story count once.
            var seen = Set<String>()
            quotes = story.quoteKeys.filter { !$0.isEmpty && seen.insert($0).inserted }.map {
                QuoteShape(key: $0, keyHash: QuoteResemblance.keyHash($0), shingles: QuoteResemblance.shingles(ofKey: $0))
            }
            actors = story.actors.sorted()
            locations = story.locations.sorted()
        }

        /// How many values two sorted lists share.
        static func sharedCount(_ a: [Int64], _ b: [Int64]) -> Int {
            var (i, j, count) = (0, 0, 0)
            while i < a.count, j < b.count {
                if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { count += 1; i += 1; j += 1 }
            }
            return count
        }
    }

    /// A story that matches one being placed, and by how much.
    struct Match {
        var story: Int
        var score: Double
    }

    /// Finds, for each story being placed, every story it matches: only stories sharing a quote key, a
    /// quote shingle, an actor or a place with it within the window are compared at all.
    struct MatchFinder {
        let profiles: [Profile]
        let placing: [Int]
        let grouping: EventGrouping

        /// What a story can share with others, as one integer: quote keys and shingles (hashed), actors
        /// and places (ids). Two different facts may rarely meet on one integer: that only costs a
        /// comparison, never a match, since matches are scored on the facts themselves.
        private enum Kind: Int { case actor = 1, location = 2 }

        private static func features(of profile: Profile, _ body: (Int, Bool) -> Void) {
            for quote in profile.quotes {
                body(quote.keyHash, true)
                for shingle in quote.shingles { body(shingle, true) }
            }
            for actor in profile.actors { body(tagged(actor, .actor), false) }
            for location in profile.locations { body(tagged(location, .location), false) }
        }

        private static func tagged(_ id: Int64, _ kind: Kind) -> Int {
            var hash = UInt64(bitPattern: id) &+ UInt64(kind.rawValue) &* 0x9e37_79b9_7f4a_7c15
            hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
            return Int(truncatingIfNeeded: hash ^ (hash >> 31))
        }

        /// The matches of every story being placed (indexed like `profiles`), scored once per pair
        /// that shares a fact in time.
        func matches() -> [[Match]] {
            // The facts of the stories being placed, sorted by fact, then oldest story first (undated
            // last, `placing`'s order): each fact's stories are one run of `stories`, found by `runs`.
            var entries: [(feature: Int, rank: Int32, isQuote: Bool)] = []
            for (rank, story) in placing.enumerated() {
                Self.features(of: profiles[story]) { feature, isQuote in entries.append((feature, Int32(rank), isQuote)) }
            }
            entries.sort { ($0.feature, $0.rank) < ($1.feature, $1.rank) }
            let window = grouping.windowDays
            let neighbours = grouping.neighbourLimit
            // Each story's day, undated stories last: read in the inner loops without touching profiles.
            let undatedDay = Int.max
            let days = profiles.map { $0.day ?? undatedDay }
            // Pairs (placed story, other story) sharing a fact within the window, with whether a quote
            // is among what they share; packed as placed << 32 | other << 1 | quote.
            var pairs: [Int] = []
            func pair(_ story: Int, _ other: Int, _ isQuote: Bool) {
                if story != other { pairs.append(story << 32 | other << 1 | (isQuote ? 1 : 0)) }
            }
            var stories: [Int32] = []
            var sharesQuote: [Bool] = []
            stories.reserveCapacity(entries.count)
            var runs: [Int: Int] = [:]
            runs.reserveCapacity(entries.count / 2)
            // A bit a fact (hashed), set for the facts of the stories being placed: most facts of other
            // stories are not among them, and the bits (256 KB) answer that without a lookup.
            let filterBits = 1 << 21
            var filter = [UInt64](repeating: 0, count: filterBits / 64)
            var position = 0
            while position < entries.count {
                let (feature, start) = (entries[position].feature, stories.count)
                while position < entries.count, entries[position].feature == feature {
                    let story = Int32(placing[Int(entries[position].rank)])
                    if stories.count > start, stories[stories.count - 1] == story {
                        sharesQuote[sharesQuote.count - 1] = sharesQuote[sharesQuote.count - 1] || entries[position].isQuote
                    } else {
                        stories.append(story)
                        sharesQuote.append(entries[position].isQuote)
                    }
                    position += 1
                }
                runs[feature] = start << 32 | stories.count
                filter[(feature & (filterBits - 1)) >> 6] |= 1 << (feature & 63)
                // The stories being placed that share this fact, pairwise, within the window: a run is
                // ordered by day, undated last, and undated stories meet every story of the run.
                let end = stories.count
                let undated = Self.firstIndex(in: stories, start, end, days: days) { $0 == undatedDay }
                for first in start..<end {
                    let (a, dayA) = (Int(stories[first]), days[Int(stories[first])])
                    var (second, paired) = (first + 1, 0)
                    while second < end, paired < neighbours {
                        let b = Int(stories[second])
                        if second < undated, dayA != undatedDay, days[b] > dayA + window {
                            second = undated
                            continue
                        }
                        pair(a, b, sharesQuote[first] || sharesQuote[second])
                        pair(b, a, sharesQuote[first] || sharesQuote[second])
                        (second, paired) = (second + 1, paired + 1)
                    }
                }
            }
            // Every other story, against the runs of the facts it shares with the stories being placed.
            var isPlacing = [Bool](repeating: false, count: profiles.count)
            for story in placing { isPlacing[story] = true }
            for other in profiles.indices where !isPlacing[other] {
                let day = days[other]
                Self.features(of: profiles[other]) { feature, isQuote in
                    guard filter[(feature & (filterBits - 1)) >> 6] & (1 << (feature & 63)) != 0,
                          let run = runs[feature] else { return }
                    let (low, high) = (run >> 32, run & 0xffff_ffff)
                    let undated = Self.firstIndex(in: stories, low, high, days: days) { $0 == undatedDay }
                    guard day != undatedDay else {
                        for position in low..<min(high, low + neighbours) { pair(Int(stories[position]), other, isQuote) }
                        return
                    }
                    var position = Self.firstIndex(in: stories, low, undated, days: days) { $0 >= day - window }
                    var paired = 0
                    while position < undated, paired < neighbours, days[Int(stories[position])] <= day + window {
                        pair(Int(stories[position]), other, isQuote)
                        (position, paired) = (position + 1, paired + 1)
                    }
                    for position in undated..<min(high, undated + neighbours - paired) {
                        pair(Int(stories[position]), other, isQuote)
                    }
                }
            }
            pairs.sort()
            var result = [[Match]](repeating: [], count: profiles.count)
            position = 0
            while position < pairs.count {
                let pair = pairs[position] >> 1
                var sharesQuote = false
                while position < pairs.count, pairs[position] >> 1 == pair {
                    sharesQuote = sharesQuote || pairs[position] & 1 == 1
                    position += 1
                }
                let (story, other) = (pair >> 31, pair & 0x7fff_ffff)
                let score = grouping.score(profiles[story], profiles[other], comparingQuotes: sharesQuote)
                if score >= grouping.threshold { result[story].append(Match(story: other, score: score)) }
            }
            return result
        }

        /// The first position in `list[low..<high]` (stories ordered by day, undated last) whose day
        /// satisfies `isPast`, a predicate false then true along the list; `high` when none does.
        private static func firstIndex(in list: [Int32], _ low: Int, _ high: Int, days: [Int],
                                       where isPast: (Int) -> Bool) -> Int {
            var (low, high) = (low, high)
            while low < high {
                let middle = (low + high) / 2
                if isPast(days[Int(list[middle])]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }
}
