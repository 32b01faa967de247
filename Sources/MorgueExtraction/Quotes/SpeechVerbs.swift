/// The verbs news stories use to report speech, writing and thought ("said", "tweeted", "warned").
enum SpeechVerbs {
    /// Every inflection is listed so that a look-up is one hash, with no stemming.
    static let verbs: WordSet = {
        let stems: [[String]] = [
            ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"],
            ["add", "adds", "added", "adding"], ["ask", "asks", "asked", "asking"],
            ["write", "writes", "wrote", "writing"], ["tweet", "tweets", "tweeted", "tweeting"],
            ["post", "posts", "posted"], ["explain", "explains", "explained", "explaining"],
            ["note", "notes", "noted", "noting"], ["state", "states", "stated", "stating"],
            ["declare", "declares", "declared", "declaring"], ["announce", "announces", "announced", "announcing"],
            ["insist", "insists", "insisted", "insisting"], ["argue", "argues", "argued", "arguing"],
            ["claim", "claims", "claimed", "claiming"], ["warn", "warns", "warned", "warning"],
            ["continue", "continues", "continued", "continuing"], ["recall", "recalls", "recalled", "recalling"],
            ["reply", "replies", "replied", "replying"], ["respond", "responds", "responded", "responding"],
            ["answer", "answers", "answered", "answering"], ["remark", "remarks", "remarked", "remarking"],
            ["observe", "observes", "observed", "observing"], ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
            ["admit", "admits", "admitted", "admitting"], ["concede", "concedes", "conceded", "conceding"],
            ["conclude", "concludes", "concluded", "concluding"], ["joke", "jokes", "joked", "joking"],
            ["quip", "quips", "quipped", "quipping"], ["shout", "shouts", "shouted", "shouting"],
            ["yell", "yells", "yelled", "yelling"], ["exclaim", "exclaims", "exclaimed", "exclaiming"],
            ["suggest", "suggests", "suggested", "suggesting"], ["predict", "predicts", "predicted", "predicting"],
            ["promise", "promises", "promised", "promising"], ["vow", "vows", "vowed", "vowing"],
            ["pledge", "pledges", "pledged", "pledging"], ["urge", "urges", "urged", "urging"],
            ["counter", "counters", "countered", "countering"], ["retort", "retorts", "retorted"],
            ["complain", "complains", "complained", "complaining"], ["lament", "laments", "lamented", "lamenting"],
            ["boast", "boasts", "boasted", "boasting"], ["brag", "brags", "bragged", "bragging"],
            ["muse", "muses", "mused", "musing"], ["wonder", "wonders", "wondered", "wondering"],
            ["emphasize", "emphasizes", "emphasized", "emphasizing"], ["stress", "stresses", "stressed", "stressing"],
            ["reiterate", "reiterates", "reiterated", "reiterating"], ["repeat", "repeats", "repeated", "repeating"],
            ["confirm", "confirms", "confirmed", "confirming"], ["deny", "denies", "denied", "denying"],
            ["testify", "testifies", "testified", "testifying"], ["chant", "chants", "chanted", "chanting"],
            ["whisper", "whispers", "whispered", "whispering"], ["mutter", "mutters", "muttered", "muttering"],
            ["interject", "interjects", "interjected"], ["interrupt", "interrupts", "interrupted"],
            ["opine", "opines", "opined"], ["caution", "cautions", "cautioned", "cautioning"],
            ["charge", "charges", "charged"], ["contend", "contends", "contended", "contending"],
            ["maintain", "maintains", "maintained"], ["assert", "asserts", "asserted", "asserting"],
            ["allege", "alleges", "alleged"], ["comment", "comments", "commented", "commenting"],
            ["report", "reports", "reported"], ["read", "reads"], ["text", "texted"], ["email", "emailed"],
            ["blog", "blogged"], ["scoff", "scoffs", "scoffed"], ["sneer", "sneered"], ["snap", "snapped"],
            ["plead", "pleaded", "pled"], ["beg", "begged"], ["demand", "demands", "demanded", "demanding"],
            ["tout", "touts", "touted", "touting"], ["proclaim", "proclaims", "proclaimed", "proclaiming"],
            ["reason", "reasons", "reasoned"], ["advise", "advised"], ["recount", "recounts", "recounted"],
            ["describe", "describes", "described"], ["summarize", "summarized"], ["elaborate", "elaborated"],
            ["think", "thinks", "thought"], ["believe", "believes", "believed"], ["feel", "feels", "felt"],
            ["hope", "hopes", "hoped"], ["fear", "fears", "feared"], ["know", "knows", "knew"],
            ["agree", "agrees", "agreed"], ["disagree", "disagreed"], ["object", "objected"],
            ["point", "points", "pointed"], ["fire", "fired"], ["shoot", "shot"], ["go", "went"],
            ["pronounce", "pronounced"], ["write-in"], ["tease", "teased"], ["sigh", "sighed"],
            ["laugh", "laughed"], ["cry", "cried"], ["scream", "screamed"], ["roar", "roared"],
            ["thunder", "thundered"], ["grumble", "grumbled"], ["huff", "huffed"], ["gush", "gushed"],
            ["rave", "raved"], ["rant", "ranted"], ["preach", "preached"], ["pray", "prayed"],
            ["begin", "began"], ["start", "started"], ["finish", "finished"], ["close", "closed"],
            ["issue", "issued"], ["release", "released"], ["publish", "published"], ["share", "shared"],
            ["tell", "tells"], ["inform", "informed"], ["assure", "assured"], ["reassure", "reassured"],
            ["concur", "concurred"], ["clarify", "clarified"], ["correct", "corrected"], ["add", "added"],
            ["mention", "mentioned"], ["highlight", "highlighted"], ["underscore", "underscored"],
            ["predict", "predicted"], ["estimate", "estimated"], ["guess", "guessed"], ["speculate", "speculated"],
            ["accuse", "accused"], ["criticize", "criticized"], ["blast", "blasted"], ["slam", "slammed"],
            ["mock", "mocked"], ["praise", "praised"], ["thank", "thanked"], ["bark", "barks", "barked"],
            ["beam", "beamed"], ["echo", "echoed", "echoing"], ["gripe", "griped"], ["fume", "fumed"],
            ["marvel", "marveled"], ["chime", "chimed"], ["interjecting"],
            ["react", "reacts", "reacted"],
        ]
        return WordSet(stems.joined(), list: .speechVerbs)
    }()

    /// Verbs that report only when they come right next to the quote or the speaker ("went on", "fired back",
    /// "called it"): alone they are too common to mark an attribution.
    static let weak = WordSet([
        "point", "points", "pointed", "fire", "fired", "shoot", "shot", "go", "went", "begin", "began", "start",
        "started", "finish", "finished", "close", "closed", "issue", "issued", "release", "released", "publish",
        "published", "share", "shared", "call", "called", "know", "knows", "knew", "feel", "feels", "felt",
        "hope", "hopes", "hoped", "fear", "fears", "feared", "read", "reads", "report", "reports", "reported",
        "post", "posts", "posted", "state", "states", "charge", "charges", "charged", "object", "objected",
        "accuse", "accused", "criticize", "criticized", "blast", "blasted", "slam", "slammed", "mock", "mocked",
        "praise", "praised", "thank", "thanked", "describe", "describes", "described", "agree", "agrees",
        "agreed", "laugh", "laughed", "cry", "cried", "think", "thinks", "thought", "believe", "believes",
        "believed", "estimate", "estimated", "guess", "guessed", "mention", "mentioned", "highlight",
        "highlighted", "underscore", "underscored", "inform", "informed", "correct", "corrected", "maintain",
        "maintains", "maintained", "close", "text", "email", "blog", "sigh", "sighed", "roar", "roared",
    ], list: .weakSpeechVerbs)

    /// Words that may stand between a speaker and the verb without breaking the attribution
    /// ("Trump later tweeted", "she has repeatedly said", "he would often say").
    static let between = WordSet([
        "later", "also", "then", "once", "previously", "recently", "again", "has", "had", "have", "was", "is",
        "were", "are", "would", "will", "could", "might", "may", "did", "does", "do", "simply", "only", "further",
        "quickly", "flatly", "earlier", "repeatedly", "often", "famously", "reportedly", "never", "not", "since",
        "just", "already", "still", "first", "last", "finally", "frequently", "publicly", "privately",
        "as", "who", "has been", "been", "being", "even", "loudly", "softly", "angrily", "bluntly", "succinctly",
        "candidly", "tersely", "simply", "cheerfully", "proudly", "sometimes", "always", "ever", "to", "should",
    ], list: .wordsBetweenSpeakerAndVerb)
}
