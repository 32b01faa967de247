/// Sets of class/id fragments searched in one pass over the bytes of a name string, indexed by
/// their first two bytes; Foundation's `String.contains` is too slow to run for every element of
/// every page. Each fragment carries a label (a bit), so that one pass tells which of several
/// sets match.
struct NamePatterns: Sendable {
    /// Every fragment's bytes, one after another.
    private let bytes: [UInt8]
    /// Per fragment: where its bytes start in `bytes`, how many, and its label.
    private let fragments: [(start: Int, count: Int, label: UInt32)]
    /// For each bucket of first two bytes (see `bucket`), the range of `fragments` that fall in it.
    private let buckets: [Range<Int>]

    /// One set: every fragment labelled 1.
    init(_ fragments: [String]) {
        self.init(labelled: fragments.map { ($0, 1) })
    }

    /// Several sets at once: each fragment (two bytes or more) with the label (a bit) of its set.
    init(labelled: [(fragment: String, label: UInt32)]) {
        let keyed = labelled.map { (Array($0.fragment.utf8), $0.label) }.filter { $0.0.count >= 2 }
            .map { (bytes: $0.0, label: $0.1, bucket: Self.bucket($0.0[0], $0.0[1])) }
            .sorted { $0.bucket < $1.bucket }
        var bytes: [UInt8] = []
        var fragments: [(start: Int, count: Int, label: UInt32)] = []
        var buckets = [Range<Int>](repeating: 0..<0, count: Self.bucketCount)
        for fragment in keyed {
            if buckets[fragment.bucket].isEmpty { buckets[fragment.bucket] = fragments.count..<fragments.count }
            fragments.append((bytes.count, fragment.bytes.count, fragment.label))
            bytes.append(contentsOf: fragment.bytes)
            buckets[fragment.bucket] = buckets[fragment.bucket].lowerBound..<fragments.count
        }
        self.bytes = bytes
        self.fragments = fragments
        self.buckets = buckets
    }

    private static let bucketCount = 1024

    private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 37 &+ Int(second)) & (bucketCount - 1)
    }

    /// True when any fragment occurs in `names` (lower-case UTF-8).
    func matches(_ names: [UInt8]) -> Bool {
        labels(in: names, stoppingAtFirst: true) != 0
    }

    /// The labels of every fragment that occurs in `names` (lower-case UTF-8), combined.
    func labels(in names: [UInt8], stoppingAtFirst: Bool = false) -> UInt32 {
        var found: UInt32 = 0
        bytes.withUnsafeBufferPointer { bytes in
            fragments.withUnsafeBufferPointer { fragments in
                buckets.withUnsafeBufferPointer { buckets in
                    names.withUnsafeBufferPointer { names in
                        let count = names.count
                        guard count >= 2 else { return }
                        for start in 0..<(count - 1) {
                            let range = buckets[Self.bucket(names[start], names[start + 1])]
                            for index in range {
                                let fragment = fragments[index]
                                guard start + fragment.count <= count, found & fragment.label == 0 else { continue }
                                var offset = 0
                                while offset < fragment.count, names[start + offset] == bytes[fragment.start + offset] {
                                    offset += 1
                                }
                                if offset == fragment.count {
                                    found |= fragment.label
                                    if stoppingAtFirst { return }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }
}
