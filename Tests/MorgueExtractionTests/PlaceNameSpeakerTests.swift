import Testing
@testable import MorgueExtraction

/// Places named like people ("West Virginia", "South Carolina") are never speakers or actors.
struct PlaceNameSpeakerTests {
    private func extraction(_ body: String) -> Extraction {
        Extractor().extract(ArticleDraft(body: body))
    }

    @Test func aStateOpeningAClauseIsNoAntecedentForShe() {
        let story = extraction("""
            Maria Lopez campaigned across the state on Monday.

            West Virginia has voted Republican for a generation. “We will change that,” she said.
            """)
        #expect(story.quotes.map(\.speaker) == ["Maria Lopez"])
        #expect(!story.actors.contains { $0.name == "West Virginia" })
    }

    @Test func aStateBeforeHeIsSkippedForThePersonNamedBefore() {
        let story = extraction("""
            Tom Baker spoke to the crowd. South Carolina votes on Saturday, and “every vote counts here,” he said.
            """)
        #expect(story.quotes.map(\.speaker) == ["Tom Baker"])
    }

    @Test func aPersonsNameThatIsNoPlaceStillSpeaks() {
        let story = extraction("Maria Lopez spoke first. “We will change that,” she said.")
        #expect(story.quotes.map(\.speaker) == ["Maria Lopez"])
    }

    @Test func finderWithoutAGazetteerKnowsNoPlaces() {
        #expect(!PlaceNames.none.isPlace("West Virginia"))
        #expect(PlaceNames(gazetteer: .bundled).isPlace("West Virginia"))
        // A single word is too often a surname as well.
        #expect(!PlaceNames(gazetteer: .bundled).isPlace("Jackson"))
    }
}
