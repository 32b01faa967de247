import Foundation
import MorgueExtraction

/// Lines that templates print between a story's paragraphs and that are never story: the headline
/// repeated, "By Jane Doe" bylines, bare dates, "Read more: …" teasers, "Advertisement" labels,
/// share prompts and lists of links (tags, related stories).
struct ParagraphFilter {
    /// The page's titles (metadata, `<title>`), compared without case or punctuation.
    let titles: [String]

    init(titles: [String?]) {
        self.titles = titles.compactMap { $0.map(Self.comparable) }.filter { $0.count >= 8 }
    }

    /// True when `paragraph` reads as story. `linkedCharacters` of its characters are link text, in `links` links.
    func keeps(_ paragraph: String, linkedCharacters: Int, links: Int) -> Bool {
        let length = paragraph.count
        if length <= 200 {
            let lowered = paragraph.lowercased()
            if length <= 50, Self.stockPhrases.contains(lowered.trimmingCharacters(in: Self.edgeCharacters)) {
                return false
            }
            if Self.teaserPrefixes.contains(where: lowered.hasPrefix) { return false }
            if length >= 10, titles.contains(where: { abs(length - $0.count) <= length / 3 + 5 }) {
                let text = Self.comparable(paragraph)
                if titles.contains(text) { return false }
            }
            if length <= 120, lowered.hasPrefix("follow "), Self.socialNetworks.contains(where: lowered.contains) {
                return false
            }
            if length <= 60, lowered.hasPrefix("by "), !paragraph.hasSuffix(".") { return false }
            if length <= 40, Self.isBareDate(paragraph) { return false }
            if lowered.hasPrefix("write to "), paragraph.contains("@") { return false }
        }
        // A line that is nearly all links is navigation: tags, related stories, share buttons.
        if links >= 2, Double(linkedCharacters) >= Double(length) * 0.8 { return false }
        return true
    }

    /// "Nov. 20, 2019 6:02 AM EST": one date, a few words. A range of dates ("29 November 2018 |
    /// 20 January 2019") is the story's own information and stays.
    private static func isBareDate(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ")
        let years = words.filter { word in
            let digits = word.filter(\.isNumber)
            return digits.count == 4 && word.count <= 5
        }
        return words.count <= 6 && years.count == 1 && DateParser.parse(paragraph) != nil
    }

    private static let edgeCharacters = CharacterSet.punctuationCharacters.union(.whitespaces)

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    private static let stockPhrases: Set<String> = [
        "advertisement", "advertisements", "advert", "sponsored", "sponsored content",
        "story continues below advertisement", "continue reading the main story", "continue reading below",
        "read more", "read more below", "share", "share this", "share this article", "share this story",
        "related", "related articles", "related stories", "click here", "loading", "skip advertisement",
        "supported by", "view comments", "comments", "text size", "print", "email", "share on facebook",
        "share on twitter", "tell us what you think", "leave a comment", "leave a reply", "tags", "topics",
    ]

    private static let socialNetworks = ["twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok"]

    private static let teaserPrefixes = [
        "read more:", "related:", "see also:", "also read:", "read also:", "more:", "recommended:",
        "related article:", "related story:", "watch:", "sign up for", "subscribe to", "share this on ",
        "share on ", "tags:", "topics:",
    ]
}
