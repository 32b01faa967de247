/// Aligned columns that fit a terminal: every column as wide as its widest value, and the flexible
/// column (a title, a quote) cut with "…" when the table would be wider than the terminal.
struct TextTable {
    let header: [String]
    let rows: [[String]]
    let flexibleColumn: Int

    func render(width: Int) -> String {
        // Columns empty in every row are left out: they would only take room from the others.
        let kept = header.indices.filter { column in rows.contains { column < $0.count && !$0[column].isEmpty } }
        let flexible = kept.firstIndex(of: flexibleColumn) ?? -1
        let header = kept.map { self.header[$0] }
        let cleanRows = rows.map { row in kept.map { Self.singleLine($0 < row.count ? row[$0] : "") } }
        var widths = header.map(\.count)
        for row in cleanRows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let gap = 2
        let total = widths.reduce(0, +) + gap * (widths.count - 1)
        // Too wide: the other columns give way first, widest first, down to 16 characters; then the
        // flexible column (the one people read: a snippet, a quote), down to 24; then all, down to 4.
        var excess = total - width
        func shrink(_ columns: [Int], downTo floor: Int) {
            while excess > 0, let widest = columns.max(by: { widths[$0] < widths[$1] }), widths[widest] > floor {
                widths[widest] -= 1
                excess -= 1
            }
        }
        shrink(widths.indices.filter { $0 != flexible }, downTo: 16)
        shrink(widths.indices.filter { $0 == flexible }, downTo: 24)
        shrink(Array(widths.indices), downTo: 4)
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, width) in widths.enumerated() {
                let cell = Self.fit(index < cells.count ? cells[index] : "", width)
                text += index == widths.count - 1 ? cell : cell + String(repeating: " ", count: width - cell.count + gap)
            }
            return text
        }
        var output = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cleanRows { output += line(row) + "\n" }
        return output
    }

    private static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
