import Foundation
import MorgueArchive
import MorgueExtraction
import MorgueReaders

/// Reads stories from the web for ingest: a feed or page named by URL, fetched conditionally, and,
/// with `--follow`, the linked page of every feed item that carries only a summary. Every failed
/// fetch becomes a read error naming the URL; the rest of the batch goes on.
struct WebStoryReader {
    let fetcher: PoliteFetcher
    let archive: Archive
    let reader: StoryFileReader
    private let feeds = FeedReader()

    init(fetcher: PoliteFetcher, archive: Archive, reader: StoryFileReader) {
        self.fetcher = fetcher
        self.archive = archive
        self.reader = reader
    }

    /// The stories at `address`: fetched with the validators of the last ingested copy, so that an
    /// unchanged feed costs one "304 Not Modified" and nothing else.
    func read(address: String) -> SourceReading {
        let known: FetchValidators?
        do { known = try archive.validators(for: address) } catch {
            return SourceReading(outcomes: [.failure(ReadError(path: address, reason: "cannot read the fetch cache: \(error)"))])
        }
        let document: FetchedDocument
        do {
            switch try fetcher.fetch(address, validators: known) {
            case .notModified:
                var reading = SourceReading()
                reading.notModified = true
                return reading
            case let .fetched(fetched): document = fetched
            }
        } catch {
            return SourceReading(outcomes: [.failure(ReadError(path: address, reason: error.reason))])
        }
        var reading = read(data: document.data, path: address, format: Self.format(of: document))
        // Remember the validators only when every item was read, so that a feed with a bad item or an
        // unreachable page is fetched whole again next time.
        if !reading.outcomes.contains(where: { if case .failure = $0 { true } else { false } }) {
            reading.validators = (address, document.validators)
        }
        return reading
    }

    /// The stories in a file or fetched document; feed items with only a summary are replaced by
    /// their linked page when the policy says to follow links.
    func read(data: Data, path: String, format: StoryFormat? = nil) -> SourceReading {
        let format = format ?? StoryFormat(path: path, contents: data)
        guard format == .feed, fetcher.policy.followLinks else {
            return SourceReading(outcomes: reader.read(data, path: path, format: format))
        }
        var reading = SourceReading()
        for outcome in feeds.stories(in: data, path: path) {
            switch outcome {
            case let .failure(error):
                reading.outcomes.append(.failure(error))
            case let .success(story) where story.hasFullContent || story.draft.url == nil:
                reading.outcomes.append(story.draft.body.isEmpty
                    ? .failure(ReadError(path: path, line: story.number, reason: "item \(story.number) has no text and no link"))
                    : .success(story.draft))
            case let .success(story):
                let link = story.draft.url!
                if (try? archive.hasStory(at: link)) == true {
                    reading.alreadyStored += 1
                } else {
                    reading.outcomes.append(followed(story, link: link, feed: path))
                }
            }
        }
        return reading
    }

    /// The story at an item's link, with what the feed said filling in what the page does not.
    private func followed(_ story: FeedStory, link: String, feed: String) -> ReadOutcome {
        let page: FetchedDocument
        do {
            guard case let .fetched(fetched) = try fetcher.fetch(link) else {
                return .failure(ReadError(path: feed, line: story.number, reason: "item \(story.number): \(link) answered "
                    + "304 Not Modified to an unconditional request"))
            }
            page = fetched
        } catch {
            return .failure(ReadError(path: feed, line: story.number,
                                      reason: "item \(story.number): its linked page \(link) could not be fetched: \(error.reason)"))
        }
        let format = Self.format(of: page)
        guard format != .feed else {
            return .failure(ReadError(path: feed, line: story.number, reason: "item \(story.number): its link \(link) is a feed, not a story page"))
        }
        let outcomes = reader.read(page.data, path: link, format: format)
        guard let first = outcomes.first else {
            return .failure(ReadError(path: feed, line: story.number, reason: "item \(story.number): the page \(link) holds no story"))
        }
        return first.map { pageDraft in
            var draft = pageDraft
            let fromFeed = story.draft
            draft.url = link
            draft.sourcePath = fromFeed.sourcePath
            draft.title = draft.title ?? fromFeed.title
            draft.outlet = draft.outlet ?? fromFeed.outlet
            draft.byline = draft.byline ?? fromFeed.byline
            if draft.published == nil {
                draft.published = fromFeed.published
                draft.publishedAt = fromFeed.publishedAt
            }
            return draft
        }.mapError { error in
            ReadError(path: feed, line: story.number, reason: "item \(story.number): the page \(link): \(error.reason)")
        }
    }

    /// A fetched document's format: a feed if its root says so whatever the server calls it, else
    /// what its Content-Type says, else what its address's extension says.
    static func format(of document: FetchedDocument) -> StoryFormat {
        if FeedSniffer.looksLikeFeed(document.data) { return .feed }
        switch document.contentType ?? "" {
        case let type where type.contains("html"): return .html
        case let type where type.contains("ndjson") || type.contains("jsonl"): return .jsonLines
        case let type where type.contains("json"): return .json
        case "text/plain": return .plainText
        default:
            let path = URL(string: document.url)?.path ?? ""
            return StoryFormat(path: path, contents: document.data)
        }
    }
}
