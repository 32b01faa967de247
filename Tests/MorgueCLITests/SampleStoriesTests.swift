import Foundation
import Testing

/// The two shared sample stories, ingested through the real binary: what a reporter would check.
@Suite struct SampleStoriesTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let ingest = try morgue.run(["ingest", MorgueRunner.samples])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func exported() throws -> [String: [String: Any]] {
        let rows = try morgue.run(["export"]).ndjson()
        var byFile: [String: [String: Any]] = [:]
        for row in rows {
            let path = try #require(row["source_path"] as? String)
            byFile[(path as NSString).lastPathComponent] = row
        }
        return byFile
    }

    @Test func storyDatesAndTitlesAreRead() throws {
        let stories = try exported()
        #expect(stories["000_4ec155f8137147e7.txt"]?["published"] as? String == "2019-12-31")
        #expect(stories["003_40eb1917c92ca66c.txt"]?["title"] as? String == "Iraq Protestors Break into U.S. Embassy")
        let body = try #require(stories["000_4ec155f8137147e7.txt"]?["body"] as? String)
        #expect(body.hasPrefix("Pro-Iran militants are currently attempting"))
    }

    @Test func embeddedPostsHaveAuthorHandleAndDate() throws {
        let story = try #require(try exported()["000_4ec155f8137147e7.txt"])
        let quotes = try #require(story["quotes"] as? [[String: Any]])
        let posts = quotes.filter { $0["kind"] as? String == "embedded_post" }
        #expect(posts.count == 10)
        #expect(posts.allSatisfy { $0["said_on"] as? String == "2019-12-31" })
        let authors = Set(posts.compactMap { post in
            (post["speaker_mention"] as? String).map { "\($0) \(post["speaker_handle"] as? String ?? "")" }
        })
        #expect(authors.contains("Reuters @Reuters"))
        #expect(authors.contains("Donald J. Trump @realDonaldTrump"))
        #expect(authors.contains("Arab News @arabnews"))
        #expect(authors.contains("Michael Barbaro @mikiebarb"))
    }

    @Test func trumpsPostIsOneQuoteCarriedByBothStories() throws {
        let quotes = try morgue.run(["quotes", "--by", "Trump", "--format", "json"]).jsonArray()
        let iran = quotes.filter { ($0["text"] as? String)?.hasPrefix("Iran killed an American contractor") == true }
        #expect(Set(iran.compactMap { $0["article_id"] as? Int }).count == 2)
        #expect(Set(iran.compactMap { $0["quote_key"] as? String }).count == 1)
        #expect(iran.allSatisfy { ($0["carried_by"] as? [Int])?.count == 2 })
        for handle in ["@realDonaldTrump", "Donald J. Trump", "President Trump"] {
            let same = try morgue.run(["quotes", "--by", handle, "--format", "json"]).jsonArray()
            #expect(same.count == quotes.count, "--by \(handle)")
        }
    }

    @Test func esperStatementIsHis() throws {
        let quotes = try morgue.run(["quotes", "--by", "Esper", "--format", "json"]).jsonArray()
        let statement = quotes.first { ($0["text"] as? String)?.hasPrefix("We have taken appropriate force protection") == true }
        #expect(statement?["speaker"] as? String == "Mark Esper")
        #expect(statement?["speaker_role"] as? String == "Defense Secretary")
    }

    @Test func noBreachLineIsTheSpokespersons() throws {
        let quotes = try morgue.run(["quotes", "no breach", "--format", "json"]).jsonArray()
        let line = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect((line["speaker"] as? String)?.lowercased().contains("spokesperson") == true)
        let bySpokesperson = try morgue.run(["quotes", "--by", "spokesperson", "--format", "json"]).jsonArray()
        #expect(bySpokesperson.contains { ($0["text"] as? String)?.contains("there has been no breach") == true })
    }

    @Test(arguments: [["--location", "Baghdad"], ["--outlet", "Reuters"]])
    func filterFindsBothStories(filter: [String]) throws {
        let hits = try morgue.run(["search"] + filter + ["--format", "json"]).jsonArray()
        #expect(hits.count == 2)
    }

    @Test func outletFilterSaysWhetherPublishedOrCited() throws {
        let hits = try morgue.run(["search", "embassy", "--outlet", "AP", "--format", "json"]).jsonArray()
        #expect(hits.count == 1)
        #expect(hits.first?["outlet_match"] as? String == "cited")
        #expect(hits.first?["title"] as? String == "Iraq Protestors Break into U.S. Embassy")
    }

    @Test func secondIngestAddsNothing() throws {
        let again = try morgue.run(["ingest", MorgueRunner.samples])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("0 new, 0 updated, 2 unchanged, 0 failed"))
        #expect(try morgue.run(["export"]).ndjson().count == 2)
    }
}
