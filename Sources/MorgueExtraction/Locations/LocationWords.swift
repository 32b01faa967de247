/// Small curated word lists the location finder needs to tell places from other capitalised words.
enum LocationWords {
    /// Months, weekdays and a few words for people: "March", "May", "Sunday" and "Latina" are never
    /// places in a story.
    static let neverPlaces: WordSet = [
        "Latina", "Latino", "Latinas", "Latinos",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// Capitalised words that may stand before a place without making it part of a person's name:
    /// "The Hague", "In Baghdad", "Northern Iraq", "Downtown Chicago".
    static let leading: WordSet = [
        "The", "A", "An", "In", "On", "At", "Of", "For", "From", "To", "With", "By", "And", "But", "Or", "As",
        "If", "When", "While", "After", "Before", "Since", "During", "This", "That", "These", "Those", "His",
        "Her", "Their", "Its", "Our", "Some", "Many", "Most", "All", "Both", "Even", "Only", "Meanwhile",
        "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West",
        "Northeast", "Northwest", "Southeast", "Southwest", "Greater", "Downtown", "Rural", "Upstate",
        "Outside", "Inside", "Near", "Across", "Throughout", "Like", "Unlike", "Under", "Over", "Between",
        "Within", "Into", "Via", "Than", "Then", "Now", "Also", "Yet", "So", "Today", "Yesterday", "Tonight",
        "Breaking", "Update", "Updated", "Pro", "Anti", "Post", "Pre", "Where", "Why", "How", "What",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Visit", "Visiting", "Leave", "Leaving", "Reporting", "Dateline",
    ]

    /// Verbs that make the capitalised word before them a speaker: "Jackson said".
    static let personVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "tweeted", "wrote", "asked", "argued", "claimed", "insisted",
        "noted", "explained", "stated", "testified", "replied", "responded", "warned", "urged", "acknowledged",
        "admitted", "conceded", "recalled", "who", "himself", "herself",
    ]

    /// Words that point at a place: "in Reading", "from Split".
    static let locative: WordSet = [
        "in", "from", "to", "near", "outside", "at", "around", "across", "into", "toward", "towards",
        "through", "via", "visit", "visited", "visiting", "In", "From", "Near", "Outside", "At",
    ]

    /// The first words of demonyms and everyday country names, for a quick "certainly not".
    static let demonymFilter = WordFilter(firstWordsOf: CountryNames.demonyms.keys, folding: .exact, bitCount: 1 << 14)

    /// Demonyms and everyday country names ("Iraqi", "U.S."), for a quick "certainly not".
    static let nationFilter = WordFilter(firstWordsOf: Array(CountryNames.demonyms.keys) + CountryNames.aliases.keys,
                                         folding: .exact, bitCount: 1 << 14)

    /// First words of demonyms of two words: "North Korean", "Sri Lankan".
    static let demonymStarts: [String: Int] = {
        var starts: [String: Int] = [:]
        for name in CountryNames.demonyms.keys {
            let words = name.split(separator: " ")
            if words.count > 1 { starts[String(words[0])] = words.count }
        }
        return starts
    }()
}
