/// Relative dates, resolved against the story's own date as news writes them in the past tense.
extension DateFinder {
    func relative(at i: Int, words: [Word], strings: [String], text: ScalarText,
                  published: NewsDate?) -> (DateMention, Int)? {
        guard let published else { return nil }
        let word = strings[i]
        let nextWord = i + 1 < words.count && closeTogether(words[i], words[i + 1], text) ? strings[i + 1] : nil

        // "yesterday", "today", "tonight".
        if let offset = DateWords.dayWords[word] {
            return (mention(i, i + 1, words, text, published.adding(days: offset)), i + 1)
        }
        // "this morning", "this afternoon".
        if word.lowercased() == "this", let nextWord, DateWords.partsOfDay.contains(nextWord) {
            return (mention(i, i + 2, words, text, published), i + 2)
        }
        // "last week", "last month", "last year", "last Sunday", "next Tuesday", "this Friday".
        if ["last", "next", "this", "Last", "Next", "This"].contains(word), let nextWord {
            let direction = word.lowercased()
            if let weekday = DateWords.weekdays[nextWord] {
                let date: NewsDate
                switch direction {
                case "last": date = latest(weekday, before: published, includingToday: false)
                case "next": date = earliest(weekday, after: published)
                default: date = latest(weekday, before: published, includingToday: true)
                }
                return (mention(i, i + 2, words, text, date), i + 2)
            }
            guard direction != "this", let unit = DateWords.units[nextWord], !nextWord.hasSuffix("s") else { return nil }
            let sign = direction == "last" ? -1 : 1
            return (mention(i, i + 2, words, text, shift(published, by: unit, times: sign)), i + 2)
        }
        // "Sunday", "on Sunday": the latest such day on or before the story's date, unless the
        // sentence looks ahead ("will vote on Tuesday"): then the next such day from it.
        if let weekday = DateWords.weekdays[word], text.isCapitalised(words[i]) {
            let date = looksAhead(before: i, words: words, strings: strings, text: text)
                ? earliest(weekday, onOrAfter: published)
                : latest(weekday, before: published, includingToday: true)
            return (mention(i, i + 1, words, text, date), i + 1)
        }
        // "two days ago", "a week ago", "3 months ago".
        if let count = DateWords.numbers[word] ?? DateWords.numbers[word.lowercased()] ?? Int(word).flatMap({ (1...400).contains($0) ? $0 : nil }),
           i + 2 < words.count, let unit = DateWords.units[strings[i + 1]], strings[i + 2] == "ago",
           closeTogether(words[i], words[i + 1], text), closeTogether(words[i + 1], words[i + 2], text) {
            return (mention(i, i + 3, words, text, shift(published, by: unit, times: -count)), i + 3)
        }
        return nil
    }

    /// The latest `weekday` on or before `date` (strictly before when `includingToday` is false).
    private func latest(_ weekday: Int, before date: NewsDate, includingToday: Bool) -> NewsDate {
        var back = (date.weekday - weekday + 7) % 7
        if back == 0, !includingToday { back = 7 }
        return date.adding(days: -back)
    }

    /// Whether the few words before word `i`, in the same sentence, speak of the future: "will",
    /// "is scheduled to", "plans to", "they’ll".
    private func looksAhead(before i: Int, words: [Word], strings: [String], text: ScalarText) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8 {
            // Stop at the sentence's start.
            if words[k].end < words[k + 1].start,
               (words[k].end..<words[k + 1].start).contains(where: { [".", "!", "?", "\n"].contains(text.scalars[$0]) }) {
                return false
            }
            let word = text.slice(words[k]).lowercased()
            if DateWords.future.contains(word) || word.hasSuffix("’ll") || word.hasSuffix("'ll") { return true }
            k -= 1
        }
        return false
    }

    /// The earliest `weekday` on or after `date`.
    private func earliest(_ weekday: Int, onOrAfter date: NewsDate) -> NewsDate {
        date.adding(days: (weekday - date.weekday + 7) % 7)
    }

    /// The earliest `weekday` after `date`.
    private func earliest(_ weekday: Int, after date: NewsDate) -> NewsDate {
        let ahead = (weekday - date.weekday + 7) % 7
        return date.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// `date` moved by `times` units; months keep the day of the month where the month has it.
    private func shift(_ date: NewsDate, by unit: DateWords.Unit, times: Int) -> NewsDate {
        switch unit {
        case .days(let days):
            return date.adding(days: days * times)
        case .months(let months):
            let total = date.year * 12 + (date.month - 1) + months * times
            let year = total / 12, month = total % 12 + 1
            let day = min(date.day, NewsDate.daysIn(month: month, year: year))
            return NewsDate(year: year, month: month, day: day) ?? date
        }
    }

    private func mention(_ first: Int, _ next: Int, _ words: [Word], _ text: ScalarText,
                         _ date: NewsDate) -> DateMention {
        let span = TextSpan(start: words[first].start, end: words[next - 1].end)
        return DateMention(text: text.slice(span), span: span, date: date, isRelative: true)
    }
}
