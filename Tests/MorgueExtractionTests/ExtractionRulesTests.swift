import Foundation
import MorgueExtraction
import Testing

/// A tripwire for `Extractor.rulesVersion`: archives record which rules extracted each story, so a
/// change that makes the extractor find different facts must raise the version. This test keeps a
/// fingerprint of everything the rules find in a few stories written for it; when it fails, raise
/// `Extractor.rulesVersion` and record the new fingerprint under the new version.
@Suite struct ExtractionRulesTests {
    /// The fingerprint of what the rules find in `stories`, and the rules version it was recorded under.
    static let recorded = (rulesVersion: 4, fingerprint: "9e789747eb6f3591")

    static let stories: [ArticleDraft] = [
        ArticleDraft(outlet: "The Harbour Courier", published: NewsDate(year: 2024, month: 3, day: 12), body: """
            LISBON — “We will reopen the harbour on Friday,” Mayor Ana Silva said on Tuesday, according to Reuters.

            “Ships can dock again,” she added. “The repairs are finished.”

            Port director João Costa told reporters the cranes were tested last week. “Nothing failed,” Costa said, \
            per the AP. The Associated Press reported that the ferry to Porto resumes in April.

            The port is ready for business — Harbour Lines (@harbourlines) March 11, 2024
            """),
        ArticleDraft(outlet: "Reuters", published: NewsDate(year: 2019, month: 12, day: 31), body: """
            WASHINGTON — President Donald J. Trump tweeted, “Iran will be held fully responsible.”

            Defense Secretary Mark Esper said U.S. forces in Baghdad were reinforced. “We are ready,” Esper said.
            A State Department spokesperson said there was “no breach” of the embassy, The New York Times reported.
            """),
        ArticleDraft(published: NewsDate(year: 2016, month: 5, day: 4), body: """
            “We will win this state,” said the presumptive GOP nominee, Donald Trump, in Indianapolis. \
            “Believe me.”

            “It is not over,” Senate Majority Leader Mitch McConnell, R-Ky., said of the primaries in Ohio \
            and Texas. “Nobody knows.”

            Carly Fiorina joined her husband Frank on stage. “I am honored,” she said, as she put it: \
            “a fighter.” Supporters broke into chants of “USA! USA!”
            """),
    ]

    @Test func theRulesVersionMatchesWhatTheRulesFind() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for story in Self.stories {
            for byte in try encoder.encode(Extractor().extract(story)) {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let fingerprint = String(hash, radix: 16)
        #expect(fingerprint == Self.recorded.fingerprint, """
            The extraction rules find different facts in the test stories (fingerprint \(fingerprint)). \
            If that is intended, raise Extractor.rulesVersion and record the fingerprint with the new version.
            """)
        #expect(Extractor.rulesVersion == Self.recorded.rulesVersion,
                "Extractor.rulesVersion was raised: record the fingerprint \(fingerprint) with it.")
    }
}
