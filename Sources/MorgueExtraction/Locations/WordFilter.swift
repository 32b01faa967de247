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
        for name in names {
            let text = ScalarText(name)
            if let first = text.words().first { insert(hash(first, in: text)) }
        }
    }

    private mutating func insert(_ hash: UInt64) {
        let bit = hash & mask
        bits[Int(bit >> 6)] |= 1 << (bit & 63)
    }

    /// Whether `word` may be in the table.
    func mayContain(_ word: Word, in text: ScalarText) -> Bool {
        let bit = hash(word, in: text) & mask
        return bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    /// FNV-1a over the word's scalars.
    private func hash(_ word: Word, in text: ScalarText) -> UInt64 {
        text.scalars[word.start..<word.end].withUnsafeBufferPointer { scalars in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            switch folding {
            case .exact:
                for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
            case .key:
                for scalar in scalars where scalar.value != 46 {
                    let value = scalar.value >= 65 && scalar.value <= 90 ? scalar.value + 32 : scalar.value
                    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                }
            }
            return hash ^ (hash >> 29)
        }
    }
}
