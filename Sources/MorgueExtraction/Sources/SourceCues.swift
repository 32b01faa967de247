/// The words that credit a claim to a source: "reports", "is reporting", "said in a statement".
enum SourceCues {
    /// Verbs that credit an outlet with a claim.
    static let verbs: Set<String> = [
        "reports", "reported", "reporting", "report", "said", "says", "wrote", "writes", "revealed", "reveals",
        "confirmed", "confirms", "learned", "announced", "announces", "stated", "claimed", "claims",
        "noted", "notes", "added", "estimated", "estimates", "tweeted", "published", "quoted", "cited",
    ]

    /// The verbs that credit a body (a ministry, "Iraqi officials"): said, announced, confirmed…
    static let bodyVerbs: Set<String> = [
        "said", "says", "stated", "announced", "announces", "confirmed", "confirms", "claimed", "claims",
        "reported", "reports", "noted", "added", "estimated", "estimates", "tweeted", "revealed",
    ]

    /// Words that may stand between a source and its verb: "is reporting", "has also reported".
    static let auxiliaries: Set<String> = ["is", "was", "has", "had", "have", "are", "were", "also", "first",
                                           "now", "later", "earlier", "previously", "separately", "then"]

    /// Words between the verb and the claim: "said in a statement that", "reported on Tuesday that".
    static let skippable: Set<String> = ["in", "a", "an", "the", "statement", "on", "Monday", "Tuesday",
                                         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "late",
                                         "early", "earlier", "today", "tonight", "yesterday", "also", "this",
                                         "morning", "afternoon", "evening"]
}
