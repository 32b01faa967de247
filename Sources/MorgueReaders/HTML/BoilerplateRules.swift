/// Which parts of a page are never the story: navigation, page header and footer, asides, ads,
/// captions, related links, comments, share bars, forms, scripts and hidden elements. Judged from
/// tag names, `hidden`/`aria-hidden`/inline `display:none`, and the class and id names templates use.
enum BoilerplateRules {
    /// Tags whose whole subtree is dropped before scoring. `<form>` is not among them: ASP.NET pages
    /// wrap the whole page in one, so forms are judged by their inputs inside the story instead.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg", "button",
        "select", "input", "textarea", "figcaption", "object", "embed", "canvas", "video", "audio", "map",
        "dialog", "menu", "header", "link", "meta", "head", "title", "fieldset", "label", "option",
    ]

    /// Tags that start a new paragraph of output.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "figure", "center", "address", "hr",
        "br", "body", "html", "caption", "details", "summary",
    ]

    /// Class or id fragments of containers that hold anything but the story.
    static let unlikelyNames = NamePatterns([
        "comment", "sidebar", "side-bar", "promo", "related", "footer", "share", "sharing", "social", "advert",
        "sponsor", "newsletter", "subscri", "signup", "sign-up", "breadcrumb", "menu", "navbar", "navigation",
        "nav-", "-nav", "popup", "modal", "cookie", "banner", "masthead", "recommend", "outbrain", "taboola",
        "disqus", "pagination", "pager", "widget", "toolbar", "byline", "caption", "credit", "timestamp",
        "sr-only", "visually-hidden", "screen-reader", "skip-link", "tags", "tag-list", "keywords",
        "read-more", "readmore", "more-stories", "most-popular", "trending", "author-bio", "about-author",
        "rss", "login", "subnav", "header", "topics", "video-player", "gallery",
        "inline-link", "jump-link", "lightbox", "overlay", "dateline-time", "post-meta", "entry-meta",
        "article-meta", "meta-data", "icons", "follow", "donate", "survey", "alert", "remark", "shoutbox",
        "skyscraper", "combx", "legends", "gdpr", "agegate", "supplemental", "extra", "community",
        "newsfeed", "-cta", "cta-", "feedback", "rating", "tooltip", "carousel", "slideshow",
    ])

    /// The standfirst under a headline ("dek" in American newsrooms), which is not part of the story
    /// however its class is prefixed ("article-dek", "m-detail--abstract").
    static let standfirstNames = NamePatterns(["standfirst", "-dek", "dek-", "_dek", "abstract"])

    /// Class or id fragments that rescue a container from `unlikelyNames`.
    static let likelyNames = NamePatterns([
        "article", "content", "body", "story", "entry", "main", "post", "text", "column", "shadow", "blog",
    ])

    /// Whole class/id tokens naming ad slots ("ad", "ads", "ad-slot", "dfp-ad"), in lower-case UTF-8.
    static func namesAdSlot(_ names: [UInt8]) -> Bool {
        var start = 0
        while start < names.count {
            var end = start
            while end < names.count, names[end] != 0x20, names[end] != 0x5F { end += 1 }
            if end > start, isAdToken(names[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    private static func isAdToken(_ token: ArraySlice<UInt8>) -> Bool {
        func starts(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard token.count >= count else { return false }
            return prefix.withUTF8Buffer { token.prefix(count).elementsEqual($0) }
        }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard token.count >= count else { return false }
            return suffix.withUTF8Buffer { token.suffix(count).elementsEqual($0) }
        }
        if token.elementsEqual("ad".utf8) || token.elementsEqual("ads".utf8)
            || token.elementsEqual("advertisement".utf8) {
            return true
        }
        if starts("ad-") || starts("ads-") || starts("dfp") || starts("gpt-") || ends("-ad") || ends("-ads") {
            return true
        }
        return adInfix.matches(Array(token))
    }

    private static let adInfix = NamePatterns(["-ad-"])

    /// True for elements a reader never sees: `hidden`, `aria-hidden="true"`, inline `display:none`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        for (name, value) in node.attributes {
            switch name {
            case "hidden": return true
            case "aria-hidden" where value.lowercased() == "true": return true
            case "style":
                let style = value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        return false
    }

    /// True when class or id names the element as boilerplate and nothing names it as the story.
    static func isUnlikelyContent(_ names: [UInt8]) -> Bool {
        guard !names.isEmpty else { return false }
        if namesAdSlot(names) { return true }
        return unlikelyNames.matches(names) && !likelyNames.matches(names)
    }

    /// Readability's class weight: +25 for a story-like class or id, −25 for a boilerplate one.
    static func classWeight(_ names: [UInt8]) -> Int {
        guard !names.isEmpty else { return 0 }
        var weight = 0
        if unlikelyNames.matches(names) || namesAdSlot(names) { weight -= 25 }
        if positiveNames.matches(names) { weight += 25 }
        return weight
    }

    private static let positiveNames = NamePatterns([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
        "text", "blog", "story",
    ])

    /// Elements whose class, id, `itemprop` or `rel` say they hold the author's name.
    static func mayHoldByline(_ node: HTMLTree.Node, names: [UInt8]) -> Bool {
        guard node.tag != "body", node.tag != "html", node.tag != "article", node.tag != "meta" else { return false }
        if node.attribute("itemprop")?.lowercased() == "author" || node.attribute("rel")?.lowercased() == "author" {
            return true
        }
        return !names.isEmpty && bylineNames.matches(names)
    }

    private static let bylineNames = NamePatterns(["byline", "author-name", "article-author"])
}
