import Testing
@testable import MorgueExtraction

@Suite struct OutletCatalogTests {
    let catalog = OutletCatalog.standard

    @Test(arguments: [
        ("AP", "Associated Press"), ("the AP", "Associated Press"), ("The Associated Press", "Associated Press"),
        ("A.P.", "Associated Press"), ("NYT", "New York Times"), ("NY Times", "New York Times"),
        ("the new york times", "New York Times"), ("The New York Times", "New York Times"),
        ("WaPo", "Washington Post"), ("The Washington Post", "Washington Post"), ("BBC Breaking News", "BBC"),
        ("BBC News", "BBC"), ("Rudaw English", "Rudaw"), ("Rudaw News", "Rudaw"), ("Huffington Post", "HuffPost"),
        ("WSJ", "Wall Street Journal"), ("Agence France-Presse", "Agence France-Presse"), ("AFP", "Agence France-Presse"),
        ("Al-Jazeera", "Al Jazeera"), ("Guardian", "The Guardian"), ("@Reuters", "Reuters"), ("@CNN", "CNN"),
        ("@BBCBreaking", "BBC"), ("@arabnews", "Arab News"), ("@nytimes", "New York Times"), ("USA Today", "USA Today"),
        ("Breitbart News", "Breitbart"), ("Politico", "Politico"), ("Fox News", "Fox News"), ("NPR", "NPR"),
    ])
    func canonicalNames(written: String, canonical: String) {
        #expect(catalog.canonicalName(for: written) == canonical)
    }

    @Test(arguments: ["Baghdad", "the Pentagon", "Mark Esper", "@realDonaldTrump", ""])
    func notOutlets(name: String) {
        #expect(catalog.canonicalName(for: name) == nil)
    }

    @Test func publisherAndCitedOutlets() {
        let body = "Reuters reports that the AP and @CNN agree, as does The Washington Post."
        let text = ScalarText(body)
        let mentions = catalog.mentions(in: text, publisher: "The New York Times")
        #expect(mentions.map(\.name) == ["New York Times", "Reuters", "Associated Press", "CNN", "Washington Post"])
        #expect(mentions.map(\.mention) == ["The New York Times", "Reuters", "the AP", "@CNN", "The Washington Post"])
        #expect(mentions.map(\.role) == [.publisher, .cited, .cited, .cited, .cited])
        #expect(mentions[0].span == nil)
        #expect(mentions.dropFirst().allSatisfy { text.string($0.span!) == $0.mention })
    }

    @Test(arguments: [
        ("The Podunk Gazette reported the fire.", "Podunk Gazette"),
        ("The fire spread, according to Radio Farda News.", "Radio Farda News"),
        ("Smallville Daily Tribune is reporting a fire.", "Smallville Daily Tribune"),
    ])
    func learnsOutletsFromTheStory(body: String, name: String) {
        let mentions = catalog.mentions(in: ScalarText(body), publisher: nil)
        #expect(mentions.map(\.name) == [name])
    }

    @Test(arguments: [
        "The Hill was steep and the Times were hard.",
        "Vice President Pence spoke at the Sun Belt summit.",
        "Times Square was crowded with News crews.",
        "Michael Bloomberg said he would run; Steve Forbes agreed.",
    ])
    func everydayWordsAreNotOutlets(body: String) {
        #expect(catalog.mentions(in: ScalarText(body), publisher: nil).isEmpty)
    }

    @Test(arguments: [("according to The Hill.", "The Hill"), ("Time reported the deal.", "Time")])
    func everydayNamesCountWhenCited(body: String, name: String) {
        #expect(catalog.mentions(in: ScalarText(body), publisher: nil).map(\.name) == [name])
    }

    @Test func sampleOutlets() throws {
        let names = Set(catalog.mentions(in: ScalarText(try SampleStory.story("000_4ec155f8137147e7.txt")),
                                         publisher: nil).map(\.name))
        #expect(names == ["Arab News", "Reuters", "Rudaw", "CNN", "New York Times", "BBC", "Washington Post"])
    }
}
