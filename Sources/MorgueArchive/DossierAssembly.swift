/// Turns the rows of one event (`DossierMaterial`) into a `Dossier`: quotes carried by several stories
/// become one quote with several carriers, grouped by speaker; outlets gather what they are credited
/// with; people and places are counted; dated items make the timeline. Pure and linear in the rows.
struct DossierAssembly {
    let material: DossierMaterial
    private let stories: [Int64: DossierMaterial.StoryRow]

    init(_ material: DossierMaterial) {
        self.material = material
        stories = Dictionary(material.stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func dossier() -> Dossier {
        let clusters = quoteClusters()
        let speakers = self.speakers(clusters)
        let sources = self.sources()
        let people = participants(kind: "person")
        let organizations = participants(kind: "organization")
        let places = self.places()
        let event = material.event
        return Dossier(
            dossierVersion: Dossier.currentVersion,
            event: Dossier.Header(id: event.id, name: event.name, origin: event.origin, firstDate: event.firstDate,
                                  lastDate: event.lastDate),
            counts: Dossier.Counts(stories: material.stories.count, outlets: sources.filter(\.isOutlet).count,
                                   quotes: clusters.count, people: people.count, organizations: organizations.count,
                                   places: places.count),
            timeline: timeline(clusters), speakers: speakers, sources: sources, people: people,
            organizations: organizations, places: places, stories: storyList(),
            disagreements: DossierDisagreements.find(in: claims(clusters)))
    }

    // MARK: Quotes

    /// One quote, with every story carrying it (its instances), first seen first.
    struct Cluster {
        var instances: [DossierMaterial.QuoteRow]
        var shingles: Set<Int>
        /// The speaker most of its carriers name (the first named on a tie), once all are in.
        var speaker: String?
        var first: DossierMaterial.QuoteRow { instances[0] }

        func mostNamedSpeaker() -> String? {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for name in instances.compactMap(\.speaker) {
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
            return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        }
    }

    /// The day a quote was said (its own date), else the day the story carrying it was published.
    private func day(of quote: DossierMaterial.QuoteRow) -> String? {
        quote.saidOn ?? stories[quote.articleID]?.published
    }

    /// The event's quotes merged into clusters of the same words (`QuoteResemblance`).
    func quoteClusters() -> [Cluster] {
        let ordered = material.quotes.sorted {
            (day(of: $0) ?? "9999", $0.articleID, $0.start) < (day(of: $1) ?? "9999", $1.articleID, $1.start)
        }
        var clusters: [Cluster] = []
        var byKey: [String: Int] = [:]
        var byShingle: [Int: [Int]] = [:]
        for quote in ordered {
            if let index = byKey[quote.key] {
                clusters[index].instances.append(quote)
                continue
            }
            let shingles = QuoteResemblance.shingles(ofKey: quote.key)
            var candidates = Set<Int>()
            for shingle in shingles { candidates.formUnion(byShingle[shingle] ?? []) }
            let match = candidates.sorted().first { index in
                QuoteResemblance.isSame(key: quote.key, shingles: shingles, asKey: clusters[index].first.key,
                                        shingles: clusters[index].shingles)
            }
            let index: Int
            if let match {
                index = match
                clusters[index].instances.append(quote)
            } else {
                index = clusters.count
                clusters.append(Cluster(instances: [quote], shingles: shingles, speaker: nil))
                for shingle in shingles { byShingle[shingle, default: []].append(index) }
            }
            byKey[quote.key] = index
        }
        for index in clusters.indices { clusters[index].speaker = clusters[index].mostNamedSpeaker() }
        return clusters
    }

    private func carrier(_ quote: DossierMaterial.QuoteRow) -> Dossier.Carrier {
        let story = stories[quote.articleID]
        return Dossier.Carrier(outlet: story?.outlet, published: story?.published, title: story?.title, text: quote.text,
                               cue: quote.cue,
                               provenance: Provenance(articleID: quote.articleID, start: quote.start, end: quote.end))
    }

    func speakers(_ clusters: [Cluster]) -> [Dossier.Speaker] {
        var grouped: [String: [Cluster]] = [:]
        for cluster in clusters { grouped[cluster.speaker ?? Self.unattributed, default: []].append(cluster) }
        return grouped.map { name, clusters in
            let instances = clusters.flatMap(\.instances).filter { $0.speaker == name || name == Self.unattributed }
            // A role already in the name ("State Department spokesperson") is not repeated.
            let role = Self.mostCommon(instances.compactMap(\.speakerRole)
                .filter { !name.localizedCaseInsensitiveContains($0) })
            return Dossier.Speaker(
                name: name, role: role,
                handle: Self.mostCommon(instances.compactMap(\.speakerHandle)),
                quoteCount: clusters.count, timesCarried: clusters.reduce(0) { $0 + $1.instances.count },
                quotes: clusters.map { cluster in
                    Dossier.SpeakerQuote(text: cluster.first.text, kind: cluster.first.kind, firstSeen: day(of: cluster.first),
                                         carriedBy: cluster.instances.map(carrier))
                })
        }.sorted {
            ($0.name == Self.unattributed ? 1 : 0, -$0.quoteCount, -$0.timesCarried, $0.name)
                < ($1.name == Self.unattributed ? 1 : 0, -$1.quoteCount, -$1.timesCarried, $1.name)
        }
    }

    /// The name under which quotes without a named speaker are grouped.
    static let unattributed = "(speaker not named)"

    // MARK: Timeline and stories

    func timeline(_ clusters: [Cluster]) -> [Dossier.TimelineEntry] {
        var entries: [Dossier.TimelineEntry] = []
        for story in material.stories {
            guard let published = story.published else { continue }
            entries.append(Dossier.TimelineEntry(
                date: published, time: story.publishedAt, kind: "story", text: story.title ?? "(untitled story)",
                by: story.outlet, provenance: Provenance(articleID: story.id, start: 0, end: story.bodyLength)))
        }
        for cluster in clusters {
            let quote = cluster.first
            let isPost = quote.kind == "embedded_post"
            // A post is dated by itself or by the story carrying it; a direct quote only by its own date.
            guard let date = isPost ? day(of: quote) : quote.saidOn else { continue }
            entries.append(Dossier.TimelineEntry(
                date: date, time: nil, kind: isPost ? "post" : "statement", text: quote.text, by: cluster.speaker,
                provenance: Provenance(articleID: quote.articleID, start: quote.start, end: quote.end)))
        }
        let rank = ["story": 0, "post": 1, "statement": 2]
        return entries.sorted {
            ($0.date, $0.time ?? "", rank[$0.kind] ?? 3, $0.provenance.articleID, $0.provenance.start)
                < ($1.date, $1.time ?? "", rank[$1.kind] ?? 3, $1.provenance.articleID, $1.provenance.start)
        }
    }

    func storyList() -> [Dossier.Story] {
        var quoteCounts: [Int64: Int] = [:]
        for quote in material.quotes { quoteCounts[quote.articleID, default: 0] += 1 }
        return material.stories.map { story in
            Dossier.Story(articleID: story.id, published: story.published, publishedAt: story.publishedAt,
                          outlet: story.outlet, title: story.title, byline: story.byline, url: story.url,
                          sourcePath: story.sourcePath, quotes: quoteCounts[story.id] ?? 0,
                          provenance: Provenance(articleID: story.id, start: 0, end: story.bodyLength))
        }
    }

    // MARK: Sources, people, places

    func sources() -> [Dossier.Source] {
        // Mutated in place: copying a source out and back would copy its lists at every claim.
        var byName: [String: Dossier.Source] = [:]
        var publishedSeen = Set<String>(), citedSeen = Set<String>()
        func touch(_ name: String, isOutlet: Bool) {
            if byName[name] == nil {
                byName[name] = Dossier.Source(name: name, isOutlet: isOutlet, published: [], citedIn: [], creditedWith: [])
            } else if isOutlet {
                byName[name]!.isOutlet = true
            }
        }
        func cite(_ name: String, _ article: Int64) {
            if citedSeen.insert("\(article) \(name)").inserted { byName[name]!.citedIn.append(article) }
        }
        for row in material.outlets {
            touch(row.name, isOutlet: true)
            if row.role == "publisher" {
                if publishedSeen.insert("\(row.articleID) \(row.name)").inserted {
                    byName[row.name]!.published.append(row.articleID)
                }
            } else {
                cite(row.name, row.articleID)
            }
        }
        for row in material.attributions {
            touch(row.source, isOutlet: row.isOutlet)
            let provenance = if let start = row.claimStart, let end = row.claimEnd {
                Provenance(articleID: row.articleID, start: start, end: end)
            } else {
                Provenance(articleID: row.articleID, start: row.sourceStart, end: row.sourceEnd)
            }
            byName[row.source]!.creditedWith.append(Dossier.Credit(claim: row.claim, cue: row.cue,
                                                                   mention: row.sourceMention, provenance: provenance))
            if row.isOutlet { cite(row.source, row.articleID) }
        }
        for name in byName.keys {
            byName[name]!.published.sort()
            byName[name]!.citedIn.sort()
        }
        return byName.values.sorted {
            (-$0.creditedWith.count - $0.citedIn.count - $0.published.count, $0.name)
                < (-$1.creditedWith.count - $1.citedIn.count - $1.published.count, $1.name)
        }
    }

    func participants(kind: String) -> [Dossier.Participant] {
        var quotes: [String: Int] = [:]
        for quote in material.quotes { if let speaker = quote.speaker { quotes[speaker, default: 0] += 1 } }
        var byActor: [Int64: Dossier.Participant] = [:]
        var roles: [Int64: [String]] = [:]
        for row in material.actors where row.kind == kind {
            if byActor[row.actorID] == nil {
                byActor[row.actorID] = Dossier.Participant(name: row.name, role: nil, stories: 0, mentions: 0,
                                                           quotes: quotes[row.name] ?? 0, provenance: [])
            }
            byActor[row.actorID]!.stories += 1
            byActor[row.actorID]!.mentions += row.mentions
            if let start = row.firstStart, let end = row.firstEnd {
                byActor[row.actorID]!.provenance.append(Provenance(articleID: row.articleID, start: start, end: end))
            }
            if let role = row.role { roles[row.actorID, default: []].append(role) }
        }
        for (id, list) in roles { byActor[id]?.role = Self.mostCommon(list) }
        return byActor.values.sorted {
            (-$0.stories, -$0.quotes, -$0.mentions, $0.name) < (-$1.stories, -$1.quotes, -$1.mentions, $1.name)
        }
    }

    func places() -> [Dossier.Place] {
        var byPlace: [Int64: Dossier.Place] = [:]
        for row in material.places {
            if byPlace[row.locationID] == nil {
                byPlace[row.locationID] = Dossier.Place(name: row.name, kind: row.kind, countryCode: row.countryCode,
                                                        stories: 0, mentions: 0, provenance: [])
            }
            byPlace[row.locationID]!.stories += 1
            byPlace[row.locationID]!.mentions += row.mentions
            byPlace[row.locationID]!.provenance.append(
                Provenance(articleID: row.articleID, start: row.firstStart, end: row.firstEnd))
        }
        return byPlace.values.sorted {
            (-$0.stories, -$0.mentions, $0.name) < (-$1.stories, -$1.mentions, $1.name)
        }
    }

    // MARK: Claims

    /// Everything in the event that states something: each quote once, each credited claim, each title.
    func claims(_ clusters: [Cluster]) -> [Dossier.Claim] {
        var claims = clusters.map { cluster in
            Dossier.Claim(text: cluster.first.text, by: cluster.speaker,
                          kind: cluster.first.kind == "embedded_post" ? "post" : "quote",
                          provenance: Provenance(articleID: cluster.first.articleID, start: cluster.first.start,
                                                 end: cluster.first.end))
        }
        for row in material.attributions {
            guard let claim = row.claim, let start = row.claimStart, let end = row.claimEnd else { continue }
            claims.append(Dossier.Claim(text: claim, by: row.source, kind: "attribution",
                                        provenance: Provenance(articleID: row.articleID, start: start, end: end)))
        }
        for story in material.stories {
            guard let title = story.title else { continue }
            claims.append(Dossier.Claim(text: title, by: story.outlet, kind: "title",
                                        provenance: Provenance(articleID: story.id, field: "title", start: 0,
                                                               end: title.unicodeScalars.count)))
        }
        return claims
    }

    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let most = counts.values.max()
        return values.first { counts[$0] == most }
    }
}
