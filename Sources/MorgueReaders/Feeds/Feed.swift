import Foundation

/// A news feed (RSS 2.0, RSS 1.0 or Atom) as its XML says it, before its items become stories.
public struct Feed: Sendable, Hashable {
    /// The channel's (RSS) or feed's (Atom) title: the outlet its stories are credited to.
    public var title: String?
    /// The items (RSS) or entries (Atom), in the feed's order.
    public var items: [FeedItem] = []

    public init(title: String? = nil, items: [FeedItem] = []) {
        self.title = title
        self.items = items
    }
}

/// One item (RSS) or entry (Atom) of a feed, its fields as written.
public struct FeedItem: Sendable, Hashable {
    /// The headline, markup removed.
    public var title: String?
    /// The story's page: RSS `link` (or a permalink `guid`), Atom `link rel="alternate"` (or an URL `id`).
    public var link: String?
    /// RSS `guid` or Atom `id`.
    public var guid: String?
    /// RSS `pubDate`/`dc:date`, Atom `published`, else `updated`, as written.
    public var published: String?
    /// `dc:creator`, RSS `author` or Atom `author/name`; several are joined with ", ".
    public var byline: String?
    /// The whole story when the feed carries it: RSS `content:encoded` or Atom `content`.
    public var content: FeedText?
    /// A summary: RSS `description` or Atom `summary`.
    public var summary: FeedText?

    /// An item with nothing in it yet; the parser fills it in as it reads.
    public init() {}
}

/// Text from a feed, and whether it is HTML (RSS descriptions, Atom `type="html"`/`"xhtml"`) or
/// plain text (Atom's default `type="text"`).
public struct FeedText: Sendable, Hashable {
    /// The text as the feed has it, character references already decoded by the XML parser.
    public var text: String
    /// Whether `text` is HTML markup rather than plain text.
    public var isHTML: Bool

    public init(_ text: String, isHTML: Bool) {
        self.text = text
        self.isHTML = isHTML
    }

    /// The text as plain paragraphs separated by blank lines, markup removed.
    public var paragraphs: String {
        isHTML ? FeedMarkup.plainText(fromHTML: text) : FeedMarkup.plainText(fromText: text)
    }
}
