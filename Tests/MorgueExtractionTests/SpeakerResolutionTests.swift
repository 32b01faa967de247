import Testing
@testable import MorgueExtraction

/// Speakers named only by a pronoun, a role, a participle or a line of their own.
struct SpeakerResolutionTests {
    private func speakers(_ body: String) -> [String?] {
        QuoteFinder().quotes(in: ScalarText(body), excluding: []).map(\.speaker)
    }

    @Test(arguments: [
        // A pronoun skips a named source it cannot refer to.
        ("Hillary Clinton met Bernie Sanders, who said the race was close.\n\n“We will win,” she said.",
         "Hillary Clinton"),
        // A participle speaks for the verb before it.
        ("Mateen left early, Nefzi said, adding, “He was not very religious.”", "Nefzi"),
        // A participle after a statement speaks for the sentence's subject.
        ("Defense Secretary Mark Esper issued a statement saying, “We are sending more forces.”", "Mark Esper"),
        // A colon after a clause credits its subject.
        ("Ted Cruz waited. When the moderators turned snide — Cruz called them on it:\n\n“The questions illustrate the problem here.”",
         "Cruz"),
        // A line of its own under the quote.
        ("“Boeing and GE pay zero taxes, and everyone knows it.”\n\n- Sanders.\n\nThat claim is disputed.", "Sanders"),
        // An indefinite role stays a role.
        ("A State Department spokesperson said “U.S. personnel are secure.”", "State Department spokesperson"),
        // A bare title refers back to the last named source.
        ("Donald Trump spoke in Ohio on Monday.\n\n“We will win big,” the candidate said.", "Donald Trump"),
        // A long aside between the name and the verb.
        ("“Very good reporter,” Trump, the GOP front-runner and polling leader in South Carolina, said.", "Trump"),
        // The person before "of", not the state after it.
        ("“There is no place for it,” former Gov. Jeb Bush of Florida said.", "Jeb Bush"),
        // A reporting word after a possessive is a noun, and its owner no source.
        ("Mr. Scott, who called Mr. Trump's comments “toxic,” spoke later.\n\n“He will be loud,” he said.", "Scott"),
        // A bare role that stands for a person passes that person on to a pronoun.
        ("Donald Trump spoke.\n\n“There should be systems,” the businessman replied.\n\n“I would do it,” he added.",
         "Donald Trump"),
        // An auxiliary opening a question is not part of a name.
        ("Does Rubio oppose it? He urged calm.\n\n“The decision is what it is,” he said.", "Rubio"),
        // A place after a preposition is not the subject a pronoun refers to.
        ("Donald Trump spoke twice.\n\nIn Concord, he waved. “Are you O.K.?” he said.", "Donald Trump"),
        // "then" after a name opens the predicate.
        ("A clip of Donald Trump aired.\n\nTrump then spoke in a clip, saying, “We want a total shutdown.”", "Trump"),
        // One name of a list is not a subject.
        ("Hillary Clinton won in Georgia, Virginia, Arkansas, Alabama and Tennessee.\n\nShe declared “What a night!”",
         "Hillary Clinton"),
        // A place before a phrase of time is no speaker; a count of people is no subject.
        ("Sandy Phillips, who lost a daughter in Aurora, Colorado, in July 2012, said she was hurt.\n\n“He was late,” she said.",
         "Sandy Phillips"),
        ("Marco Rubio spoke at noon. Two Americans were killed.\n\n“We must act,” he said.", "Marco Rubio"),
        // A name after a preposition before a colon is an object, not the speaker.
        ("Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “It is time to quit.”",
         "Mitch McConnell"),
        // A role ends on a noun: "the crowd began" is no speaker, and the clause's subject speaks.
        ("As the crowd began to chant, Silverman was joined on stage and joked, “You are being ridiculous.”",
         "Silverman"),
        // The name right before a participle is its subject.
        ("At a rally in Birmingham, Alabama, supporters shoved a man, with Trump reportedly yelling: “Get him out!”",
         "Trump"),
        // "he" refers to a person: a place opening the clause in between is passed over.
        ("Attorney General Tom Reed filed a brief on Monday.\n\nGeorgia did what other states do, he told the court.\n\n“The law is clear,” he wrote.",
         "Tom Reed"),
        // The listener of "told" before a colon is not the speaker.
        ("Priebus later told Fox News: “They need to sit down.”", "Priebus"),
        // A name after a preposition before a participle is an object.
        ("Clinton answered the question on Facebook writing, “I will not use that word.”", "Clinton"),
        // A source speaking to an outlet is the speaker, not the outlet.
        ("Another intelligence source speaking to Fox News said, “The case is strong.”", "intelligence source"),
        // The infinitive's speaker is the subject of the verb that governs it.
        ("Mr. Trump was prompted to say, “I cannot believe how civil it is.”", "Trump"),
        // "as X put it:" credits X.
        ("Or, as Tom Ridge, a former secretary, put it: “The barbarians are inside.”", "Tom Ridge"),
        // A name in apposition to a role before the verb.
        ("“The ruling is a disgrace,” the presumptive GOP nominee, Donald Trump, tweeted Sunday.", "Donald Trump"),
        // After a title's "of", "state" is part of the title, not a verb.
        ("“The first line of defense is at home,” said former secretary of state Hillary Clinton, who spoke last.",
         "Hillary Clinton"),
        // An article opens a subject with a long aside.
        ("“Wages may be rising,” the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.",
         "Jared Bernstein"),
        // A longer definite role refers back to the person named with that title; a vice president is not one.
        ("New Jersey Gov. Chris Christie spoke first.\n\n“He went for the easy vote,” the New Jersey governor said.",
         "Chris Christie"),
        ("Vice President Joe Biden spoke first.\n\n“We will win,” the former president said.", "former president"),
        // A party and state after a name: its period does not end the sentence.
        ("“Let me make it perfectly clear,” Senate Majority Leader Mitch McConnell, R-Ky., said.", "Mitch McConnell"),
        // "a Twitter comment" is a noun: the sentence's subject speaks.
        ("Hillary Clinton posted a Twitter comment of her own, saying, “So proud of her.”", "Hillary Clinton"),
        ("“We may be on the brink,” Oliver barked.", "Oliver"),
        // An aside with an ampersand before the verb.
        ("“The law will not come back,” Isaac Boltansky, an analyst at Compass Point Research & Trading, wrote in a note.",
         "Isaac Boltansky"),
        // A surname after a known first name and a middle initial makes a lone surname a person's.
        ("The lawyer, Thomas Coan, argued at length, and in a ruling that Michael W. Mosman wrote, the court disagreed."
            + "\n\nMosman saw it differently: “He was not joking,” he said.", "Mosman"),
        // A subject set off by double hyphens is still the subject.
        ("John Podesta said the party was ready.\n\nRepublican pollster Whit Ayres -- author of a report on the party -- "
            + "is skeptical.\n\n“The better bet is to change the subject,” he said.", "Whit Ayres"),
        // The owner before a possessive is not part of the speaker's name.
        ("“The race is not over yet,” CNN’s Jake Tapper said.", "Jake Tapper"),
        ("“We will stay,” Boston’s Walsh said on Sunday.", "Walsh"),
        // A possessive before an organisation's name keeps it: "Bush’s Facebook" is not Facebook.
        ("“Vote early,” Bush’s Facebook said.", "Bush’s Facebook"),
        // "reacted" reports speech.
        ("Barack Obama spoke on Sunday.\n\n“What sport is he talking about?” reacted Trump.", "Trump"),
        // An article opening a sentence stays with the role: "Another commenter", "One official" are no one named.
        ("Donald Trump spoke on Monday.\n\nAnother commenter said, “We all know how she feels.”", "commenter"),
        ("Mark Esper spoke on Monday.\n\nOne official said, “We are ready.”", "official"),
        // A country is no "she": the pronoun passes over it to the person named before.
        ("Hillary Clinton spoke in Ohio. The United States would not tolerate that, she said.\n\n“It raises serious issues,” she said.",
         "Hillary Clinton"),
        // A first name from the long lists tells "she": the man named after her is passed over.
        ("Later, Kendra Alvarez, a teacher, took the microphone from Tom Reed.\n\n“We need more buses,” she said.",
         "Kendra Alvarez"),
        // A surname alone takes the gender of the first name written before it elsewhere in the story.
        ("Kendra Alvarez arrived with Tom Reed.\n\nAlvarez thanked the crowd, and Reed waved.\n\n“It was a long night,” she said.",
         "Alvarez"),
        // An outlet is no "he".
        ("Tom Reed spoke in Ohio.\n\nThe New York Times asked two of his aides about the bridge.\n\n“It will open in May,” he said.",
         "Tom Reed"),
        // A relative clause's verb speaks for the name it hangs on.
        ("The audit falls to Comptroller Ann Kim, who told the council: “The books will be open to everyone.”",
         "Ann Kim"),
        // A sentence that is only an attribution follows a quote closed by a period.
        ("Mayor Ann Kim spoke.\n\n“The pumps are working again.” Reed said.\n\nThen he left.", "Reed"),
        // After an exclamation, a name with its titles can stand before the verb.
        ("Mayor Ann Kim spoke.\n\n“Vote for me today!” US Senator Tom Reed said as he opened the rally.", "Tom Reed"),
        // A state abbreviated in an aside keeps the sentence going.
        ("“The ferry was always late,” Rosa Lind, 54, a baker in Erie, Pa., said on the dock.",
         "Rosa Lind"),
        // A body is not the last person named; a role that is a subject speaks through a participle.
        ("Mayor Ann Kim spoke.\n\n“The count is final,” the campaign said in a statement.", "campaign"),
        ("Mayor Ann Kim spoke.\n\nHer campaign sent an email to volunteers stating, “The doors open at six.”",
         "campaign"),
        ("Tom Reed left. Even a senior party strategist said Kim had a plan, saying, “She knows the county well.”",
         "senior party strategist"),
        // A titled person "of" a place is a subject a pronoun refers to.
        ("Ann Kim spoke first. Senator Tom Reed of Ohio is running a radio spot in which he says, “Fix the roads first.”",
         "Tom Reed"),
        // A role set before the name between commas: the name is the subject.
        ("Ann Kim left early.\n\nNorway's fisheries minister, Lars Berg, dismissed the quota talk.\n\n“The cod are fine,” he said.",
         "Lars Berg"),
        // "called" and "had written" report words; a weak verb with a particle reaches further; a verb with its
        // own "that" clause before a comma reports other words.
        ("Tom Reed spoke.\n\nThe food critic Dan Frome called the menu “a long apology for the soup.”", "Dan Frome"),
        ("As the columnist Lena Park had written a decade earlier, “The harbour is the town's front door.”", "Lena Park"),
        ("When Reed suggested that the county would sue, Kim fired back sharply: “Let them try, the law is clear,” "
            + "pointing at the map.", "Kim"),
        // After a question, a quote introduced by a comma belongs to its introduction, not to the next sentence.
        ("Ann Kim wrote to Tom Reed.\n\nKim answers Reed with, “Why the delay? Was the bridge not ready?” "
            + "Reed then writes back.", "Kim"),
        // A definite role of generic titles stands for the last person named.
        ("Tom Reed joined the fight, mocking the mayor at a picnic.\n\n“The potholes are older than I am,” the former "
            + "president said.", "Tom Reed"),
        // A common noun between a capitalised modifier and a known first name belongs to the role.
        ("Tom Reed spoke first.\n\nJazz legend Phyllis Shaw, who turns 90 this week, gave the band a blessing."
            + "\n\n“Play it loud,” she wrote.", "Phyllis Shaw"),
        // A definite role alone after a quote closed by a period is still its attribution.
        ("Mayor Ann Kim spoke.\n\n“The stadium deal was a mistake.” the newspaper admitted.", "newspaper"),
        // A possessive right before the marks owns the words.
        ("Drivers are waiting. It is the echo of Reed's “every road fixed by spring” promise.", "Reed"),
        // An organisation's name keeps its "of".
        ("Tom Reed spoke. In reply, the Ohio Board of Health was brief in its letter: "
            + "“The water meets every standard we set.”", "Ohio Board of Health"),
        // A sentence's opening participle or "Given" is not a first name.
        ("Tom Reed spoke on Monday.\n\nGiven Reed's long record, his backing will matter."
            + "\n\n“The bridge comes first,” he told me.", "Tom Reed"),
        // In the passive the speaker follows "by".
        ("Ann Kim spoke. Kim was asked by host Dan Ortiz, who knows her well, “So will you run again or not?”",
         "Dan Ortiz"),
        // Someone introduced by a role alone, at a sentence's start, is whom the next "he" refers to.
        ("Ann Kim spoke first.\n\nA reporter for Radio Erie called it a mess.\n\n“The road was closed for hours,” he said.",
         "reporter"),
    ])
    func resolves(_ body: String, _ speaker: String) {
        #expect(speakers(body).last == speaker)
    }

    /// The second part of an interrupted quote keeps its speaker, whoever the attribution sentence names.
    @Test func interruptedQuoteKeepsItsSpeakerPastNamesInTheAttribution() {
        let body = "“They would be on the list,” Maddow said of a list that included Sen. Amy Klobuchar and Gov. Gina Raimondo. "
            + "“But the wisdom this year says there is no way any of them get picked.”"
        let found = QuoteFinder().quotes(in: ScalarText(body), excluding: [])
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Maddow")
    }

    /// A title quoted inside the attribution sentence does not break an interrupted quote.
    @Test func interruptedQuoteSpansATitleInTheAttribution() {
        let body = "“It is more of a consideration,” Cuban said on NBC’s “Meet the Press.” “You do not have to be perfect.”"
        let found = QuoteFinder().quotes(in: ScalarText(body), excluding: [])
        #expect(found.map(\.text) == ["It is more of a consideration, You do not have to be perfect."])
        #expect(found.first?.speaker == "Cuban")
    }

    /// A capitalised title after the quote is no reporting verb: "State" in "State Senator Ann Kim said".
    @Test func titleAfterTheQuoteIsNotTheCue() {
        let found = QuoteFinder().quotes(in: ScalarText("“Vote for me today,” State Senator Ann Kim said at the rally."),
                                         excluding: [])
        #expect(found.first?.cue == "said")
        #expect(found.first?.speaker == "Ann Kim")
        #expect(found.first?.speakerRole == "State Senator")
    }

    /// A pronoun that fits no one named before it leaves the speaker unknown: never "she" as a name.
    @Test func pronounWithNoAntecedentLeavesTheSpeakerUnknown() {
        let found = QuoteFinder().quotes(in: ScalarText("Bernie Sanders spoke.\n\n“We will win,” she said."), excluding: [])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
        #expect(found.first?.speakerMention == "she")
    }

    @Test func oneWordAnswersAreQuotes() {
        let found = QuoteFinder().quotes(in: ScalarText("\"Absolutely,\" he said when asked."), excluding: [])
        #expect(found.map(\.text) == ["Absolutely,"])
        #expect(found.first?.speakerMention == "he")
    }

    @Test(arguments: [
        ("Mrs. Clinton", PronounGender.she), ("Bernie Sanders", .he), ("Alex Smith", .unknown),
        // The generated lists know rarer first names; a word standing alone may be a surname and tells nothing.
        ("Kendra Alvarez", .she), ("Desmond Ruiz", .he), ("Clinton", .unknown), ("Wesley", .unknown),
    ])
    func genderFromNameOrTitle(_ written: String, _ gender: PronounGender) {
        let words = written.split(separator: " ")
        let role = words.first.map(String.init).flatMap { NewsTitles.honorifics.contains($0.lowercased()) ? $0 : nil }
        let name = role == nil ? written : words.dropFirst().joined(separator: " ")
        #expect(PronounGender.of(name: name, role: role) == gender)
    }
}
