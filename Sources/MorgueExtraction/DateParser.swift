import Foundation

/// Reads the dates news sources write: ISO-8601 (`2019-12-31`, `2019-12-31T14:05:00Z`), slashed
/// (`2019/12/31`, US `12/31/2019`), written out (`December 31, 2019`, `Dec. 31, 2019`,
/// `31 December 2019`, `Tuesday, December 31, 2019`) and RFC 822 as feeds use it
/// (`Tue, 31 Dec 2019 14:05:00 GMT`).
public enum DateParser {
    /// The calendar day `text` names, or `nil` when it is not a date Morgue can read.
    public static func parse(_ text: String) -> NewsDate? {
        let trimmed = text.trimmedOfSpace
        guard !trimmed.isEmpty, trimmed.utf8.count <= 80 else { return nil }
        return parseNumeric(trimmed) ?? parseWritten(trimmed)
    }

    /// Month number for an English month name or its abbreviation ("Dec", "Dec.", "Sept"), else `nil`.
    public static func month(named word: String) -> Int? {
        var key = word.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        if let full = monthNames.firstIndex(of: key) { return full + 1 }
        if key == "sept" { return 9 }
        if key.count == 3, let short = monthNames.firstIndex(where: { $0.hasPrefix(key) }) { return short + 1 }
        return nil
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"]

    /// `YYYY-MM-DD…`, `YYYY/MM/DD`, `MM/DD/YYYY`.
    private static func parseNumeric(_ text: String) -> NewsDate? {
        let head = text.prefix { $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." }
        let parts = head.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return NewsDate(year: a, month: b, day: c) }
        if parts[2].count == 4 { return NewsDate(year: c, month: a, day: b) ?? NewsDate(year: c, month: b, day: a) }
        return nil
    }

    /// Dates with a month written as a word, in either order, with an optional weekday and time.
    private static func parseWritten(_ text: String) -> NewsDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var month: Int?
        var day: Int?
        var year: Int?
        for word in words {
            if month == nil, let m = Self.month(named: word) {
                month = m
                continue
            }
            let digits = word.trimmingCharacters(in: CharacterSet(charactersIn: "stndrh."))
            guard let number = Int(digits) else { continue }
            if digits.count == 4, year == nil {
                year = number
            } else if digits.count <= 2, day == nil, word.firstIndex(of: ":") == nil {
                day = number
            }
        }
        guard let m = month, let d = day, let y = year else { return nil }
        return NewsDate(year: y, month: m, day: d)
    }
}
