/// A story as a reader found it, before extraction: the metadata its source carried and its body.
///
/// Readers fill in what the file says; anything missing stays `nil`. The body is plain text with
/// paragraphs separated by blank lines, and every offset Morgue stores counts into it.
public struct ArticleDraft: Sendable, Hashable, Codable {
    public var title: String?
    /// The publisher's name as the source gives it ("Reuters", "The New York Times").
    public var outlet: String?
    public var byline: String?
    public var published: NewsDate?
    /// The full publication time as given (ISO-8601), when the source has more than a day.
    public var publishedAt: String?
    public var url: String?
    public var body: String
    /// Where the story came from: a file path, with `#line` or `#record` for one record of many.
    public var sourcePath: String?

    public init(title: String? = nil, outlet: String? = nil, byline: String? = nil,
                published: NewsDate? = nil, publishedAt: String? = nil, url: String? = nil,
                body: String, sourcePath: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.published = published
        self.publishedAt = publishedAt
        self.url = url
        self.body = body
        self.sourcePath = sourcePath
    }
}
