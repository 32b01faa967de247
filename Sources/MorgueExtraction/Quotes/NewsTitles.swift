/// The titles, roles and small words that stand around a name in news copy.
enum NewsTitles {
    /// Titles and roles that may precede a name ("Defense Secretary Mark Esper", "Sen. Warren",
    /// "campaign spokesman Brian Fallon"). Compared in lower case.
    static let titleWords = WordSet([
        "mr.", "mrs.", "ms.", "dr.", "sen.", "senator", "rep.", "representative", "gov.", "governor", "gen.",
        "general", "rev.", "reverend", "lt.", "col.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "prof.",
        "professor", "president", "vice", "secretary", "minister", "prime", "chancellor", "mayor", "judge",
        "justice", "chief", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
        "spokesperson", "speaker", "leader", "attorney", "ambassador", "commissioner", "sheriff", "officer",
        "executive", "ceo", "founder", "cofounder", "co-founder", "manager", "strategist", "adviser", "advisor",
        "aide", "pollster", "analyst", "consultant", "chaplain", "pastor", "bishop", "pope", "king", "queen",
        "prince", "princess", "sir", "lady", "lord", "dame", "councilman", "councilwoman", "councilmember",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "delegate", "candidate", "nominee",
        "host", "anchor", "correspondent", "reporter", "editor", "columnist", "writer", "author", "economist",
        "historian", "scientist", "lawyer", "nurse", "doctor", "coach", "treasurer", "comptroller", "auditor",
        "inspector", "superintendent", "principal", "dean", "provost", "rabbi", "imam", "cardinal", "father",
        "deputy", "assistant", "associate", "senior", "press", "general", "counsel", "solicitor", "whip",
        "majority", "minority", "house", "senate", "former", "then", "acting", "interim", "state", "first",
        "white", "campaign", "national", "republican", "democratic", "gop", "independent", "libertarian",
        "presidential", "vice-presidential", "defense", "foreign", "homeland", "security", "pentagon",
        "staff", "officials", "official", "head", "member", "activist", "organizer", "volunteer", "voter",
        "supporter", "lt. gov.", "lt. gen.", "gen", "sen", "rep", "gov", "mr", "mrs", "ms", "dr",
        "u.s.", "us", "administration", "department", "party", "committee", "attorney-general", "governor-elect",
        "president-elect", "chief-of-staff", "operative", "fundraiser", "donor", "businessman", "businesswoman",
        "billionaire", "entrepreneur", "investor", "professor", "researcher", "expert", "fellow", "director",
    ], list: .titleWords)

    /// Honorifics printed with a period, which are never part of the name ("Mr.", "Sen.").
    static let honorifics = WordSet([
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "rev.", "lt.", "col.", "sgt.", "capt.",
        "cmdr.", "adm.", "maj.", "prof.", "messrs.", "hon.", "pres.", "supt.", "det.", "atty.",
    ], list: .honorifics)

    /// Role nouns that can head a speaker phrase with no name ("a State Department spokesperson said").
    static let roleHeads = WordSet([
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "adviser",
        "advisers", "advisor", "source", "sources", "statement", "release", "campaign", "spokespeople",
        "officer", "senator", "governor", "president", "secretary", "candidate", "nominee", "mayor", "leader",
        "representative", "congressman", "congresswoman", "lawmaker", "lawmakers", "staffer", "staffers",
        "strategist", "strategists", "operative", "pollster", "analyst", "analysts", "expert", "experts",
        "voter", "voters", "supporter", "supporters", "protester", "protesters", "militant", "militiaman",
        "resident", "residents", "witness", "witnesses", "woman", "man", "person", "people", "student",
        "students", "teacher", "worker", "workers", "activist", "activists", "organizer", "volunteer",
        "attendee", "member", "members", "donor", "donors", "delegate", "delegates", "lawyer", "attorney",
        "attorneys", "judge", "report", "letter", "memo", "filing", "email", "e-mail", "tweet", "post",
        "post", "ad", "website", "group", "committee", "department", "agency", "company", "administration",
        "party", "moderator", "host", "anchor", "reporter", "reporters", "interviewer", "senators",
        "republicans", "democrats", "republican", "democrat", "conservative", "conservatives", "liberal",
        "liberals", "veteran", "veterans", "officer", "officers", "agent", "agents", "employee", "employees",
        "designer", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
        "nephew", "niece", "uncle", "aunt", "chairman", "chairwoman", "director", "executive", "founder",
        "manager", "chief", "economist", "historian", "professor", "researcher", "scientist", "critic",
        "critics", "observer", "observers", "insider", "insiders", "consultant", "consultants", "fundraiser",
        "businessman", "official", "owner", "doctor", "nurse", "pastor", "priest", "minister", "veteran",
        "deputy", "colleague", "colleagues", "friends", "neighbor", "neighbors", "fan", "fans", "clerk",
        "chair", "commissioner", "ambassador", "diplomat", "diplomats", "general", "soldier", "soldiers",
        "speaker", "billionaire", "rival", "rivals", "opponent", "opponents", "legislator", "legislators",
        "counsel", "prosecutor", "prosecutors", "investigator", "investigators", "ruling", "opinion", "sign",
        "signs", "banner", "poll", "survey", "study", "book", "article", "editorial", "headline", "caption",
    ], list: .roleHeads)

    /// Personal pronouns that can stand as a speaker, resolved to the person they refer to.
    static let pronouns = WordSet(["he", "she", "they", "i", "we", "it", "you"], list: .pronouns)

    /// Words that open a noun phrase; kept in `speakerMention`, dropped from a role string.
    static let determiners = WordSet([
        "the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "two", "three", "several",
        "some", "many", "other", "both", "each", "this", "that", "these", "those", "most", "few", "no", "my",
    ], list: .determiners)

    /// Words that may join the parts of a name ("Charles de Gaulle", "Osama bin Laden").
    static let nameParticles = WordSet(["de", "van", "von", "bin", "al", "el", "da", "der", "la", "le", "del", "di", "du", "ibn", "st."], list: .nameParticles)

    /// Name suffixes ("Jr.", "III") that stay with a name.
    static let suffixes = WordSet(["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"], list: .nameSuffixes)

    /// Capitalised words that start sentences and are never names ("But", "The").
    static let capitalisedFunctionWords = WordSet([
        "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "for",
        "with", "after", "before", "since", "because", "although", "though", "this", "that", "these", "those",
        "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here",
        "then", "now", "still", "also", "asked", "said", "says", "told", "according", "meanwhile", "however",
        "yes", "no", "not", "what", "who", "why", "how", "where", "which", "one", "another", "some", "many",
        "all", "both", "each", "every", "other", "during", "from", "to", "of", "by", "about", "like", "over",
        "under", "until", "unlike", "despite", "instead", "even", "just", "only", "last", "next", "first",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "later", "earlier", "today", "tonight", "yesterday", "tomorrow", "speaking", "writing", "asked",
        "nevertheless", "neither", "nor", "indeed", "moreover", "furthermore", "besides", "thus", "hence",
        "perhaps", "maybe", "sometimes", "finally", "again", "well", "oh", "please", "thanks", "playing",
        "whether", "whatever", "whoever", "although", "otherwise", "overall", "similarly", "likewise", "asked",
        "told", "added", "noting", "calling", "saying", "following", "among", "within", "without", "against",
        "toward", "towards", "upon", "amid", "across", "behind", "beyond", "near", "outside", "inside", "per", "via",
        // Auxiliaries that open a question: "Does Rubio…", "Can Clinton…".
        "does", "do", "did", "is", "was", "are", "were", "can", "could", "will", "would", "should", "has",
        "have", "had", "must", "might", "shall", "wo", "cannot",
    ], list: .capitalisedFunctionWords)
}
