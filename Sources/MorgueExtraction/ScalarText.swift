/// A story body as an array of Unicode scalars, so that extractors can scan it once, index it in
/// constant time, and report offsets that match `TextSpan` (and Python's `str` indexing).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// The text between two offsets.
    public func string(from start: Int, to end: Int) -> String {
        string(TextSpan(start: start, end: end))
    }
}
