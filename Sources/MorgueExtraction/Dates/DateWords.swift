/// Words the date finder reads: weekdays, numbers written out, units of time.
enum DateWords {
    /// Weekday names and abbreviations, 0 = Sunday (as `NewsDate.weekday`).
    static let weekdays: [String: Int] = [
        "Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
        "Sun.": 0, "Mon.": 1, "Tue.": 2, "Tues.": 2, "Wed.": 3, "Thu.": 4, "Thurs.": 4, "Fri.": 5, "Sat.": 6,
    ]

    /// Month names and abbreviations as written in running text.
    static let months: [String: Int] = {
        var months: [String: Int] = ["Sept": 9]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            months[String(name.prefix(3))] = index + 1
        }
        return months
    }()

    /// Every word that can start a date other than a number: months, weekdays, "last", "yesterday"…
    static let starts: WordSet = {
        var starts = Set(months.keys).union(weekdays.keys).union(dayWords.keys).union(numbers.keys)
        starts.formUnion(["last", "next", "this", "Last", "Next", "This", "A", "An", "One", "Two", "Three"])
        return WordSet(starts)
    }()

    /// Every word a date can hold other than numbers, as a quick filter.
    static let startFilter = WordFilter(
        firstWordsOf: starts.union(units.keys).union(partsOfDay).union(["ago"]), folding: .exact, bitCount: 1 << 14)

    /// Small numbers as newsrooms write them: "two days ago", "a week ago".
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
    ]

    /// A unit of time in days, or months as negative numbers.
    enum Unit { case days(Int), months(Int) }

    static let units: [String: Unit] = [
        "day": .days(1), "days": .days(1), "week": .days(7), "weeks": .days(7),
        "month": .months(1), "months": .months(1), "year": .months(12), "years": .months(12),
    ]

    /// Words naming the article's own day, or the day before or after it.
    static let dayWords: [String: Int] = [
        "today": 0, "Today": 0, "tonight": 0, "Tonight": 0, "yesterday": -1, "Yesterday": -1,
        "tomorrow": 1, "Tomorrow": 1,
    ]

    /// Words that put a sentence in the future: "will vote on Tuesday".
    static let future: WordSet = ["will", "shall", "scheduled", "plans", "upcoming", "slated", "ahead"]

    /// "this morning", "this afternoon": the article's own day.
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]
}
