/// Tells organisations from people by the words in their names ("State Department", "Reuters").
enum ActorKindRules {
    static let organizationWords: WordSet = [
        "department", "committee", "party", "campaign", "university", "college", "foundation", "institute",
        "times", "post", "news", "journal", "press", "network", "inc.", "corp.", "co.", "llc", "association",
        "council", "agency", "bureau", "senate", "house", "congress", "court", "office", "center", "centre",
        "administration", "group", "ministry", "army", "navy", "embassy", "union", "commission", "board",
        "company", "bank", "fund", "reuters", "cnn", "msnbc", "fox", "nbc", "abc", "cbs", "npr", "bbc", "ap",
        "fbi", "cia", "nsa", "gop", "dnc", "rnc", "pentagon", "police", "coalition", "caucus", "organization",
        "alliance", "federation", "society", "club", "church", "service", "services", "force", "forces",
        "guard", "corps", "movement", "hezbollah", "tribune", "herald", "gazette", "magazine", "channel",
        "politico", "breitbart", "twitter", "facebook", "google", "state", "states", "nations", "republicans",
        "democrats", "project", "initiative", "pac", "media", "studios", "airlines", "motors", "systems",
    ]

    static func kind(of words: [String]) -> ActorKind {
        for word in words where organizationWords.contains(word.lowercased()) { return .organization }
        if words.count == 1, let word = words.first, word.count > 1,
           word.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." }) {
            return .organization
        }
        return .person
    }
}
