import Dispatch

/// Maps a function over an array on every core, keeping the order of the results.
enum ParallelMap {
    static func map<Element: Sendable, Output: Sendable>(
        _ items: [Element], _ transform: @Sendable (Element) -> Output
    ) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }
}
