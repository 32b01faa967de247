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
    /// short to compare loosely. The hashes are the same in every process (FNV-1a words, mixed in order).
    public static func shingles(ofKey key: String) -> Set<Int> {
        let words = wordHashes(ofKey: key)
        guard words.count >= minimumWords else { return [] }
        var result = Set<Int>(minimumCapacity: words.count - 2)
        for index in 0...(words.count - 3) {
            result.insert(shingle(words[index], words[index + 1], words[index + 2]))
        }
        return result
    }

    /// A stable hash of the whole key, for finding equal keys without comparing strings.
    static func keyHash(_ key: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    /// The FNV-1a hash of each space-separated word of a folded key.
    private static func wordHashes(ofKey key: String) -> [UInt64] {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var words: [UInt64] = []
        var hash = basis
        var inWord = false
        for byte in key.utf8 {
            if byte == UInt8(ascii: " ") {
                if inWord { words.append(hash) }
                hash = basis
                inWord = false
            } else {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                inWord = true
            }
        }
        if inWord { words.append(hash) }
        return words
    }

    /// Three word hashes mixed into one, in order ("a b c" differs from "c b a").
    private static func shingle(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> Int {
        var hash = first &* 0x9e37_79b9_7f4a_7c15
        hash = (hash ^ (hash >> 29) ^ second) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 32) ^ third) &* 0x94d0_49bb_1331_11eb
        return Int(truncatingIfNeeded: hash ^ (hash >> 31))
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
