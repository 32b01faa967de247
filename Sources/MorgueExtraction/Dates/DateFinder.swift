/// Finds the dates a story mentions and resolves them to calendar days.
///
/// Absolute dates: "December 31, 2019", "Dec. 31", "31 December 2019", "2019-12-31",
/// "Tuesday, Dec. 31". Relative ones, worked out from the story's own date, as news writes them in
/// the past tense: "on Sunday" is the latest Sunday on or before that date, "last week" seven days
/// before it, also "yesterday", "today", "this morning", "last month", "two days ago", "next Tuesday".
/// Without a publication date, relative dates and dates without a year are skipped.
///
///     DateFinder().dates(in: ScalarText("…strikes on Sunday…"), published: NewsDate(year: 2019, month: 12, day: 31))
///     // [DateMention(text: "Sunday", date: 2019-12-29, isRelative: true)]
struct DateFinder: Sendable {
    func dates(in text: ScalarText, published: NewsDate?) -> [DateMention] {
        dates(in: text, words: text.words(), published: published)
    }

    /// The same, given the story's words (`text.words()`), so that finders can share one scan.
    func dates(in text: ScalarText, words: [Word], published: NewsDate?) -> [DateMention] {
        let strings = words.map { word in
            let c = text.scalars[word.start]
            return (c >= "0" && c <= "9") || DateWords.startFilter.mayContain(word, in: text) ? text.slice(word) : ""
        }
        var found: [DateMention] = []
        var i = 0
        while i < words.count {
            let c = text.scalars[words[i].start]
            guard !strings[i].isEmpty, (c >= "0" && c <= "9") || DateWords.starts.contains(strings[i]) else {
                i += 1
                continue
            }
            if let (mention, next) = absolute(at: i, words: words, strings: strings, text: text, published: published)
                ?? relative(at: i, words: words, strings: strings, text: text, published: published) {
                found.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Absolute dates

    private func absolute(at i: Int, words: [Word], strings: [String], text: ScalarText,
                          published: NewsDate?) -> (DateMention, Int)? {
        // "Tuesday, Dec. 31": the weekday belongs to the date that follows.
        if DateWords.weekdays[strings[i]] != nil, i + 1 < words.count, text.scalars[words[i].end] == ",",
           let (date, next) = monthFirst(at: i + 1, words: words, strings: strings, text: text, published: published)
               ?? dayFirst(at: i + 1, words: words, strings: strings, text: text, published: published) {
            return (absoluteMention(words[i].start, words[next - 1].end, text, date, relative: false), next)
        }
        if let (date, next) = iso(at: i, words: words, strings: strings, text: text)
            ?? monthFirst(at: i, words: words, strings: strings, text: text, published: published)
            ?? dayFirst(at: i, words: words, strings: strings, text: text, published: published) {
            return (absoluteMention(words[i].start, words[next - 1].end, text, date, relative: false), next)
        }
        return nil
    }

    /// "2019-12-31".
    private func iso(at i: Int, words: [Word], strings: [String], text: ScalarText) -> (NewsDate, Int)? {
        guard i + 2 < words.count, strings[i].count == 4, let year = Int(strings[i]),
              text.scalars[words[i].end] == "-", words[i + 1].start == words[i].end + 1,
              text.scalars[words[i + 1].end] == "-", words[i + 2].start == words[i + 1].end + 1,
              strings[i + 1].count == 2, strings[i + 2].count == 2,
              let month = Int(strings[i + 1]), let day = Int(strings[i + 2]),
              let date = NewsDate(year: year, month: month, day: day) else { return nil }
        return (date, i + 3)
    }

    /// "December 31, 2019", "Dec. 31", "Dec 31st".
    private func monthFirst(at i: Int, words: [Word], strings: [String], text: ScalarText,
                            published: NewsDate?) -> (NewsDate, Int)? {
        guard i + 1 < words.count, text.isCapitalised(words[i]), let month = month(at: i, words: words, strings: strings, text: text),
              closeTogether(words[i], words[i + 1], text), let day = dayNumber(strings[i + 1]) else { return nil }
        if i + 2 < words.count, text.scalars[words[i + 1].end] == ",", words[i + 2].start == words[i + 1].end + 2,
           let year = year(strings[i + 2]) {
            return NewsDate(year: year, month: month, day: day).map { ($0, i + 3) }
        }
        return inferYear(month: month, day: day, published: published).map { ($0, i + 2) }
    }

    /// "31 December 2019", "31 Dec".
    private func dayFirst(at i: Int, words: [Word], strings: [String], text: ScalarText,
                          published: NewsDate?) -> (NewsDate, Int)? {
        guard i + 1 < words.count, let day = dayNumber(strings[i]), words[i + 1].start == words[i].end + 1,
              text.isCapitalised(words[i + 1]), let month = month(at: i + 1, words: words, strings: strings, text: text)
        else { return nil }
        if i + 2 < words.count, closeTogether(words[i + 1], words[i + 2], text), let year = year(strings[i + 2]) {
            return NewsDate(year: year, month: month, day: day).map { ($0, i + 3) }
        }
        return inferYear(month: month, day: day, published: published).map { ($0, i + 2) }
    }

    /// The month a word names ("December", "Dec", "Sept").
    private func month(at i: Int, words: [Word], strings: [String], text: ScalarText) -> Int? {
        DateWords.months[strings[i]]
    }

    /// Whether only a space, or a period and a space, stand between two words ("Dec. 31").
    func closeTogether(_ a: Word, _ b: Word, _ text: ScalarText) -> Bool {
        let gap = b.start - a.end
        return gap == 1 && text.scalars[a.end] == " " || gap == 2 && text.scalars[a.end] == "." && text.scalars[a.end + 1] == " "
    }

    private func dayNumber(_ word: String) -> Int? {
        // Only a number can be one (`Int` reads a sign or a digit first): skip the suffix work for words.
        guard let first = word.utf8.first, (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D else {
            return nil
        }
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1800...2200).contains(year) else { return nil }
        return year
    }

    /// A day and month without a year: the year that puts it closest before the story's date
    /// (a story of January 3 mentioning "Dec. 31" means the December just past).
    private func inferYear(month: Int, day: Int, published: NewsDate?) -> NewsDate? {
        guard let published, let sameYear = NewsDate(year: published.year, month: month, day: day) else { return nil }
        if sameYear.dayNumber - published.dayNumber > 180 {
            return NewsDate(year: published.year - 1, month: month, day: day)
        }
        if published.dayNumber - sameYear.dayNumber > 185 {
            return NewsDate(year: published.year + 1, month: month, day: day)
        }
        return sameYear
    }

    private func absoluteMention(_ start: Int, _ end: Int, _ text: ScalarText, _ date: NewsDate, relative: Bool) -> DateMention {
        let span = TextSpan(start: start, end: end)
        return DateMention(text: text.slice(span), span: span, date: date, isRelative: relative)
    }
}
