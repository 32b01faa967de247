import Testing
@testable import MorgueExtraction

/// The word scanner the entity finders share.
@Suite struct LocationWordTests {
    func words(_ body: String) -> [String] {
        let text = ScalarText(body)
        return text.words().map { text.slice($0) }
    }

    @Test(arguments: [
        ("The U.S. Embassy in D.C.", ["The", "U.S.", "Embassy", "in", "D.C."]),
        ("#Iraq’s adviser and O'Brien's dog", ["Iraq", "adviser", "and", "O'Brien", "dog"]),
        ("consulate in #Erbilhttps://t.co/TTKYkVTy1w pic", ["consulate", "in", "Erbil", "pic"]),
        ("Iran-backed militia", ["Iran", "backed", "militia"]),
        ("see https://t.co/abc now", ["see", "now"]),
    ])
    func splitsLikeANewsroomReads(body: String, expected: [String]) {
        #expect(words(body) == expected)
    }

    @Test func marksHashtagsHandlesSentencesAndJoins() {
        let text = ScalarText("Donald J. Trump (@realDonaldTrump) in #Baghdad. Then New York-based")
        let found = text.words()
        let byText = Dictionary(found.map { (text.slice($0), $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["realDonaldTrump"]?.isHandle == true)
        #expect(byText["Baghdad"]?.isHashtag == true)
        #expect(byText["Trump"]?.startsSentence == false)
        #expect(byText["Then"]?.startsSentence == true)
        #expect(byText["York"]?.joinsPrevious == true)
        #expect(byText["based"]?.joinsPrevious == true)
        #expect(byText["in"]?.joinsPrevious == false)
    }

    @Test func filterNeverMissesAWordItHolds() {
        let filter = WordFilter(firstWordsOf: ["New York", "Baghdad", "A.P."], folding: .key)
        let text = ScalarText("new Baghdad AP A.P. Paris")
        let verdicts = text.words().map { filter.mayContain($0, in: text) }
        #expect(Array(verdicts.prefix(4)) == [true, true, true, true])
    }

    @Test(arguments: ["Latina voters turned out.", "Crowds in Mission Viejo's Latino district."])
    func wordsForPeopleAreNotPlaces(body: String) {
        let found = LocationFinder(gazetteer: .bundled).locations(in: ScalarText(body))
        #expect(!found.contains { $0.mention.hasPrefix("Latin") })
    }
}
