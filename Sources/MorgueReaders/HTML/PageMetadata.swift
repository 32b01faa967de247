import Foundation
import MorgueExtraction

/// The story facts a page states outside its text: title, site name, byline, publication time and
/// canonical URL. Each comes from the most trusted source that has it: `<meta>` tags (Open Graph,
/// `article:published_time`, `name=author`…), then JSON-LD, then `<time datetime>`, a visible
/// byline, `<link rel=canonical>` and finally the `<title>` with its " | Site" suffix removed.
struct PageMetadata: Equatable {
    var title: String?
    var outlet: String?
    var byline: String?
    /// The publication time exactly as the page gives it.
    var published: String?
    var url: String?
    /// Every title the page gives (metadata, Open Graph, `<title>` without its suffix), for
    /// recognising the headline when it is repeated above the story.
    var titleVariants: [String] = []

    init(tree: HTMLTree, hints: PageFacts.NameHints) {
        var meta: [String: String] = [:]
        var metaOrder: [String] = []
        var scripts: [String] = []
        var canonical: String?
        var documentTitle: String?
        var timeStamp: String?
        let visibleByline = hints.bylines.lazy.compactMap { Self.byline(from: Self.textWithoutDates(of: $0, in: tree)) }
            .first

        for index in 0..<tree.count {
            let node = tree[index]
            switch node.tag {
            case "meta":
                guard let content = node.attribute("content").map(WhitespaceNormalizer.collapse),
                      !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop"] {
                    // itemprop may list several properties: itemprop="datePublished dateCreated".
                    for name in (node.attribute(key)?.lowercased() ?? "").split(separator: " ") {
                        let name = String(name)
                        if meta[name] == nil {
                            meta[name] = content
                            metaOrder.append(name)
                        }
                    }
                }
            case "script" where !node.text.isEmpty:
                scripts.append(node.text)
            case "link":
                let rel = node.attribute("rel")?.lowercased() ?? ""
                if canonical == nil, rel.split(separator: " ").contains("canonical"),
                   let href = node.attribute("href"), !href.isEmpty {
                    canonical = href
                }
            case "title" where documentTitle == nil && !Self.isInsideSVG(index, in: tree):
                documentTitle = tree.text(of: index)
            case "time" where timeStamp == nil:
                if let stamp = node.attribute("datetime"), !stamp.isEmpty { timeStamp = stamp }
            default:
                continue
            }
        }

        let linked = LinkedDataArticle(scripts: scripts)
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { meta[$0] }.first }

        outlet = first("og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone")
            ?? linked?.publisher
            ?? documentTitle.flatMap(Self.siteSuffix)
        title = first("og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title")
            ?? linked?.headline
            ?? documentTitle.map { Self.strippingSiteSuffix($0, outlet: outlet) }
        if let title, let outlet { self.title = Self.strippingSiteSuffix(title, outlet: outlet, onlyKnownSite: true) }
        byline = first("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
                       "citation_author").flatMap(Self.byline(from:))
            ?? (linked?.authors.isEmpty == false ? linked!.authors.joined(separator: ", ") : nil)
            ?? visibleByline
        let namedDates = ["article:published_time", "og:article:published_time", "article:published",
                          "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date.issued",
                          "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                          "og:published_time"].compactMap { meta[$0] }
        // Then any other meta whose name says publication ("sn-post-date", "publication_date").
        let otherDates = metaOrder.filter { name in
            ["publish", "pub-date", "pub_date", "post-date", "post_date"].contains { TextCleanup.contains(name, $0) }
                && !TextCleanup.contains(name, "modif") && !TextCleanup.contains(name, "update")
        }.compactMap { meta[$0] }
        let dates = namedDates + otherDates + [linked?.datePublished, timeStamp].compactMap { $0 }
        published = dates.first { Self.isPlausibleDate($0) }
        url = first("og:url", "twitter:url") ?? linked?.url ?? canonical
        titleVariants = [title, meta["og:title"], meta["twitter:title"], linked?.headline, documentTitle,
                         documentTitle.map { Self.strippingSiteSuffix($0, outlet: outlet) }].compactMap { $0 }
    }

    /// A date Morgue can read, not a template's placeholder ("0001-01-01T00:00:00Z").
    private static func isPlausibleDate(_ text: String) -> Bool {
        guard let date = DateParser.parse(text) else { return false }
        return date.year >= 1800
    }

    /// `<title>` also names SVG images; those are not the page's title.
    private static func isInsideSVG(_ index: Int, in tree: HTMLTree) -> Bool {
        var ancestor = tree[index].parent
        while ancestor > 0 {
            if tree[ancestor].tag == "svg" { return true }
            ancestor = tree[ancestor].parent
        }
        return false
    }

    /// A byline element's text without the `<time>` and date-classed parts templates put beside the name.
    private static func textWithoutDates(of index: Int, in tree: HTMLTree) -> String {
        var text = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = tree[next]
            if node.isText {
                text += node.text + " "
                continue
            }
            let names = node.classAndIDBytes
            if node.tag == "time" || node.tag == "script" || (!names.isEmpty && dateNames.matches(names)) { continue }
            stack.append(contentsOf: node.children.reversed())
        }
        return text
    }

    private static let dateNames = NamePatterns(["date", "time", "publish", "updated"])

    /// A byline as a name list: "By Jane Doe and John Roe" → "Jane Doe and John Roe". Stops before a
    /// date or "Published…" that shares the line; profile URLs and long texts are not bylines.
    static func byline(from text: String) -> String? {
        var words: [Substring] = []
        let all = WhitespaceNormalizer.collapse(text).split(separator: " ")
        for (position, word) in all.enumerated() {
            let lowered = word.lowercased()
            if ["published", "updated", "posted", "follow", "|", "•", "·"].contains(lowered) { break }
            if DateParser.month(named: TextCleanup.trimming(lowered, in: .punctuationCharacters)) != nil,
               position + 1 < all.count, all[position + 1].first?.isNumber == true {
                break
            }
            words.append(word)
        }
        var line = words.joined(separator: " ")
        if line.lowercased().hasPrefix("by ") { line.removeFirst(3) }
        line = TextCleanup.trimming(line, in: bylineEdges)
        guard !line.isEmpty, line.count <= 100, !TextCleanup.contains(line, "://"), !line.hasPrefix("www.") else { return nil }
        return line
    }

    private static let bylineEdges = CharacterSet(charactersIn: " ,|-–—:")

    /// The site name a `<title>` ends with ("Storm floods harbour | Coast Herald" → "Coast Herald"):
    /// the part after the last separator, when it is shorter than the headline and reads as a name
    /// (at most four words, no digits).
    static func siteSuffix(of title: String) -> String? {
        let stripped = strippingSiteSuffix(title, outlet: nil)
        guard stripped != title else { return nil }
        var tail = Substring(title.dropFirst(stripped.count))
        while let first = tail.first, first == " " || "|-–—:·•".contains(first) { tail = tail.dropFirst() }
        let words = tail.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, !tail.contains(where: \.isNumber) else { return nil }
        return String(tail)
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " •"]

    /// "Storm hits coast | Daily Planet" → "Storm hits coast". Without a known site name the last
    /// segment is dropped only when what remains is the longer part.
    static func strippingSiteSuffix(_ title: String, outlet: String?, onlyKnownSite: Bool = false) -> String {
        if let outlet, !outlet.isEmpty {
            for separator in separators where title.hasSuffix(separator + outlet) {
                return String(title.dropLast(separator.count + outlet.count))
            }
        }
        if onlyKnownSite { return title }
        var best: Range<String.Index>?
        for separator in separators {
            if let range = Self.lastRange(of: separator, in: title), range.lowerBound > (best?.lowerBound ?? title.startIndex) {
                best = range
            }
        }
        guard let cut = best else { return title }
        let head = title[..<cut.lowerBound]
        let tail = title[cut.upperBound...]
        return head.count > tail.count ? String(head) : title
    }

    /// The last occurrence of `separator` in `title`, found on bytes (`range(of:options:)` goes
    /// through `NSString` on Linux).
    private static func lastRange(of separator: String, in title: String) -> Range<String.Index>? {
        let bytes = title.utf8
        let pattern = Array(separator.utf8)
        guard pattern.count <= bytes.count else { return nil }
        var start = bytes.index(bytes.endIndex, offsetBy: -pattern.count)
        while true {
            if bytes[start...].starts(with: pattern) {
                return start..<bytes.index(start, offsetBy: pattern.count)
            }
            guard start > bytes.startIndex else { return nil }
            start = bytes.index(before: start)
        }
    }
}
