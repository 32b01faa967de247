import MorgueExtraction

/// A story ready to store: what the reader found, its content hash, and what extraction found in it.
public struct ExtractedArticle: Sendable {
    public var draft: ArticleDraft
    /// SHA-256 (hex) of the story's title, outlet, byline, date and body.
    public var contentHash: String
    public var extraction: Extraction

    public init(draft: ArticleDraft, contentHash: String, extraction: Extraction) {
        self.draft = draft
        self.contentHash = contentHash
        self.extraction = extraction
    }
}

/// How the archive knows a story: by its URL when it has one, else by its content.
public struct ArticleIdentity: Sendable, Hashable {
    public var url: String?
    public var contentHash: String

    public init(url: String?, contentHash: String) {
        self.url = url
        self.contentHash = contentHash
    }
}

/// What the archive holds for a story about to be ingested.
public enum StoredState: Sendable, Hashable {
    /// Not in the archive.
    case absent
    /// In the archive, exactly as it is now.
    case unchanged(articleID: Int64)
    /// In the archive under the same URL, with different content.
    case changed(articleID: Int64)
}

/// What storing a story did.
public enum StoreOutcome: Sendable, Hashable {
    case new(articleID: Int64)
    case updated(articleID: Int64)
    case unchanged(articleID: Int64)

    public var articleID: Int64 {
        switch self {
        case let .new(id), let .updated(id), let .unchanged(id): return id
        }
    }
}
