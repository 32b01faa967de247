import Foundation

/// Reads the social posts a page embeds with the networks' own embed code: Twitter/X
/// (`blockquote.twitter-tweet`: `<p>text</p>&mdash; Name (@handle) <a>December 31, 2019</a>`),
/// Instagram (`blockquote.instagram-media`: "A post shared by Name (@handle)"), TikTok, Threads,
/// Bluesky and Mastodon blockquotes.
struct EmbeddedPostReader {
    let tree: HTMLTree

    /// Every embedded post, keyed by its element, in page order.
    func posts() -> [(element: Int, post: EmbeddedPost)] {
        var found: [(Int, EmbeddedPost)] = []
        var insidePost = [Bool](repeating: false, count: tree.count)
        for index in 1..<tree.count {  // node 0 is the document
            if insidePost[tree[index].parent] {
                insidePost[index] = true
                continue
            }
            guard tree[index].tag == "blockquote", let network = Self.network(of: tree[index]) else { continue }
            insidePost[index] = true
            if let post = read(index, network: network) { found.append((index, post)) }
        }
        return found
    }

    private enum Network { case twitter, instagram, other }

    private static func network(of node: HTMLTree.Node) -> Network? {
        let names = (node.attribute("class") ?? "").lowercased()
        if names.contains("twitter-tweet") || names.contains("twitter-video") { return .twitter }
        if names.contains("instagram-media") { return .instagram }
        for marker in ["tiktok-embed", "text-post-media", "bluesky-embed", "mastodon-embed", "threads-embed"]
        where names.contains(marker) {
            return .other
        }
        return nil
    }

    private func read(_ index: Int, network: Network) -> EmbeddedPost? {
        var paragraphs: [String] = []
        var creditParts: [String] = []
        var links: [String] = []
        var timeText: String?
        for element in tree.descendants(of: index) where !tree[element].isText {
            let node = tree[element]
            if node.tag == "p" { paragraphs.append(tree.text(of: element)) }
            if node.tag == "a", let href = node.attribute("href") { links.append(href) }
            if node.tag == "time", timeText == nil { timeText = tree.text(of: element) }
        }
        for child in tree[index].children where tree[child].tag != "p" {
            creditParts.append(tree.text(of: child))
        }
        let credit = WhitespaceNormalizer.collapse(creditParts.joined(separator: " "))
        let permalink = tree[index].attribute("cite") ?? tree[index].attribute("data-instgrm-permalink")

        switch network {
        case .twitter:
            let text = paragraphs.joined(separator: " ")
            let (author, handle, rest) = Self.splitCredit(credit)
            return EmbeddedPost(text: text.isEmpty ? credit : text, author: author, handle: handle,
                                date: rest.isEmpty ? nil : rest, link: links.last ?? permalink)
        case .instagram:
            var text: [String] = []
            var author: String?
            var handle: String?
            for paragraph in paragraphs {
                if let range = paragraph.range(of: "A post shared by ") {
                    var line = String(paragraph[range.upperBound...])
                    if let on = line.range(of: " on ", options: .backwards), line[..<on.lowerBound].contains("(@") {
                        line = String(line[..<on.lowerBound])
                    }
                    (author, handle, _) = Self.splitCredit(line)
                    if handle == nil, line.hasPrefix("@") { handle = line }
                    if handle == nil, author == nil, !line.isEmpty { author = line }
                } else if !paragraph.lowercased().contains("view this post on instagram"), !paragraph.isEmpty {
                    text.append(paragraph)
                }
            }
            guard !text.isEmpty || author != nil || handle != nil else { return nil }
            return EmbeddedPost(text: text.joined(separator: " "), author: author, handle: handle,
                                date: timeText, link: permalink ?? links.first)
        case .other:
            let handle = links.lazy.compactMap { link -> String? in
                guard let at = link.range(of: "/@") else { return nil }
                let name = link[at.upperBound...].prefix { $0 != "/" && $0 != "?" }
                return name.isEmpty ? nil : "@" + name
            }.first
            let text = paragraphs.isEmpty ? tree.text(of: index) : paragraphs.joined(separator: " ")
            guard !text.isEmpty else { return nil }
            return EmbeddedPost(text: text, author: nil, handle: handle, date: timeText, link: permalink ?? links.first)
        }
    }

    /// "— Jane Doe (@janedoe) December 31, 2019" → ("Jane Doe", "@janedoe", "December 31, 2019").
    static func splitCredit(_ credit: String) -> (author: String?, handle: String?, rest: String) {
        var line = Substring(credit)
        while let first = line.first, first == "—" || first == "–" || first == "-" || first == " " {
            line = line.dropFirst()
        }
        guard let open = line.range(of: "(@"),
              let close = line[open.upperBound...].firstIndex(of: ")") else {
            return (nil, nil, String(line))
        }
        let author = line[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        let handle = "@" + line[open.upperBound..<close]
        let rest = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        return (author.isEmpty ? nil : author, handle, rest)
    }
}
