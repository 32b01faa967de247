import Foundation
import MorgueExtraction

/// Feed dates: RFC 822 in RSS ("Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 -0500") and
/// ISO 8601 in Atom and Dublin Core ("2003-12-13T18:30:02Z", "2003-12-13T18:30:02+01:00").
enum FeedDate {
    /// The day as written (the newsroom's day of publication, in the publisher's time zone) and the
    /// instant in UTC as ISO 8601 when the date has a time.
    static func parse(_ text: String) -> (day: NewsDate, instant: String?)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, first.isNumber, trimmed.count >= 10,
           let day = DateParser.parse(String(trimmed.prefix(10))), trimmed.prefix(10).contains("-") {
            return (day, iso8601(trimmed))
        }
        return rfc822(trimmed)
    }

    private static func iso8601(_ text: String) -> String? {
        guard text.count > 10 else { return nil }
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return utc(date) }
        }
        return nil
    }

    private static func rfc822(_ text: String) -> (day: NewsDate, instant: String?)? {
        // "Tue, 10 Jun 2003 04:00:00 GMT": drop the weekday, then day, month name, year, time, zone.
        var words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 3, let dayOfMonth = Int(words[0]), let month = DateParser.month(named: words[1]),
              var year = Int(words[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        guard let day = NewsDate(year: year, month: month, day: dayOfMonth) else { return nil }
        guard words.count >= 4 else { return (day, nil) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        let normalized = "\(dayOfMonth) \(words[1].prefix(3)) \(year) " + words[3...].joined(separator: " ")
        for format in ["d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm Z", "d MMM yyyy HH:mm zzz",
                       "d MMM yyyy HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: normalized) { return (day, utc(date)) }
        }
        return (day, nil)
    }

    private static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
