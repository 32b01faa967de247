/// A half-open range of character offsets into an article body, counted in Unicode scalar values
/// (as Python indexes a `str`, and as `String.unicodeScalars` counts), so that any item Morgue
/// extracts can be traced back to the exact words it came from.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// Offset of the first scalar of the span.
    public var start: Int
    /// Offset one past the last scalar of the span.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of scalars the span covers.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
