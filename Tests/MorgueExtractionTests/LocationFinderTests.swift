import Testing
@testable import MorgueExtraction

@Suite struct LocationFinderTests {
    let finder = LocationFinder(gazetteer: .bundled)

    func places(_ body: String) -> [String] {
        finder.locations(in: ScalarText(body)).map { "\($0.mention)=\($0.name)/\($0.countryCode ?? "")" }
    }

    @Test(arguments: [
        ("Crowds gathered in Baghdad on Tuesday.", ["Baghdad=Baghdad/IQ"]),
        ("Militias stormed the embassy in #Baghdad.", ["#Baghdad=Baghdad/IQ"]),
        ("#Iraq’s adviser joined the protest.", ["#Iraq=Iraq/IQ"]),
        ("the consulate in #Erbilhttps://t.co/TTKYkVTy1w", ["#Erbil=Erbil/IQ"]),
        ("Iraqi forces and Iranian militias met American troops.",
         ["Iraqi=Iraq/IQ", "Iranian=Iran/IR", "American=United States/US"]),
        ("Pro-Iran militants attacked the U.S. Embassy.", ["Iran=Iran/IR", "U.S.=United States/US"]),
        ("The talks moved from New York to Rio de Janeiro.", ["New York=New York City/US", "Rio de Janeiro=Rio de Janeiro/BR"]),
        ("A North Korean envoy flew to São Paulo and Sao Paulo.",
         ["North Korean=North Korea/KP", "São Paulo=São Paulo/BR", "Sao Paulo=São Paulo/BR"]),
        ("He grew up in Columbus, Georgia, not Columbus, Ohio.",
         ["Columbus=Columbus/US", "Georgia=Georgia/US", "Columbus=Columbus/US", "Ohio=Ohio/US"]),
    ])
    func placesFound(body: String, expected: [String]) {
        #expect(places(body) == expected)
    }

    @Test func ambiguityFollowsTheStory() throws {
        let texan = finder.locations(in: ScalarText("Voters in Texas and in Paris cheered. Dallas agreed."))
        #expect(texan.first { $0.mention == "Paris" }?.countryCode == "FR")
        let columbus = finder.locations(in: ScalarText("Columbus, Ohio voted early."))
        #expect(columbus.first?.geonameID == 4_509_177)
        let dc = finder.locations(in: ScalarText("Officials in Washington and Tehran traded threats."))
        #expect(dc.first?.geonameID == 4_140_963)
        let state = finder.locations(in: ScalarText("Fires spread across Washington state."))
        #expect(state.first?.kind == .region)
        let georgia = finder.locations(in: ScalarText("Russian troops entered Georgia near Tbilisi."))
        #expect(georgia.first { $0.mention == "Georgia" }?.countryCode == "GE")
        // Madrid is itself a shared name, but its capital outweighs the rest: its country is context.
        let spain = finder.locations(in: ScalarText("The line between Madrid and Valencia stays closed."))
        #expect(spain.first { $0.mention == "Valencia" }?.countryCode == "ES")
    }

    @Test(arguments: [
        "Reading the report, he frowned.",
        "Split decisions are rare. Of course, Mobile phones help.",
        "Jesse Jackson spoke. Later, Jackson said he was done.",
        "The Washington Post and the New York Times disagreed.",
        "In March and May the Bath water was cold.",
        "Reporters asked @Reuters and @Paris for comment.",
        "the police in a nice town were split on reading",
    ])
    func wordsThatOnlyLookLikePlaces(body: String) {
        #expect(places(body) == [])
    }

    @Test func everydayNamesCountWhereTheSentencePointsAtAPlace() {
        #expect(places("She moved to Reading last year.") == ["Reading=Reading/GB"])
        #expect(places("They sailed from Split, Croatia.") == ["Split=Split/HR", "Croatia=Croatia/HR"])
    }

    @Test func spansMatchTheWords() {
        let text = ScalarText("Embassy in “Baghdad” — see #Iraq.")
        for location in finder.locations(in: text) {
            #expect(text.string(location.span) == location.mention)
        }
        #expect(finder.locations(in: text).map(\.name) == ["Baghdad", "Iraq"])
    }

    @Test func sampleLiveBlog() throws {
        let found = finder.locations(in: ScalarText(try SampleStory.story("000_4ec155f8137147e7.txt")))
        let names = Set(found.map(\.name))
        #expect(names == ["Baghdad", "Iraq", "Iran", "United States", "Erbil"])
        let baghdad = try #require(found.first { $0.name == "Baghdad" })
        #expect(baghdad.countryCode == "IQ")
        #expect(baghdad.kind == .city)
        #expect(baghdad.geonameID == 98182)
    }

    @Test func sampleReport() throws {
        let found = finder.locations(in: ScalarText(try SampleStory.story("003_40eb1917c92ca66c.txt")))
        let names = Set(found.map(\.name))
        #expect(names == ["Baghdad", "Iraq", "Iran", "United States", "Washington"])
        #expect(found.first { $0.name == "Washington" }?.countryCode == "US")
    }
}
