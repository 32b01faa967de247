/// The words that credit a claim to a source: "reports", "is reporting", "said in a statement".
enum SourceCues {
    /// Verbs that credit an outlet with a claim.
    static let verbs: WordSet = [
        "reports", "reported", "reporting", "report", "said", "says", "wrote", "writes", "revealed", "reveals",
        "confirmed", "confirms", "learned", "announced", "announces", "stated", "claimed", "claims",
        "noted", "notes", "added", "estimated", "estimates", "tweeted", "published", "quoted", "cited",
    ]

    /// The verbs that credit a body (a ministry, "Iraqi officials"): said, announced, confirmed…
    static let bodyVerbs: WordSet = [
        "said", "says", "stated", "announced", "announces", "confirmed", "confirms", "claimed", "claims",
        "reported", "reports", "noted", "added", "estimated", "estimates", "tweeted", "revealed",
    ]

    /// Nouns for the person who speaks for a source, between it and the verb: "an AP reporter reports".
    static let roleNouns: WordSet = ["reporter", "reporters", "correspondent", "correspondents", "spokesperson",
                                         "spokesman", "spokeswoman", "official", "officials", "statement", "editor",
                                         "source", "sources", "journalist", "journalists", "analysis", "report"]

    /// Every cue word, for a quick "certainly not".
    static let filter = WordFilter(firstWordsOf: verbs.union(["according", "According", "per", "Per", "from"]), folding: .exact,
                                   bitCount: 1 << 14)

    /// Words that may stand between a source and its verb: "is reporting", "has also reported".
    static let auxiliaries: WordSet = ["is", "was", "has", "had", "have", "are", "were", "also", "first",
                                           "now", "later", "earlier", "previously", "separately", "then"]

    /// The number of words of a phrase between the verb and the claim at word `m` ("in a statement",
    /// "on Tuesday", "this morning", "also"), or `nil` when the claim starts there.
    static func skippedPhrase(at m: Int, strings: WordTexts) -> Int? {
        let word = strings[m]
        let next = m + 1 < strings.count ? strings[m + 1] : ""
        let third = m + 2 < strings.count ? strings[m + 2] : ""
        if word == "in", ["a", "an", "its", "their"].contains(next), settings.contains(third) { return 3 }
        if word == "on", DateWords.weekdays[next] != nil { return 2 }
        if word == "this" || word == "late" || word == "early", DateWords.partsOfDay.contains(next) { return 2 }
        if ["also", "earlier", "today", "tonight", "yesterday", "separately"].contains(word) { return 1 }
        return nil
    }

    /// Where a body or outlet says things: "in a statement", "in an interview".
    private static let settings: WordSet = ["statement", "interview", "report", "tweet", "post", "release",
                                                "briefing", "email", "memo", "letter", "filing"]
}
