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
    private static let unlikelyFragments = [
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
    ]

    /// The standfirst under a headline ("dek" in American newsrooms), which is not part of the story
    /// however its class is prefixed ("article-dek", "m-detail--abstract").
    private static let standfirstFragments = ["standfirst", "-dek", "dek-", "_dek", "abstract"]

    /// Class or id fragments that rescue a container from `unlikelyFragments`.
    private static let likelyFragments = [
        "article", "content", "body", "story", "entry", "main", "post", "text", "column", "shadow", "blog",
    ]

    /// Whole class/id tokens naming ad slots ("ad", "ads", "ad-slot", "dfp-ad"), in lower-case UTF-8.
    static func namesAdSlot(_ names: [UInt8]) -> Bool {
        names.withUnsafeBufferPointer { names in
            var start = 0
            while start < names.count {
                var end = start
                while end < names.count, names[end] != 0x20, names[end] != 0x5F { end += 1 }
                if end > start, isAdToken(UnsafeBufferPointer(rebasing: names[start..<end])) { return true }
                start = end + 1
            }
            return false
        }
    }

    private static func isAdToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        func has(_ text: StaticString, at offset: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard offset >= 0, offset + count <= token.count else { return false }
            return text.withUTF8Buffer { text in
                var index = 0
                while index < count, token[offset + index] == text[index] { index += 1 }
                return index == count
            }
        }
        func equals(_ text: StaticString) -> Bool { token.count == text.utf8CodeUnitCount && has(text, at: 0) }
        func ends(_ text: StaticString) -> Bool { has(text, at: token.count - text.utf8CodeUnitCount) }
        if equals("ad") || equals("ads") || equals("advertisement") { return true }
        if has("ad-", at: 0) || has("ads-", at: 0) || has("dfp", at: 0) || has("gpt-", at: 0) || ends("-ad") || ends("-ads") {
            return true
        }
        // "-ad-" inside the token ("top-ad-slot").
        return token.indices.contains { has("-ad-", at: $0) }
    }

    /// True for elements a reader never sees: `hidden`, `aria-hidden="true"`, inline `display:none`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        for (name, value) in node.attributes {
            switch name {
            case "hidden": return true
            case "aria-hidden" where value.lowercased() == "true": return true
            case "style":
                let style = value.utf8.lazy.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                let compact = String(decoding: Array(style), as: UTF8.self)
                if TextCleanup.contains(compact, "display:none") || TextCleanup.contains(compact, "visibility:hidden") {
                    return true
                }
            default: continue
            }
        }
        return false
    }

    /// What an element's class and id names (lower-case UTF-8, see `HTMLTree.Node.classAndIDBytes`)
    /// say of it, read in one pass over the names.
    struct NameVerdict {
        /// Named as boilerplate (an ad slot, or `unlikelyFragments`) and not as the story (`likelyFragments`).
        var unlikely = false
        /// Named as a standfirst (`standfirstFragments`).
        var standfirst = false
        /// Readability's class weight: +25 for a story-like class or id, −25 for a boilerplate one.
        var weight = 0
        /// Named as a byline (`bylineFragments`).
        var byline = false
    }

    /// The verdict on `names`; every set is searched in the same single pass.
    static func verdict(on names: [UInt8]) -> NameVerdict {
        guard !names.isEmpty else { return NameVerdict() }
        let labels = allNames.labels(in: names)
        let unlikely = labels & Label.unlikely != 0
        let adSlot = namesAdSlot(names)
        var verdict = NameVerdict()
        verdict.unlikely = adSlot || (unlikely && labels & Label.likely == 0)
        verdict.standfirst = labels & Label.standfirst != 0
        verdict.weight = (unlikely || adSlot ? -25 : 0) + (labels & Label.positive != 0 ? 25 : 0)
        verdict.byline = labels & Label.byline != 0
        return verdict
    }

    private enum Label {
        static let unlikely: UInt32 = 1
        static let likely: UInt32 = 2
        static let standfirst: UInt32 = 4
        static let positive: UInt32 = 8
        static let byline: UInt32 = 16
    }

    /// Every name set above in one table, each fragment labelled with its set.
    private static let allNames = NamePatterns(labelled:
        unlikelyFragments.map { ($0, Label.unlikely) } + likelyFragments.map { ($0, Label.likely) }
            + standfirstFragments.map { ($0, Label.standfirst) } + positiveFragments.map { ($0, Label.positive) }
            + bylineFragments.map { ($0, Label.byline) })

    private static let positiveFragments = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
        "text", "blog", "story",
    ]

    /// Elements whose class, id, `itemprop` or `rel` say they hold the author's name.
    /// `namedAsByline` is whether `bylineFragments` name its class and id.
    static func mayHoldByline(_ node: HTMLTree.Node, namedAsByline: Bool) -> Bool {
        guard node.tag != "body", node.tag != "html", node.tag != "article", node.tag != "meta" else { return false }
        if node.attribute("itemprop")?.lowercased() == "author" || node.attribute("rel")?.lowercased() == "author" {
            return true
        }
        return namedAsByline
    }

    private static let bylineFragments = ["byline", "author-name", "article-author"]
}
