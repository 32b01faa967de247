import Foundation
import MorgueExtraction

/// One item of a feed made into a story draft, and whether the feed carried the whole story or only
/// a summary (the linked page is then the story, fetched with `--follow`).
public struct FeedStory: Sendable, Hashable {
    /// The item's 1-based position in the feed.
    public var number: Int
    /// The story as the feed has it: url = item link, sourcePath = feed + `#item=N`; the body is the
    /// full content, else the summary, else empty.
    public var draft: ArticleDraft
    /// Whether the body is the feed's full content (`content:encoded`, Atom `content`).
    public var hasFullContent: Bool
}

/// Reads RSS 2.0, RSS 1.0 and Atom feeds: each item becomes a story credited to the channel's title
/// as its outlet. Works on the feed's raw bytes, since the XML declares its own encoding.
public struct FeedReader: Sendable {
    /// A reader; it holds no state, so one serves any number of feeds.
    public init() {}

    /// Every item of the feed at `path` (a file or URL), or the reason one could not be read.
    /// Relative item links are resolved against `path` when it is a URL.
    public func stories(in data: Data, path: String) -> [Result<FeedStory, ReadError>] {
        let (feed, failure) = FeedParser.parse(data)
        var outcomes: [Result<FeedStory, ReadError>] = feed.items.enumerated().map { index, item in
            Result { () throws(ReadError) in try story(from: item, number: index + 1, outlet: feed.title, path: path) }
        }
        if let failure {
            outcomes.append(.failure(ReadError(path: path, line: failure.line, reason: failure.reason)))
        } else if feed.items.isEmpty {
            outcomes.append(.failure(ReadError(path: path, reason: "the feed has no items")))
        }
        return outcomes
    }

    /// The feed's stories as ingest takes them when links are not followed: an item with no text at
    /// all is an error that says to pass `--follow`.
    public func read(_ data: Data, path: String) -> [ReadOutcome] {
        stories(in: data, path: path).map { outcome in
            outcome.flatMap { story in
                guard story.draft.body.isEmpty else { return .success(story.draft) }
                return .failure(ReadError(path: path, line: story.number, reason: "item \(story.number) "
                    + "(\(story.draft.url ?? "no link")) has no text in the feed; pass --follow to fetch its linked page"))
            }
        }
    }

    private func story(from item: FeedItem, number: Int, outlet: String?, path: String) throws(ReadError) -> FeedStory {
        let full = item.content.map(\.paragraphs) ?? ""
        let body = full.isEmpty ? item.summary.map(\.paragraphs) ?? "" : full
        var draft = ArticleDraft(body: body, sourcePath: "\(path)#item=\(number)")
        draft.title = item.title
        draft.outlet = outlet
        draft.byline = item.byline
        draft.url = item.link.map { Self.resolve($0, against: path) }
        if let published = item.published {
            guard let (day, instant) = FeedDate.parse(published) else {
                throw ReadError(path: path, line: number,
                                reason: "item \(number): the date \"\(published)\" is not an RSS or Atom date Morgue can read")
            }
            draft.published = day
            draft.publishedAt = instant
        }
        if body.isEmpty && draft.url == nil {
            throw ReadError(path: path, line: number, reason: "item \(number) has neither text nor a link to its story")
        }
        return FeedStory(number: number, draft: draft, hasFullContent: !full.isEmpty)
    }

    private static func resolve(_ link: String, against path: String) -> String {
        guard !link.hasPrefix("http://"), !link.hasPrefix("https://"),
              path.hasPrefix("http://") || path.hasPrefix("https://"),
              let resolved = URL(string: link, relativeTo: URL(string: path)) else { return link }
        return resolved.absoluteString
    }
}
