/// A fixed set of words with a look-up several times cheaper than `Set<String>`'s, for the word
/// lists the finders consult for every token ("said", "the", "spokesman"…).
///
/// An ASCII word of up to 15 bytes is packed, with its length, into two integers: the look-up mixes
/// those with two multiplications and compares them, instead of running SipHash over the string and
/// comparing strings. Other words (longer, or not ASCII) go to a `Set<String>`, so that the answer is
/// always the one `Set<String>` gives, Unicode equivalence included.
///
///     let verbs: WordSet = ["said", "told"]
///     verbs.contains("said")  // true
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Every word, for iteration and for the words that are not packed.
    let strings: Set<String>
    /// Open addressing over packed words; an empty slot is all zeros, which no packed word is.
    private let slots: [PackedWord]
    private let mask: Int
    /// Whether some word that is not packed may still equal a packed one: a packed miss must then ask
    /// `strings`. Only a word of ASCII and the three scalars whose canonical form is ASCII can.
    let mayEqualPackedWords: Bool
    /// Whether some word is not ASCII: a word that cannot be packed may then be in the set under
    /// another spelling of the same characters, and only `strings` can tell.
    private let hasNonASCIIWords: Bool
    /// Whether some ASCII word is too long to pack.
    private let hasLongWords: Bool
    /// The set's bit in `WordToken.lists`, when it is one of `WordLists.registered`.
    let list: WordLists

    /// A set of `words`; with `list`, tokens carry their membership as that bit (register the set in
    /// `WordLists.registered`).
    init(_ words: some Sequence<String>, list: WordLists = []) {
        self.list = list
        let strings = Set(words)
        var capacity = 16
        while capacity < strings.count * 3 { capacity *= 2 }
        var slots = [PackedWord](repeating: .empty, count: capacity)
        var mayEqualPackedWords = false, hasNonASCIIWords = false, hasLongWords = false
        for word in strings {
            guard let packed = PackedWord(word) else {
                if Self.mayEqualASCII(word) { mayEqualPackedWords = true }
                if word.utf8.contains(where: { $0 >= 0x80 }) { hasNonASCIIWords = true } else { hasLongWords = true }
                continue
            }
            var slot = packed.slot(mask: capacity - 1)
            while slots[slot] != .empty { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = packed
        }
        self.strings = strings
        self.slots = slots
        self.mask = capacity - 1
        self.mayEqualPackedWords = mayEqualPackedWords
        self.hasNonASCIIWords = hasNonASCIIWords
        self.hasLongWords = hasLongWords
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        guard let packed = PackedWord(word) else { return contains(unpacked: word, UnpackedWord(word)) }
        var slot = packed.slot(mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate == packed { return true }
            if candidate == .empty { return mayEqualPackedWords && strings.contains(word) }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a word that cannot be packed is in the set, asking `strings` only when some word of
    /// the set could equal it: a non-ASCII word of the set, a long ASCII word for a long ASCII query, or
    /// any word for a query whose canonical form may be ASCII.
    func contains(unpacked word: String, _ shape: UnpackedWord) -> Bool {
        if hasNonASCIIWords || shape.mayEqualASCII || hasLongWords && shape.isASCII { return strings.contains(word) }
        return false
    }

    /// Whether the token's lowered text is in the set: a bit test for a registered list.
    @inline(__always)
    func contains(_ token: WordToken) -> Bool {
        list.isEmpty ? contains(token.lowered) : token.lists.contains(list)
    }

    /// Whether a word that is not ASCII may be canonically equivalent to an ASCII one, as `String`
    /// equality has it: only KELVIN SIGN (K), GREEK QUESTION MARK (;) and GREEK VARIA (`) have an ASCII
    /// canonical form.
    static func mayEqualASCII(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{212A}" || $0 == "\u{037E}" || $0 == "\u{1FEF}" }
            && !word.unicodeScalars.allSatisfy(\.isASCII)
    }

    var count: Int { strings.count }

    func makeIterator() -> Set<String>.Iterator { strings.makeIterator() }

    /// The words of both.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(strings.union(other)) }
}

/// What a word that cannot be packed is made of, to tell which sets may hold it.
struct UnpackedWord {
    /// Every scalar is ASCII (the word is longer than 15 bytes, or empty).
    var isASCII: Bool
    /// Not ASCII, but canonically equivalent to an ASCII word (see `WordSet.mayEqualASCII`).
    var mayEqualASCII: Bool

    init(_ word: String) {
        isASCII = !word.utf8.contains(where: { $0 >= 0x80 })
        mayEqualASCII = !isASCII && WordSet.mayEqualASCII(word)
    }
}

/// An ASCII word of up to 15 bytes and its length, packed into two integers.
struct PackedWord: Sendable, Equatable {
    private var low: UInt64
    private var high: UInt64

    /// Packs nothing; never equal to a packed word (their length byte is at least 1).
    static let empty = PackedWord(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// `nil` when the word is empty, longer than 15 bytes, not ASCII or not stored as UTF-8.
    @inline(__always)
    init?(_ word: String) {
        let utf8 = word.utf8
        let count = utf8.count
        guard count > 0, count <= 15 else { return nil }
        let packed = utf8.withContiguousStorageIfAvailable { bytes -> PackedWord? in
            var low: UInt64 = 0, high: UInt64 = 0, all: UInt8 = 0
            for k in 0..<bytes.count {
                let byte = bytes[k]
                all |= byte
                if k < 8 { low |= UInt64(byte) << (8 * k) } else { high |= UInt64(byte) << (8 * (k - 8)) }
            }
            guard all < 0x80 else { return nil }
            return PackedWord(low: low, high: high | UInt64(bytes.count) << 56)
        }
        guard let packed, let packed else { return nil }
        self = packed
    }

    /// The ASCII scalars lowercased, as `PackedWord(String)` packs their lowercased string; `nil` when
    /// there are none, more than 15, or one is not ASCII.
    @inline(__always)
    init?(lowercasing scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        guard scalars.count > 0, scalars.count <= 15 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<scalars.count {
            var value = scalars[k].value
            guard value < 0x80 else { return nil }
            if value >= 0x41 && value <= 0x5A { value += 32 }
            if k < 8 { low |= UInt64(value) << (8 * k) } else { high |= UInt64(value) << (8 * (k - 8)) }
        }
        self.init(low: low, high: high | UInt64(scalars.count) << 56)
    }

    /// A slot in a table of `mask + 1` slots.
    @inline(__always)
    func slot(mask: Int) -> Int {
        // Multiplicative hashing: the top bits of the product depend on every byte.
        let mixed = ((low &* 0x9E37_79B9_7F4A_7C15) ^ high) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }
}
