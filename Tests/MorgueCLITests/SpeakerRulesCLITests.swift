import Foundation
import Testing

/// Speakers resolved by the rules of version 4, through `morgue ingest` and `morgue quotes --by` on a real
/// archive: a pronoun told by a first name, a relative clause, the passive.
@Suite struct SpeakerRulesCLITests {
    @Test func quotesByFindTheResolvedSpeakers() throws {
        let morgue = try MorgueRunner()
        let path = try morgue.write("speakers.jsonl", """
            {"url": "https://example.com/buses", "title": "Buses", "text": "Later, Kendra Alvarez, a teacher, took the microphone from Tom Reed.\\n\\n“We need more buses on the east side,” she said."}
            {"url": "https://example.com/inquiry", "title": "Inquiry", "text": "It would involve Attorney General Loretta Lynch, who told Congress: “The matter is being handled by career agents.”"}
            {"url": "https://example.com/show", "title": "Show", "text": "Bernie Sanders spoke. Sanders was asked by host Bill Maher, who backs him, “Now, you said it, did you not?”"}

            """)
        let ingest = try morgue.run(["ingest", path])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        func quotes(by name: String) throws -> [String] {
            try morgue.run(["quotes", "--by", name, "--format", "json"]).jsonArray().compactMap { $0["text"] as? String }
        }
        #expect(try quotes(by: "Kendra Alvarez") == ["We need more buses on the east side,"])
        #expect(try quotes(by: "Tom Reed").isEmpty)
        #expect(try quotes(by: "Loretta Lynch") == ["The matter is being handled by career agents."])
        #expect(try quotes(by: "Bill Maher") == ["Now, you said it, did you not?"])
        #expect(try quotes(by: "Bernie Sanders").isEmpty)
    }
}
