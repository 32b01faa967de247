/// Where a story's sentences begin and end, worked out once so that any offset finds its sentence by a
/// binary search. A period ends a sentence unless it closes an initial or an abbreviation ("U.S.",
/// "Sen.", "Dec."); a colon ends one too, as it does before an embedded post.
struct Sentences {
    /// Offsets where sentences end (at their closing punctuation, or a line break).
    private let ends: [Int]
    private let count: Int

    init(_ text: ScalarText) {
        var ends: [Int] = []
        var k = 0
        while k < text.count {
            let c = text[k]
            let followedBySpace = k + 1 == text.count || ScalarText.isSpace(text[k + 1])
                || text[k + 1] == "”" || text[k + 1] == "\"" || text[k + 1] == "’"
            switch c {
            case "\n": ends.append(k)
            case "!" where followedBySpace, "?" where followedBySpace, ":" where followedBySpace: ends.append(k)
            case "." where followedBySpace && !Self.isAbbreviation(endingAt: k, in: text): ends.append(k)
            default: break
            }
            k += 1
        }
        self.ends = ends
        self.count = text.count
    }

    /// The sentence holding `offset`: from after the previous end to this one's closing mark (exclusive).
    func sentence(containing offset: Int) -> Range<Int> {
        var low = 0, high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] < offset { low = mid + 1 } else { high = mid }
        }
        let start = low > 0 ? ends[low - 1] + 1 : 0
        let end = low < ends.count ? ends[low] : count
        return start..<max(start, end)
    }

    private static let abbreviations: Set<String> = [
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
