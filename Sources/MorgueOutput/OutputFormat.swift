/// How a command prints its results.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people, cut to the terminal's width. Its layout may change between versions.
    case table
    /// One JSON array, with the documented, stable field names.
    case json
    /// One JSON object a line (newline-delimited JSON), for streaming into other tools.
    case ndjson
    /// Comma-separated values with a header line (RFC 4180 quoting).
    case csv
}

/// A result that can be printed in every `OutputFormat`: as JSON through `Encodable`, and as a
/// row of a table or CSV file through `columns` and `cells`.
public protocol TabularRecord: Encodable {
    /// Column names, for the table's header and the CSV header line.
    static var columns: [String] { get }
    /// The values of one row, in `columns` order.
    var cells: [String] { get }
    /// The column that gives way first when a table is too wide (a title, a quote, a snippet).
    static var flexibleColumn: Int { get }
}
