import Testing
@testable import MorgueExtraction

@Suite struct AttributionFinderTests {
    let finder = SourceAttributionFinder(outlets: .standard)

    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        var source: String
        var mention: String
        var cue: String
        var claim: String?
        var isOutlet = true
        var testDescription: String { body }
    }

    @Test(arguments: [
        Case(body: "Reuters reports that the talks collapsed.", source: "Reuters", mention: "Reuters", cue: "reports",
             claim: "the talks collapsed"),
        Case(body: "Reuters is reporting that the ambassador has left:", source: "Reuters", mention: "Reuters",
             cue: "is reporting", claim: "the ambassador has left"),
        Case(body: "The NY Times reported that the deal was off.", source: "New York Times", mention: "The NY Times",
             cue: "reported", claim: "the deal was off"),
        Case(body: "Ships sank, per WaPo.", source: "Washington Post", mention: "WaPo", cue: "per", claim: "Ships sank"),
        Case(body: "The vote failed, according to the Associated Press.", source: "Associated Press",
             mention: "the Associated Press", cue: "according to", claim: "The vote failed"),
        Case(body: "According to the AP, the vote failed.", source: "Associated Press", mention: "the AP",
             cue: "according to", claim: "the vote failed"),
        Case(body: "Turnout was low in Ohio, the Associated Press reports.", source: "Associated Press",
             mention: "the Associated Press", cue: "reports", claim: "Turnout was low in Ohio"),
        Case(body: "More from CNN:\n\nA post.", source: "CNN", mention: "CNN", cue: "more from", claim: nil),
        Case(body: "And the BBC is reporting that fires broke out.", source: "BBC", mention: "the BBC",
             cue: "is reporting", claim: "fires broke out"),
        Case(body: "An AP reporter also reports flames on the roof.", source: "Associated Press", mention: "AP",
             cue: "also reports", claim: "flames on the roof"),
        Case(body: "The staff left, Iraqi officials said, as crowds grew.", source: "Iraqi officials",
             mention: "Iraqi officials", cue: "said", claim: "The staff left", isOutlet: false),
        Case(body: "The State Department said the embassy was secure.", source: "State Department",
             mention: "The State Department", cue: "said", claim: "the embassy was secure", isOutlet: false),
        Case(body: "Two drones were downed, according to the Pentagon.", source: "Pentagon", mention: "the Pentagon",
             cue: "according to", claim: "Two drones were downed", isOutlet: false),
        Case(body: "The Podunk Gazette reported that the mayor resigned.", source: "Podunk Gazette",
             mention: "The Podunk Gazette", cue: "reported", claim: "the mayor resigned"),
    ])
    func constructions(_ c: Case) throws {
        let text = ScalarText(c.body)
        let found = finder.attributions(in: text)
        let attribution = try #require(found.first)
        #expect(found.count == 1)
        #expect(attribution.source == c.source)
        #expect(attribution.sourceMention == c.mention)
        #expect(text.string(attribution.sourceSpan) == c.mention)
        #expect(attribution.cue == c.cue)
        #expect(attribution.claim == c.claim)
        #expect(attribution.claimSpan.map { text.string($0) } == c.claim)
        #expect(attribution.isOutlet == c.isOutlet)
    }

    @Test(arguments: [
        "The Hill is a steep climb.",
        "Officials said the road was closed.",
        "Mark Esper said the forces were ready.",
        "She read the Times over breakfast.",
    ])
    func noOutletOrBodyCredited(body: String) {
        #expect(finder.attributions(in: ScalarText(body)).isEmpty)
    }

    @Test func sampleLiveBlog() throws {
        let found = finder.attributions(in: ScalarText(try SampleStory.story("000_4ec155f8137147e7.txt")))
        let pairs = found.map { "\($0.source) \($0.cue)" }
        #expect(pairs.contains("Reuters is reporting"))
        #expect(pairs.contains("New York Times reported"))
        #expect(pairs.contains("BBC is reporting"))
        #expect(pairs.contains("Washington Post per"))
        #expect(pairs.contains("CNN more from"))
        let reuters = try #require(found.first { $0.source == "Reuters" })
        #expect(reuters.claim == "the ambassador and staff have been evacuated")
        let officials = try #require(found.first { $0.source == "Iraqi officials" })
        #expect(officials.isOutlet == false)
    }

    @Test func sampleReport() throws {
        let found = finder.attributions(in: ScalarText(try SampleStory.story("003_40eb1917c92ca66c.txt")))
        let pairs = found.map { "\($0.source) \($0.cue) \($0.sourceMention)" }
        #expect(pairs.contains("Associated Press reports the Associated Press"))
        #expect(pairs.contains("Associated Press according to the Associated Press"))
        #expect(pairs.contains("Reuters reports Reuters"))
        #expect(pairs.contains("Associated Press also reports AP"))
        let reuters = try #require(found.first { $0.source == "Reuters" })
        #expect(reuters.claim?.hasPrefix("outside the embassy protesters threw stones at the gate") == true)
        let according = try #require(found.first { $0.cue == "according to" })
        #expect(according.claim?.hasSuffix("on the Iran-backed militia in Iraq") == true)
    }
}
