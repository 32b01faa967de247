/// First names that tell a person's pronoun: a hand-checked list of names common in the news, and the
/// longer lists `Scripts/fetch-first-names` generates (`FirstNames+Data.swift`). A name in neither, or in
/// both generated lists, tells nothing.
enum FirstNames {
    /// The pronoun a first name (lower case) takes, or `.unknown`. A word standing `alone` may be a surname
    /// ("Clinton", "Wesley"): only the hand-checked names tell then.
    static func gender(of first: String, alone: Bool = false) -> PronounGender {
        guard let known = table[first] else { return .unknown }
        return alone && !known.curated ? .unknown : known.gender
    }

    /// Every name with its pronoun, in one table so that a word costs one look-up: the hand-checked names
    /// over the generated ones.
    private static let table: [String: (gender: PronounGender, curated: Bool)] = {
        var table: [String: (gender: PronounGender, curated: Bool)] = [:]
        for name in generatedFeminine { table[name] = (.she, false) }
        for name in generatedMasculine { table[name] = (.he, false) }
        for name in curatedFeminine { table[name] = (.she, true) }
        for name in curatedMasculine { table[name] = (.he, true) }
        return table
    }()

    /// Names a newsroom meets often, checked by hand: they win over the generated lists.
    private static let curatedMasculine: Set<String> = [
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

    private static let curatedFeminine: Set<String> = [
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
