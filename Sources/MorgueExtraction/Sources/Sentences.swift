/// Where a story's sentences begin and end. A period ends a sentence unless it closes an initial or
/// an abbreviation ("U.S.", "Sen.", "Dec."); a colon ends one too, as it does before an embedded post.
/// Bounds are found by scanning out from an offset, so only the sentences asked about are read.
struct Sentences {
    private let text: ScalarText

    init(_ text: ScalarText) {
        self.text = text
    }

    /// The sentence holding `offset`: from after the previous end to this one's closing mark (exclusive).
    func sentence(containing offset: Int) -> Range<Int> {
        // A sentence longer than this is text without punctuation: cut it, so that scans stay linear.
        let reach = 2_000
        var start = min(offset, text.count)
        while start > 0, offset - start < reach, !endsSentence(at: start - 1) { start -= 1 }
        var end = max(offset, start)
        while end < text.count, end - offset < reach, !endsSentence(at: end) { end += 1 }
        return start..<end
    }

    /// Whether the scalar at `k` closes a sentence.
    private func endsSentence(at k: Int) -> Bool {
        let c = text[k]
        if c == "\n" { return true }
        guard c == "." || c == "!" || c == "?" || c == ":" else { return false }
        let followedBySpace = k + 1 == text.count || ScalarText.isSpace(text[k + 1])
            || text[k + 1] == "”" || text[k + 1] == "\"" || text[k + 1] == "’"
        guard followedBySpace else { return false }
        return c != "." || !Self.isAbbreviation(endingAt: k, in: text)
    }

    private static let abbreviations: WordSet = [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "St", "Jr", "Sr",
        "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Prof", "Rev", "Mt", "Ft", "Gov",
    ]

    private static func isAbbreviation(endingAt k: Int, in text: ScalarText) -> Bool {
        var start = k
        while start > 0, ScalarText.isLetter(text[start - 1]) || text[start - 1] == "." { start -= 1 }
        guard start < k else { return false }
        let word = text.slice(from: start, to: k)
        // Initials and dotted abbreviations: "J.", "U.S.", "D.C.".
        if word.count == 1, ScalarText.isUppercase(text[start]) { return true }
        if word.contains(".") { return true }
        return abbreviations.contains(word)
    }
}
