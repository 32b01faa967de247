import Foundation

/// Turns the chosen story elements into plain paragraphs: each block (paragraph, heading, list item,
/// table row) becomes one paragraph with whitespace collapsed, embedded posts become one paragraph
/// each, and blocks that do not read as story are left out (readability's conditional cleaning:
/// link lists, image galleries, short fragments, the page title).
struct StoryRenderer {
    let facts: PageFacts
    let posts: [EmbeddedPost]
    let cleanConditionally: Bool

    /// One paragraph as it is gathered: its text and how much of it sits inside links.
    private struct Draft {
        var text = ""
        var linkedText = 0
        var links = 0
    }

    /// The story's paragraphs, without template lines (see `ParagraphFilter`).
    func paragraphs(of elements: [Int], filter: ParagraphFilter) -> [String] {
        var output: [String] = []
        var current = Draft()
        for element in elements {
            render(element, isRoot: true, inLink: false, into: &output, current: &current, filter: filter)
            flush(&current, into: &output, filter: filter)
        }
        return output
    }

    private func render(_ index: Int, isRoot: Bool, inLink: Bool, into output: inout [String],
                        current: inout Draft, filter: ParagraphFilter) {
        let tree = facts.tree
        let node = tree[index]
        if node.isText {
            current.text += node.text
            if inLink { current.linkedText += facts.chars[index] }
            return
        }
        if let post = facts.posts[index] {
            flush(&current, into: &output, filter: filter)
            output.append(posts[post].paragraph)
            return
        }
        if !isRoot, shouldSkip(index) { return }
        // Cells of a row read as one line; every other block starts a paragraph.
        let isCell = node.tag == "td" || node.tag == "th"
        let isBlock = BoilerplateRules.blockTags.contains(node.tag)
        if isBlock { flush(&current, into: &output, filter: filter) }
        if isCell { current.text += " " }
        if node.tag == "a" { current.links += 1 }
        for child in node.children where !facts.dropped[child] {
            render(child, isRoot: false, inLink: inLink || node.tag == "a", into: &output, current: &current,
                   filter: filter)
        }
        if isCell {
            current.text += " "
        } else if isBlock {
            flush(&current, into: &output, filter: filter)
        }
    }

    private func flush(_ current: inout Draft, into output: inout [String], filter: ParagraphFilter) {
        let paragraph = WhitespaceNormalizer.collapse(current.text)
        if !paragraph.isEmpty, filter.keeps(paragraph, linkedCharacters: current.linkedText, links: current.links) {
            output.append(paragraph)
        }
        current = Draft()
    }

    /// Readability's tests for blocks inside the story that are not story.
    private func shouldSkip(_ index: Int) -> Bool {
        let tag = facts.tree[index].tag
        if tag == "h1" { return true }
        if facts.holdsPost[index] { return false }
        let weight = facts.weight[index]
        let density = facts.linkDensity(index)
        if tag.first == "h", tag.count == 2 {
            return weight < 0 || density > 0.33
        }
        guard cleanConditionally, Self.conditionalTags.contains(tag), !facts.isParagraph[index] else { return false }
        if tag == "table", isDataTable(index) { return false }
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

    /// Readability's test for tables of data (scores, tides, results) rather than layout: a header
    /// cell or caption, or at least ten cells, and no table nested inside.
    private func isDataTable(_ index: Int) -> Bool {
        let tree = facts.tree
        if tree[index].attribute("role")?.lowercased() == "presentation" { return false }
        var cells = 0
        var hasHeader = false
        for node in tree.descendants(of: index).dropFirst() {
            switch tree[node].tag {
            case "table": return false
            case "th", "caption", "thead": hasHeader = true
            case "td": cells += 1
            default: continue
            }
        }
        return hasHeader || cells >= 10
    }

    private static let conditionalTags: Set<String> = ["div", "section", "table", "ul", "ol", "form", "dl"]
}
