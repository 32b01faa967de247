/// Per-element measurements the content scorer and cleaner read: which elements are dropped as
/// boilerplate, and for the rest their text length, link text, commas and the kinds of children
/// they hold. Computed in two passes over the tree (down for dropping, up for sums).
struct PageFacts {
    /// How strictly boilerplate is judged; the extractor relaxes these when a strict pass finds too little.
    struct Strictness: Equatable {
        /// Drop elements whose class or id names them as boilerplate.
        var dropUnlikely = true
        /// Add ±25 to candidate scores for story-like or boilerplate class and id names.
        var weighClasses = true
        /// Drop link lists, image galleries and short fragments inside the chosen content.
        var cleanConditionally = true
    }

    let tree: HTMLTree
    /// True for elements left out of the story, and for everything under them.
    var dropped: [Bool]
    /// Visible characters, whitespace runs counted as one.
    var chars: [Int]
    /// Visible characters inside links.
    var linkChars: [Int]
    var commas: [Int]
    /// Paragraph-like blocks (see `isParagraph`) underneath, the element itself included.
    var paragraphs: [Int]
    var images: [Int]
    var listItems: [Int]
    var inputs: [Int]
    /// Class and id weight, or 0 when classes are not weighed.
    var weight: [Int]
    /// True for blocks holding only inline content: `<p>`, `<pre>`, and `<div>`s without blocks.
    var isParagraph: [Bool]
    /// The one element marked `itemprop="articleBody"` when the page marks exactly one with text.
    var markedArticleBody: Int?
    /// Index into the page's embedded posts for elements that are one.
    let posts: [Int: Int]
    /// True for embedded posts and the elements around them, which are never cleaned away.
    var holdsPost: [Bool]

    /// What class and id names say of each element, worked out once for all passes.
    struct NameHints {
        var unlikely: [Bool]
        /// Standfirsts ("article-dek"), left out whatever their tag.
        var standfirst: [Bool]
        var weight: [Int]
        /// True for an element marked `itemprop="articleBody"` and its ancestors: whatever their
        /// class names say ("layout-with-sidebar"), they hold the story.
        var holdsArticleBody: [Bool]
        /// The elements marked `itemprop="articleBody"`, in page order.
        var articleBodies: [Int] = []
        /// Elements whose class or id names a byline ("byline", "author-name"), or that are marked
        /// `itemprop="author"` or `rel="author"`, in page order.
        var bylines: [Int] = []

        init(tree: HTMLTree) {
            unlikely = Array(repeating: false, count: tree.count)
            standfirst = Array(repeating: false, count: tree.count)
            weight = Array(repeating: 0, count: tree.count)
            holdsArticleBody = Array(repeating: false, count: tree.count)
            var names: [UInt8] = []
            for index in 0..<tree.count where !tree[index].isText {
                if let property = tree[index].attribute("itemprop"), TextCleanup.contains(property.lowercased(), "articlebody") {
                    weight[index] += 25
                    articleBodies.append(index)
                    var ancestor = index
                    while ancestor >= 0, !holdsArticleBody[ancestor] {
                        holdsArticleBody[ancestor] = true
                        ancestor = tree[ancestor].parent
                    }
                }
                tree[index].classAndIDBytes(into: &names)
                let verdict = BoilerplateRules.verdict(on: names)
                if BoilerplateRules.mayHoldByline(tree[index], namedAsByline: verdict.byline) { bylines.append(index) }
                unlikely[index] = verdict.unlikely
                standfirst[index] = verdict.standfirst
                weight[index] += verdict.weight
            }
        }
    }

    init(tree: HTMLTree, hints: NameHints, posts: [Int: Int], strictness: Strictness) {
        self.tree = tree
        self.posts = posts
        let count = tree.count
        dropped = Array(repeating: false, count: count)
        chars = Array(repeating: 0, count: count)
        linkChars = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        images = Array(repeating: 0, count: count)
        listItems = Array(repeating: 0, count: count)
        inputs = Array(repeating: 0, count: count)
        weight = Array(repeating: 0, count: count)
        isParagraph = Array(repeating: false, count: count)

        holdsPost = Array(repeating: false, count: count)
        for post in posts.keys {
            var index = post
            while index >= 0 && !holdsPost[index] {
                holdsPost[index] = true
                index = tree[index].parent
            }
        }

        for index in 1..<count {
            let node = tree[index]
            if dropped[node.parent] {
                dropped[index] = true
                continue
            }
            guard !node.isText else { continue }
            if strictness.weighClasses { weight[index] = hints.weight[index] }
            if holdsPost[index] { continue }
            if BoilerplateRules.droppedTags.contains(node.tag) || BoilerplateRules.isHidden(node) {
                dropped[index] = true
            } else if strictness.dropUnlikely, !hints.holdsArticleBody[index],
                      hints.standfirst[index] || (hints.unlikely[index] && !Self.neverUnlikely.contains(node.tag)) {
                dropped[index] = true
            }
        }

        for index in stride(from: count - 1, through: 1, by: -1) where !dropped[index] {
            let node = tree[index]
            if node.isText {
                (chars[index], commas[index]) = Self.measure(node.text)
            } else {
                var hasBlockChild = false
                for child in node.children {
                    guard !dropped[child] else {
                        if Self.inputTags.contains(tree[child].tag) { inputs[index] += 1 }
                        continue
                    }
                    chars[index] += chars[child]
                    linkChars[index] += linkChars[child]
                    commas[index] += commas[child]
                    paragraphs[index] += paragraphs[child]
                    images[index] += images[child]
                    listItems[index] += listItems[child]
                    inputs[index] += inputs[child]
                    if Self.blockChildTags.contains(tree[child].tag) || posts[child] != nil { hasBlockChild = true }
                }
                switch node.tag {
                case "a": linkChars[index] = chars[index]
                case "img", "picture": images[index] += 1
                case "li": listItems[index] += 1
                case "p", "pre": isParagraph[index] = true
                case "div", "section", "article", "span", "font", "center", "td":
                    isParagraph[index] = !hasBlockChild && node.tag != "span" && node.tag != "font"
                default: break
                }
                if isParagraph[index] { paragraphs[index] += 1 }
            }
        }
        if hints.articleBodies.count == 1, let body = hints.articleBodies.first, !dropped[body], chars[body] >= 250 {
            markedArticleBody = body
        }
    }

    /// Link characters over all characters, 0 for an empty element.
    func linkDensity(_ index: Int) -> Double {
        chars[index] == 0 ? 0 : Double(linkChars[index]) / Double(chars[index])
    }

    /// Elements never dropped for their class names (a wrapper's class says little about its text).
    private static let neverUnlikely: Set<String> = ["html", "body", "article", "main", "a", "p", "td", "tr", "table", "tbody"]

    private static let inputTags: Set<String> = ["input", "textarea", "select", "button"]

    /// Children that keep a `<div>` from being a paragraph of its own.
    private static let blockChildTags: Set<String> = [
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "li", "header", "main", "form", "aside", "nav",
    ]

    /// Length with whitespace runs counted once, and commas (Latin and CJK).
    private static func measure(_ text: String) -> (Int, Int) {
        var length = 0
        var commas = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            if WhitespaceNormalizer.isSpace(scalar) {
                if !inSpace { length += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            length += 1
            if scalar == "," || scalar == "，" || scalar == "、" { commas += 1 }
        }
        return (length, commas)
    }
}
