import Dispatch

extension Archive {
    /// `items.map(transform)` on every core, in order: for extracting a page of stored stories.
    static func parallelMap<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { slots[$0] = transform(items[$0]) }
        }
        return results.map { $0! }
    }
}
