import MorgueExtraction

/// What the HTML reader found in one web page: the story as a draft for extraction, and the
/// social posts the page embeds (each also rendered into the body as its own paragraph).
public struct HTMLArticle: Sendable, Hashable {
    /// Title, site name, byline, publication date, canonical URL and main text.
    public var draft: ArticleDraft
    /// Tweets, Instagram posts and similar embeds, in page order.
    public var embeddedPosts: [EmbeddedPost]

    /// A page's story and the posts it embeds.
    public init(draft: ArticleDraft, embeddedPosts: [EmbeddedPost]) {
        self.draft = draft
        self.embeddedPosts = embeddedPosts
    }
}

/// A social-media post embedded in a story, as the publisher's embed code shows it
/// (Twitter's `<blockquote class="twitter-tweet">`, Instagram's `instagram-media`, …).
public struct EmbeddedPost: Sendable, Hashable, Codable {
    /// The post's own words.
    public var text: String
    /// The author's display name ("Jane Doe"), when the embed shows it.
    public var author: String?
    /// The author's handle with its `@` ("@janedoe"), when the embed shows it.
    public var handle: String?
    /// The date as the embed writes it ("December 31, 2019").
    public var date: String?
    /// The link to the post itself.
    public var link: String?

    /// A post with whatever its embed shows; `handle` keeps its `@`.
    public init(text: String, author: String? = nil, handle: String? = nil, date: String? = nil,
                link: String? = nil) {
        self.text = text
        self.author = author
        self.handle = handle
        self.date = date
        self.link = link
    }

    /// The post as one paragraph of plain text, the form Morgue's extractor recognises:
    /// `post text — Display Name (@handle) December 31, 2019`.
    public var paragraph: String {
        var credit = author ?? ""
        if let handle { credit += credit.isEmpty ? handle : " (\(handle))" }
        if let date { credit += credit.isEmpty ? date : " \(date)" }
        return credit.isEmpty ? text : "\(text) — \(credit)"
    }
}
