import GRDB

/// Collects the FROM and WHERE parts of a query and their arguments, so that optional filters
/// combine without string juggling at each call site.
struct SQLBuilder {
    var from = ""
    private(set) var conditions: [String] = []
    private(set) var arguments = StatementArguments()
    /// Arguments of placeholders in the SELECT list, which come before the WHERE clause's.
    var selectArguments = StatementArguments()

    mutating func `where`(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
        conditions.append(condition)
        arguments += StatementArguments(values)
    }

    mutating func `where`(_ condition: String, _ value: any DatabaseValueConvertible) {
        `where`(condition, [value])
    }

    var whereClause: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// `(?, ?, ?)` for `count` values.
    static func list(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: max(count, 1)).joined(separator: ", ") + ")"
    }
}
