import Foundation
import MorgueExtraction

/// Reads a saved news web page: its metadata (title, site, byline, date, canonical URL), its main
/// text without navigation, ads, captions, related links or comments, and the social posts it embeds.
///
/// ```swift
/// let article = try HTMLArticleReader().read(data, path: "stories/storm.html")
/// print(article.draft.title, article.draft.body)
/// ```
public struct HTMLArticleReader: Sendable {
    /// A reader; it holds no state, so one can serve every thread.
    public init() {}

    /// Reads one page. Throws a `ReadError` naming `path` when the bytes are not text or the page
    /// has no story text.
    public func read(_ data: Data, path: String) throws(ReadError) -> HTMLArticle {
        let tree = try Self.parse(data, path: path)
        let hints = PageFacts.NameHints(tree: tree)
        let metadata = PageMetadata(tree: tree, hints: hints)
        let found = EmbeddedPostReader(tree: tree).posts()
        var postIndex: [Int: Int] = [:]
        for (position, entry) in found.enumerated() { postIndex[entry.element] = position }
        let posts = found.map(\.post)

        let filter = ParagraphFilter(titles: metadata.titleVariants)
        let paragraphs = Self.story(in: tree, hints: hints, posts: posts, postIndex: postIndex,
                                    filter: filter)
        guard !paragraphs.isEmpty else {
            throw ReadError(path: path, reason: "no article text found in this page")
        }
        let draft = ArticleDraft(
            title: metadata.title, outlet: metadata.outlet, byline: metadata.byline,
            published: metadata.published.flatMap(DateParser.parse),
            publishedAt: metadata.published.flatMap(Self.isoTimestamp),
            url: metadata.url, body: paragraphs.joined(separator: "\n\n"), sourcePath: path)
        return HTMLArticle(draft: draft, embeddedPosts: posts)
    }

    /// Readability's retry: when a strict pass finds less than 500 characters, relax the rules one
    /// at a time. A relaxed pass wins only when it finds at least twice the text, so a short story
    /// does not take in the sidebar the strict pass left out.
    private static func story(in tree: HTMLTree, hints: PageFacts.NameHints, posts: [EmbeddedPost],
                              postIndex: [Int: Int], filter: ParagraphFilter) -> [String] {
        let passes = [
            PageFacts.Strictness(),
            PageFacts.Strictness(dropUnlikely: false),
            PageFacts.Strictness(dropUnlikely: false, weighClasses: false),
            PageFacts.Strictness(dropUnlikely: false, weighClasses: false, cleanConditionally: false),
        ]
        var best: [String] = []
        var bestLength = 0
        for strictness in passes {
            let facts = PageFacts(tree: tree, hints: hints, posts: postIndex, strictness: strictness)
            let elements = ContentScorer(facts: facts).storyElements()
            let paragraphs = StoryRenderer(facts: facts, posts: posts,
                                           cleanConditionally: strictness.cleanConditionally)
                .paragraphs(of: elements, filter: filter)
            let length = paragraphs.reduce(0) { $0 + $1.count }
            if length >= 2 * bestLength, length > bestLength {
                best = paragraphs
                bestLength = length
            }
            if bestLength >= 500 { break }
        }
        return best
    }

    /// Decodes the page and builds its tree. A byte-order mark wins; else a declared charset Morgue
    /// decodes itself (UTF-8, Windows-1252, ISO-8859-1) goes through `TextDecoding`, and any other
    /// declared charset (Shift_JIS, Windows-1251, …) is left to libxml2's converters.
    private static func parse(_ data: Data, path: String) throws(ReadError) -> HTMLTree {
        let bytes = [UInt8](data)
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        let declared = hasBOM ? nil : HTMLCharset.declared(in: bytes)
        let isUTF8 = !hasBOM && String(validating: bytes, as: UTF8.self) != nil
        if let declared, !TextDecoding.decodesItself(declared), !isUTF8,
           let tree = HTMLTree(parsing: bytes, encoding: declared) {
            return tree
        }
        // Valid UTF-8 is read as UTF-8 whatever the label says (TextDecoding's rule too: Latin-1 text
        // is almost never valid UTF-8, and pure ASCII reads the same either way), straight to the parser.
        if isUTF8 { return HTMLTree(parsingUTF8: bytes) }
        let text = try TextDecoding.decode(data, path: path, declaredCharset: declared)
        return HTMLTree(parsing: text)
    }

    /// The date string when it carries a time of day in ISO-8601 form ("2019-12-31T14:05:00Z").
    private static func isoTimestamp(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":") else { return nil }
        return text
    }
}
