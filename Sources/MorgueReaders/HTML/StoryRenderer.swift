import Foundation

/// Turns the chosen story elements into plain paragraphs: each block (paragraph, heading, list item,
/// table row) becomes one paragraph with whitespace collapsed, embedded posts become one paragraph
/// each, and blocks that do not read as story are left out (readability's conditional cleaning:
/// link lists, image galleries, short fragments, the page title).
struct StoryRenderer {
    let facts: PageFacts
    let posts: [EmbeddedPost]
    let cleanConditionally: Bool

    func paragraphs(of elements: [Int]) -> [String] {
        var output: [String] = []
        var current = ""
        for element in elements {
            render(element, isRoot: true, into: &output, current: &current)
            flush(&current, into: &output)
        }
        return output.filter { !Self.isStockPhrase($0) }
    }

    private func render(_ index: Int, isRoot: Bool, into output: inout [String], current: inout String) {
        let tree = facts.tree
        let node = tree[index]
        if node.isText {
            current += node.text
            return
        }
        if let post = facts.posts[index] {
            flush(&current, into: &output)
            output.append(posts[post].paragraph)
            return
        }
        if !isRoot, shouldSkip(index) { return }
        let isBlock = BoilerplateRules.blockTags.contains(node.tag) || node.tag == "td" || node.tag == "th"
        if isBlock { flush(&current, into: &output) }
        for child in node.children where !facts.dropped[child] {
            render(child, isRoot: false, into: &output, current: &current)
        }
        if node.tag == "td" || node.tag == "th" {
            current += " "
        } else if isBlock {
            flush(&current, into: &output)
        }
    }

    private func flush(_ current: inout String, into output: inout [String]) {
        let paragraph = WhitespaceNormalizer.collapse(current)
        if !paragraph.isEmpty { output.append(paragraph) }
        current = ""
    }

    /// Readability's tests for blocks inside the story that are not story.
    private func shouldSkip(_ index: Int) -> Bool {
        let tag = facts.tree[index].tag
        if tag == "h1" { return true }
        let weight = facts.weight[index]
        let density = facts.linkDensity(index)
        if tag.first == "h", tag.count == 2 {
            return weight < 0 || density > 0.33
        }
        guard cleanConditionally, Self.conditionalTags.contains(tag), !facts.isParagraph[index] else { return false }
        if weight < 0 { return true }
        if facts.commas[index] >= 10 { return false }
        let paragraphs = facts.paragraphs[index]
        let images = facts.images[index]
        let items = facts.listItems[index] - 100
        let isList = tag == "ul" || tag == "ol"
        let length = facts.chars[index]
        if images > 1, Double(paragraphs) / Double(images) < 0.5 { return true }
        if !isList, items > paragraphs { return true }
        if facts.inputs[index] > paragraphs / 3 { return true }
        if !isList, length < 25, images == 0 || images > 2 { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        if isList, density > 0.5 { return true }
        return false
    }

    private static let conditionalTags: Set<String> = ["div", "section", "table", "ul", "ol", "form", "dl"]

    /// Lines templates print between paragraphs that are never part of a story.
    private static func isStockPhrase(_ paragraph: String) -> Bool {
        guard paragraph.count <= 60 else { return false }
        return stockPhrases.contains(paragraph.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    private static let stockPhrases: Set<String> = [
        "advertisement", "advertisements", "sponsored", "sponsored content", "story continues below advertisement",
        "continue reading the main story", "continue reading below", "read more", "read more below", "share",
        "share this", "share this article", "share this story", "related", "related articles", "related stories",
        "click here", "loading", "loading...", "skip advertisement", "supported by", "view comments",
    ]
}
