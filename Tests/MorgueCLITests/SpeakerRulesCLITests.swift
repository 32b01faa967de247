import Foundation
import Testing

/// Speakers resolved by the rules of version 4, through `morgue ingest` and `morgue quotes --by` on a real
/// archive: a pronoun told by a first name, a relative clause, the passive.
@Suite struct SpeakerRulesCLITests {
    @Test func quotesByFindTheResolvedSpeakers() throws {
        let morgue = try MorgueRunner()
        let path = try morgue.write("speakers.jsonl", """
            {"url": "https://example.com/buses", "title": "Buses", "text": "Later, Kendra Alvarez, a teacher, took the microphone from Tom Reed.\\n\\n“We need more buses on the east side,” she said."}
            {"url": "https://example.com/audit", "title": "Audit", "text": "The audit falls to Comptroller Ann Kim, who told the council: “The books will be open to everyone.”"}
            {"url": "https://example.com/show", "title": "Show", "text": "Tom Reed spoke. Reed was asked by host Dan Ortiz, who knows him well, “So will you run again or not?”"}

            """)
        let ingest = try morgue.run(["ingest", path])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        func quotes(by name: String) throws -> [String] {
            try morgue.run(["quotes", "--by", name, "--format", "json"]).jsonArray().compactMap { $0["text"] as? String }
        }
        #expect(try quotes(by: "Kendra Alvarez") == ["We need more buses on the east side,"])
        #expect(try quotes(by: "Tom Reed").isEmpty)
        #expect(try quotes(by: "Ann Kim") == ["The books will be open to everyone."])
        #expect(try quotes(by: "Dan Ortiz") == ["So will you run again or not?"])
    }
}
