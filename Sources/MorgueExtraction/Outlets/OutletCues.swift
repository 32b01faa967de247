/// The words around a name that show a story citing it as a source: "according to X", "per X",
/// "X reports", "X is reporting", "told X", "an X reporter".
enum OutletCues {
    /// Last words of outlet names: a capitalised name ending in one of them and cited as a source is
    /// taken for an outlet even when the catalog lacks it.
    static let outletEndings: WordSet = [
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Press", "Radio", "TV", "Television",
        "Gazette", "Daily", "Magazine", "Chronicle", "Observer", "Telegraph", "Courier", "Examiner",
        "Inquirer", "Dispatch", "Register", "Bulletin", "Today", "Network", "Broadcasting", "Wire", "Report",
        "Record", "Sentinel", "Enquirer", "Monitor", "Reporter", "Star", "Globe", "Mail", "Express",
        "Review", "Weekly", "Agency", "Channel", "Media", "Online", "Insider", "Beacon", "Leader", "Advocate",
        "Democrat", "Republican", "Constitution", "Statesman", "Citizen", "Ledger",
    ]

    /// Verbs and nouns after a name that cite it: "Reuters reports", "an AP reporter".
    static let after: WordSet = [
        "reports", "reported", "reporting", "report", "reporter", "reporters", "correspondent", "wrote",
        "writes", "revealed", "confirmed", "published", "broke", "learned", "obtained", "cited", "quoted",
        "first", "has", "had", "was", "is", "also", "previously",
        "earlier", "story", "article", "investigation", "analysis", "poll", "interview", "editorial",
    ]

    /// Words before a name that cite it: "according to", "per", "told", "More from", "via".
    static let before: WordSet = ["per", "Per", "told", "via", "Via", "from", "From", "with", "by", "on"]

    /// Whether the words from `start` up to `end` (exclusive) are cited as a source by the words around.
    static func isCited(from start: Int, to end: Int, words: [Word], text: ScalarText) -> Bool {
        var first = start
        if first > 0, text.slice(words[first - 1]) == "the" { first -= 1 }
        if end < words.count {
            let next = text.slice(words[end])
            if after.contains(next) {
                // "Time is reporting", "The Hill has reported": the verb must follow.
                if ["has", "had", "was", "is", "also", "first", "previously", "earlier"].contains(next) {
                    guard end + 1 < words.count else { return false }
                    return after.contains(text.slice(words[end + 1]))
                        && text.slice(words[end + 1]).hasPrefix("report")
                        || ["reported", "reporting", "revealed", "confirmed", "published"]
                            .contains(text.slice(words[end + 1]))
                }
                return true
            }
        }
        guard first > 0 else { return false }
        let previous = text.slice(words[first - 1])
        if before.contains(previous) {
            // "from", "with", "by" and "on" need a noun of reporting before them ("More from CNN",
            // "an interview with Time", "a report by Reuters").
            if ["per", "Per", "told", "via", "Via"].contains(previous) { return true }
            guard first > 1 else { return false }
            let earlier = text.slice(words[first - 2])
            return ["More", "more", "interview", "report", "reporting", "story", "article", "reports"].contains(earlier)
        }
        if previous == "to", first > 1, text.slice(words[first - 2]).lowercased() == "according" { return true }
        return false
    }
}
