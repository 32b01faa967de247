/// A set of class/id fragments searched in one pass over the bytes of a name string, indexed by
/// first byte; Foundation's `String.contains` is too slow to run for every element of every page.
struct NamePatterns: Sendable {
    private let byFirstByte: [[[UInt8]]]

    init(_ fragments: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for fragment in fragments {
            let bytes = Array(fragment.utf8)
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        byFirstByte = table
    }

    /// True when any fragment occurs in `names` (lower-case UTF-8).
    func matches(_ names: [UInt8]) -> Bool {
        let count = names.count
        for start in 0..<count {
            for pattern in byFirstByte[Int(names[start])] where start + pattern.count <= count {
                var offset = 1
                while offset < pattern.count, names[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
        }
        return false
    }
}
