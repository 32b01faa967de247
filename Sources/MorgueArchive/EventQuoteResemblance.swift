import MorgueExtraction

/// Tells when two stories carry the same quote, even lightly edited: one word changed, a clause
/// dropped, or one story quoting only part of what the other carries in full.
///
/// Quotes are compared by their folded words (`QuoteKey.fold`) cut into overlapping runs of three
/// words ("shingles"). Two quotes are the same when their keys are equal, or when most of the
/// shorter quote's shingles appear in the longer one:
///
///     QuoteResemblance.isSameQuote("Iran killed an American contractor, wounding many.",
///                                  "Iran killed an American contractor, wounding several.")  // true
///     QuoteResemblance.isSameQuote("We are ready.", "We are not ready.")                      // false
public enum QuoteResemblance {
    /// Quotes shorter than this many words are recognised only when identical: "No comment" in two
    /// stories is not evidence that they report the same thing.
    public static let minimumWords = 4
    /// The share of the shorter quote's shingles the longer one must hold.
    public static let minimumContainment = 0.6

    /// The quote's folded words as a set of hashed three-word shingles, or an empty set for quotes too
    /// short to compare loosely.
    public static func shingles(ofKey key: String) -> Set<Int> {
        let words = key.split(separator: " ")
        guard words.count >= minimumWords else { return [] }
        var result = Set<Int>(minimumCapacity: words.count)
        for index in 0...(words.count - 3) {
            var hasher = Hasher()
            hasher.combine(words[index])
            hasher.combine(words[index + 1])
            hasher.combine(words[index + 2])
            result.insert(hasher.finalize())
        }
        return result
    }

    /// Whether two quotes, given by their keys and shingles, are the same quote.
    public static func isSame(key: String, shingles: Set<Int>, asKey other: String, shingles otherShingles: Set<Int>) -> Bool {
        if key == other { return true }
        guard !shingles.isEmpty, !otherShingles.isEmpty else { return false }
        let (small, large) = shingles.count <= otherShingles.count ? (shingles, otherShingles) : (otherShingles, shingles)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) >= minimumContainment * Double(small.count)
    }

    /// Whether two quote texts are the same quote.
    public static func isSameQuote(_ first: String, _ second: String) -> Bool {
        let (a, b) = (QuoteKey.fold(first), QuoteKey.fold(second))
        return isSame(key: a, shingles: shingles(ofKey: a), asKey: b, shingles: shingles(ofKey: b))
    }
}
