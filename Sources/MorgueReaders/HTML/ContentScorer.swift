/// Finds the element that holds the story, readability-style: every paragraph of 25 characters or
/// more scores its parent (fully), grandparent (half) and further ancestors (less), by its length
/// and commas; containers start from a bonus for their tag and class names, and lose the share of
/// their text that is links. The best container is widened to a common ancestor when other strong
/// candidates share it, and joined by siblings that look like more of the story.
struct ContentScorer {
    let facts: PageFacts

    /// The elements to render as the story, in page order; empty when nothing scored.
    func storyElements() -> [Int] {
        let final = candidateScores()
        guard !final.isEmpty else { return [] }
        let ranked = final.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let best = ranked[0].key

        // A page that marks its one article body (schema.org microdata) is taken at its word
        // when the best candidate lies inside it.
        if let marked = facts.markedArticleBody, best == marked || isAncestor(marked, of: best) {
            return [marked]
        }
        return withSiblings(of: widened(best, ranked: ranked, score: final), score: final)
    }

    /// Every container credited by a paragraph, with its score less its link share.
    private func candidateScores() -> [Int: Double] {
        let tree = facts.tree
        var score: [Int: Double] = [:]

        func initialScore(_ index: Int) -> Double {
            let base: Double
            switch tree[index].tag {
            case "div", "article", "main": base = 5
            case "pre", "td", "blockquote": base = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
            default: base = 0
            }
            return base + Double(facts.weight[index])
        }

        func credit(_ paragraphScore: Double, from first: Int) {
            var ancestor = first
            var level = 0
            while ancestor > 0 && level < 5 {
                if tree[ancestor].tag == "html" || tree[ancestor].tag == "#document" { break }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                score[ancestor, default: initialScore(ancestor)] += paragraphScore / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }

        for index in 1..<tree.count where !facts.dropped[index] && !tree[index].isText {
            let node = tree[index]
            let scored = facts.isParagraph[index] || Self.scoredTags.contains(node.tag)
            if scored, facts.chars[index] >= 25, !facts.isParagraph[node.parent] {
                let value = 1 + Double(facts.commas[index]) + min(Double(facts.chars[index] / 100), 3)
                credit(value, from: node.parent)
            } else if !scored, let loose = looseText(index), loose.chars >= 25 {
                // Text written straight into a container (with <br>s) counts as its own paragraph.
                credit(1 + Double(loose.commas) + min(Double(loose.chars / 100), 3), from: index)
            }
        }
        var final: [Int: Double] = [:]
        for (index, value) in score { final[index] = value * (1 - facts.linkDensity(index)) }
        return final
    }

    /// The best candidate, moved up to the story's wrapper when the page splits the story.
    private func widened(_ best: Int, ranked: [(key: Int, value: Double)], score final: [Int: Double]) -> Int {
        let tree = facts.tree
        var top = best
        let topScore = ranked[0].value

        // Several strong candidates under one ancestor: the story is split, take the ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.value >= topScore * 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var ancestor = tree[top].parent
            while ancestor > 0, tree[ancestor].tag != "body" {
                let sharing = alternatives.filter { isAncestor(ancestor, of: $0) }.count
                if sharing >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }

        // Climb while the parent scores at least as well (the story's wrapper, not a column).
        var lastScore = final[top] ?? 0
        var parent = tree[top].parent
        while parent > 0, tree[parent].tag != "body" {
            guard let parentScore = final[parent] else {
                parent = tree[parent].parent
                continue
            }
            if parentScore < lastScore / 3 { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        while tree[top].parent > 0, tree[tree[top].parent].tag != "body",
              tree[tree[top].parent].children.filter({ !facts.dropped[$0] && !tree[$0].isText }).count == 1 {
            top = tree[top].parent
        }
        return top
    }

    /// The top candidate plus siblings that score close to it, or read like paragraphs of prose.
    private func withSiblings(of top: Int, score: [Int: Double]) -> [Int] {
        let tree = facts.tree
        let parent = tree[top].parent
        guard parent > 0, tree[parent].tag != "#document" else { return [top] }
        let topScore = score[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree[top].attribute("class") ?? ""
        var elements: [Int] = []
        for sibling in tree[parent].children where !facts.dropped[sibling] {
            if sibling == top {
                elements.append(sibling)
                continue
            }
            guard !tree[sibling].isText else { continue }
            var bonus = 0.0
            if !topClass.isEmpty, tree[sibling].attribute("class") == topClass { bonus = topScore * 0.2 }
            if let siblingScore = score[sibling], siblingScore + bonus >= threshold {
                elements.append(sibling)
            } else if facts.isParagraph[sibling] || facts.posts[sibling] != nil {
                let density = facts.linkDensity(sibling)
                let length = facts.chars[sibling]
                if facts.posts[sibling] != nil || (length > 80 && density < 0.25) {
                    elements.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(tree.text(of: sibling)) {
                    elements.append(sibling)
                }
            }
        }
        return elements
    }

    private func endsSentence(_ text: String) -> Bool {
        text.hasSuffix(".") || TextCleanup.contains(text, ". ")
    }

    private func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var current = facts.tree[index].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = facts.tree[current].parent
        }
        return false
    }

    /// Length and commas of the text a container holds directly or in inline children.
    private func looseText(_ index: Int) -> (chars: Int, commas: Int)? {
        var chars = 0
        var commas = 0
        for child in facts.tree[index].children where !facts.dropped[child] {
            let tag = facts.tree[child].tag
            if tag.isEmpty || Self.inlineTags.contains(tag) {
                chars += facts.chars[child] - facts.linkChars[child]
                commas += facts.commas[child]
            }
        }
        return chars > 0 ? (chars, commas) : nil
    }

    private static let scoredTags: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section"]

    static let inlineTags: Set<String> = [
        "a", "b", "i", "em", "strong", "span", "font", "u", "s", "small", "big", "sub", "sup", "abbr", "cite",
        "code", "q", "mark", "time", "var", "kbd", "samp", "dfn", "bdi", "bdo", "ins", "del", "strike", "tt",
    ]
}
