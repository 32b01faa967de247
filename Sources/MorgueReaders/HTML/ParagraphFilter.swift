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
            if length <= 50, Self.stockPhrases.contains(TextCleanup.trimming(lowered, in: Self.edgeCharacters)) {
                return false
            }
            if Self.teaserPrefixes.contains(where: { Self.starts(lowered, with: $0) }) { return false }
            if length >= 10, titles.contains(where: { abs(length - $0.count) <= length / 3 + 5 }) {
                let text = Self.comparable(paragraph)
                if titles.contains(text) { return false }
            }
            if length <= 120, Self.starts(lowered, with: "follow "), Self.socialNetworks.contains(where: { TextCleanup.contains(lowered, $0) }) {
                return false
            }
            if length <= 60, Self.starts(lowered, with: "by "), !paragraph.hasSuffix("."),
               Self.namesPeople(paragraph.dropFirst(3)) || Self.yearCount(paragraph) > 0 {
                return false
            }
            if length <= 40, Self.isBareDate(paragraph) { return false }
            if Self.starts(lowered, with: "write to "), TextCleanup.contains(paragraph, "@") { return false }
        }
        // A line that is nearly all links is navigation: tags, related stories, share buttons.
        if links >= 2, Double(linkedCharacters) >= Double(length) * 0.8 { return false }
        return true
    }

    /// "Jane Doe and John Roe, Associated Press": capitalised names and joining words only, unlike a
    /// subheading such as "By the numbers".
    private static func namesPeople(_ text: Substring) -> Bool {
        let words = text.split { $0 == " " || $0 == "," }
        return !words.isEmpty && words.allSatisfy { word in
            word.first?.isUppercase == true || word == "and" || word == "&" || word == "de" || word == "van"
                || word == "von" || word == "|" || word == "-" || word == "—"
        }
    }

    /// "Nov. 20, 2019 6:02 AM EST", "Updated: 11/19/2019": one date and nothing but date words. A
    /// range of dates or a date with other words ("2018.04.05 ~ OPEN RUN") is story and stays.
    private static func isBareDate(_ paragraph: String) -> Bool {
        guard yearCount(paragraph) == 1 else { return false }
        let words = paragraph.lowercased().split { !$0.isLetter }
        guard words.allSatisfy({ DateParser.month(named: String($0)) != nil || dateWords.contains(String($0)) })
        else { return false }
        let fromFirstDigit = paragraph.drop { !$0.isNumber }
        return DateParser.parse(paragraph) != nil || DateParser.parse(String(fromFirstDigit)) != nil
    }

    /// How many runs of exactly four digits (years) the text holds.
    private static func yearCount(_ text: String) -> Int {
        var years = 0
        var run = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                run += 1
                continue
            }
            if run == 4 { years += 1 }
            run = 0
        }
        return run == 4 ? years + 1 : years
    }

    /// Words that sit beside a date in a timestamp line.
    private static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a", "p", "m", "at", "on", "st", "nd", "rd", "th",
        "updated", "published", "posted", "last", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
        "pdt", "et", "pt", "bst", "cet", "cest", "ist", "aest", "jst", "hkt", "sgt",
    ]

    private static let edgeCharacters = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// `text.hasPrefix(prefix)` for an ASCII prefix, on bytes.
    private static func starts(_ text: String, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { text.utf8.starts(with: $0) }
    }

    private static func comparable(_ text: String) -> String {
        // ASCII's letters and digits are exactly its alphanumerics; only the rest asks Foundation.
        String(text.lowercased().unicodeScalars.filter { scalar in
            scalar.isASCII ? (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || (scalar >= "A" && scalar <= "Z")
                : CharacterSet.alphanumerics.contains(scalar)
        })
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

    private static let teaserPrefixes: [StaticString] = [
        "read more:", "related:", "see also:", "also read:", "read also:", "more:", "recommended:",
        "related article:", "related story:", "watch:", "sign up for", "subscribe to", "share this on ",
        "share on ", "tags:", "topics:",
    ]
}
