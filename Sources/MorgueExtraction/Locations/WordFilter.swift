/// A quick "certainly not" for table lookups: a bit array indexed by a hash of a word's scalars,
/// computed without building a `String`. Words that pass still need the real lookup; words that do
/// not (most of a story) skip it, which keeps every finder to a few hash lookups a capitalised word.
struct WordFilter: Sendable {
    /// How words are compared: as written, or lowercased without dots (outlet keys: "A.P." is "ap").
    enum Folding: Sendable { case exact, key }

    private var bits: [UInt64]
    private let mask: UInt64
    let folding: Folding

    /// A filter holding the first word of each of `names` (as `ScalarText.words()` splits them).
    init(firstWordsOf names: some Sequence<String>, folding: Folding, bitCount: Int = 1 << 18) {
        self.bits = Array(repeating: 0, count: bitCount / 64)
        self.mask = UInt64(bitCount - 1)
        self.folding = folding
        // One scalar buffer for every name: the gazetteer's filter reads 45,000 of them at start-up.
        var scalars: [Unicode.Scalar] = []
        for name in names {
            scalars.removeAll(keepingCapacity: true)
            scalars.append(contentsOf: name.unicodeScalars)
            let first = scalars.withUnsafeBufferPointer { ScalarText.words(in: $0, limit: 1) }.first
            if let first { insert(folding == .exact ? first.exactHash : first.keyHash) }
        }
    }

    private mutating func insert(_ hash: UInt64) {
        let bit = hash & mask
        bits[Int(bit >> 6)] |= 1 << (bit & 63)
    }

    /// Whether `word` may be in the table.
    func mayContain(_ word: Word, in text: ScalarText) -> Bool {
        let bit = (folding == .exact ? word.exactHash : word.keyHash) & mask
        return bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    /// The word's hash as written and as an outlet key (lowercased, without dots): FNV-1a over its
    /// scalars, both in one pass.
    static func hashes(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (exact: UInt64, key: UInt64) {
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        var key = exact
        for scalar in scalars {
            let value = scalar.value
            exact = (exact ^ UInt64(value)) &* 0x0000_0100_0000_01b3
            if value != 46 {
                let folded = value >= 65 && value <= 90 ? value + 32 : value
                key = (key ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
            }
        }
        return (exact ^ (exact >> 29), key ^ (key >> 29))
    }
}
