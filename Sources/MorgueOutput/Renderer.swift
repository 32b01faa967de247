import Foundation

/// Prints results in the format a user asked for.
public struct Renderer: Sendable {
    public var format: OutputFormat
    /// The width a table must fit in.
    public var width: Int

    public init(format: OutputFormat, width: Int = Renderer.terminalWidth()) {
        self.format = format
        self.width = width
    }

    /// The text of `records` in this renderer's format, ending with a newline (empty for no records
    /// in NDJSON; `[]` in JSON; the header alone in CSV; a "no results" line in a table).
    public func render<Record: TabularRecord>(_ records: [Record]) -> String {
        switch format {
        case .json: return records.isEmpty ? "[]\n" : JSONLines.encode(records, pretty: true) + "\n"
        case .ndjson: return records.map { JSONLines.encode($0, pretty: false) + "\n" }.joined()
        case .csv: return CSVWriter.render(header: Record.columns, rows: records.map(\.cells))
        case .table:
            guard !records.isEmpty else { return "(no results)\n" }
            return TextTable(header: Record.columns, rows: records.map(\.cells), flexibleColumn: Record.flexibleColumn)
                .render(width: width)
        }
    }

    /// The width of the terminal on standard output: `$COLUMNS`, else the terminal's own, else 120.
    public static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return columns
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

/// JSON with Morgue's conventions: snake_case field names, sorted keys, no escaped slashes.
public enum JSONLines {
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
