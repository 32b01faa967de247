/// Which personal pronoun a named person takes, when the name or title tells: "Mrs. Clinton", "Hillary",
/// "Mr. Trump", "Bernie". Used only to skip an antecedent that cannot fit ("she" never refers to
/// "Bernie Sanders"); an unknown name fits either pronoun.
enum PronounGender: Sendable {
    case he, she, unknown

    static func of(name: String, role: String?) -> PronounGender {
        if let role {
            let words = role.lowercased().split(separator: " ")
            // Only words a newsroom never uses for the other sex: "spokesman" and "chairman" are used for women.
            if words.contains(where: { ["mr.", "mr", "sir", "king", "prince", "father", "lord", "brother", "son",
                                        "husband"].contains($0) }) {
                return .he
            }
            if words.contains(where: { ["mrs.", "mrs", "ms.", "ms", "lady", "dame", "queen", "princess", "mother",
                                        "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "sister",
                                        "daughter", "wife"].contains($0) }) {
                return .she
            }
        }
        guard let first = name.split(separator: " ").first.map({ $0.lowercased() }) else { return .unknown }
        if masculine.contains(first) { return .he }
        if feminine.contains(first) { return .she }
        return .unknown
    }

    /// Whether a pronoun can refer to a person of this gender.
    func fits(_ pronoun: String) -> Bool {
        switch (self, pronoun) {
        case (.he, "she"), (.she, "he"): return false
        default: return true
        }
    }

    private static let masculine: Set<String> = [
        "donald", "bernie", "bernard", "ted", "marco", "john", "jeb", "ben", "chris", "mike", "michael", "barack",
        "bill", "william", "joe", "joseph", "paul", "mitch", "rand", "jim", "james", "tim", "timothy", "tom",
        "thomas", "bob", "robert", "david", "richard", "charles", "mark", "steven", "steve", "stephen", "george",
        "kevin", "brian", "jeff", "jeffrey", "scott", "eric", "gary", "rick", "lindsey", "newt", "rudy", "harry",
        "reince", "corey", "jason", "josh", "joshua", "kenneth", "ken", "peter", "andrew", "matt", "matthew",
        "ryan", "dan", "daniel", "frank", "larry", "jerry", "al", "alan", "sean", "jake", "jonathan", "howard",
        "ron", "ronald", "sam", "samuel", "fred", "martin", "roger", "henry", "jack", "adam", "greg", "gregory",
        "patrick", "anthony", "nick", "nicholas", "edward", "ed", "doug", "douglas", "keith", "carl", "karl",
        "trey", "orrin", "chuck", "marty", "vladimir", "xi", "benjamin", "bibi", "justin", "boris", "francois",
        "emmanuel", "recep", "hassan", "ali", "mohammed", "muhammad", "ahmed", "omar", "abdul", "juan", "jose",
        "carlos", "luis", "jorge", "pedro", "miguel", "tony", "bruce", "dennis", "walter", "arthur", "harold",
        "gerald", "raymond", "wayne", "roy", "ralph", "eugene", "randy", "russell", "phil", "philip", "willie",
        "billy", "bobby", "johnny", "jimmy", "tommy", "danny", "terry", "craig", "todd", "brad", "bradley",
        "kyle", "aaron", "nathan", "zach", "tyler", "dylan", "ethan", "jeremy", "evan", "ian", "colin", "neil",
        "stuart", "glenn", "dean", "lou", "louis", "elijah", "jared", "eliot", "elliott", "reid", "harry", "mitt",
        "rex", "jeh", "ash", "ashton", "rahm", "deval", "cory", "bernie", "martin", "mario", "andy", "vince",
    ]

    private static let feminine: Set<String> = [
        "hillary", "melania", "ivanka", "nancy", "elizabeth", "michelle", "sarah", "carly", "debbie", "donna",
        "huma", "kellyanne", "megyn", "hope", "jennifer", "mary", "patricia", "linda", "barbara", "susan",
        "jessica", "karen", "lisa", "betsy", "laura", "maria", "ann", "anne", "katie", "kate", "katherine",
        "kathleen", "emily", "rachel", "amy", "julie", "julia", "sandy", "heather", "rebecca", "kelly", "lauren",
        "nikki", "sheryl", "diane", "dianne", "cindy", "chelsea", "madeleine", "loretta", "kamala", "tammy",
        "claire", "maxine", "nina", "elena", "angela", "theresa", "marine", "jill", "janet", "margaret", "helen",
        "ruth", "joan", "samantha", "stephanie", "michele", "valerie", "tulsi", "gloria", "judy", "sharon",
        "deborah", "cheryl", "kathy", "christine", "abigail", "alice", "erin", "andrea", "wendy", "sally", "jane",
        "paula", "ellen", "liz", "beth", "marsha", "martha", "carolyn", "caroline", "catherine", "virginia",
        "dorothy", "frances", "joyce", "evelyn", "teresa", "grace", "rose", "jean", "shirley", "anna", "brenda",
        "pamela", "nicole", "christina", "kimberly", "melissa", "amanda", "ashley", "megan", "hannah", "olivia",
        "sophia", "isabella", "natalie", "victoria", "alexandra", "allison", "brittany", "danielle", "tiffany",
        "kristen", "jenna", "jen", "meg", "peggy", "condoleezza", "condi", "hilary", "theresa", "marie", "nora",
        "susana", "jeanne", "jeanine", "dana", "monica", "vanessa", "veronica", "ruby", "kirsten", "patty",
        "mazie", "heidi", "debra", "jacky", "shelley", "cathy", "michaela", "rosa", "ilhan", "mia", "zoe",
    ]
}
