import Foundation
import Testing

/// Fetching through the real `morgue ingest`: `--follow`, failed URLs, timeouts and size limits,
/// against a local server on 127.0.0.1 (never the internet).
@Suite struct FetchIngestTests {
    let morgue: MorgueRunner
    let server: LocalWebServer

    init() throws {
        morgue = try MorgueRunner()
        server = try LocalWebServer(root: morgue.directory.appendingPathComponent("site"))
    }

    /// An RSS feed whose items carry only a one-line description and link to `links`.
    func summaryFeed(_ links: [String]) -> String {
        let items = links.enumerated().map { index, link in
            "<item><title>Item \(index + 1)</title><link>\(link)</link><description>Teaser \(index + 1).</description>"
                + "<pubDate>Mon, 06 Apr 2020 10:00:00 GMT</pubDate></item>"
        }
        return "<rss version=\"2.0\"><channel><title>City Wire</title>\(items.joined())</channel></rss>"
    }

    // Pages are plain text and JSON until the HTML reader lands; a .html page will then go to it,
    // since the page's Content-Type decides its format.
    @Test func followFetchesLinkedPagesOnceAndKeepsFeedMetadata() throws {
        try morgue.write("site/stories/dam.txt", "title: Dam holds\n\n“The dam will hold,” engineer Rosa Díaz said on Monday.")
        try morgue.write("site/stories/vote.json", #"{"headline": "Vote passes", "text": "The vote passed 7 to 2.", "author": "Ann Lee"}"#)
        let feed = try morgue.write("city.rss", summaryFeed([server.base + "/stories/dam.txt", server.base + "/stories/vote.json"]))

        let first = try morgue.run(["ingest", feed, "--follow", "--delay", "0"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("2 new, 0 updated, 0 unchanged, 0 failed"))
        let stories = try morgue.run(["export"]).ndjson()
        let dam = try #require(stories.first { $0["url"] as? String == server.base + "/stories/dam.txt" })
        #expect(dam["body"] as? String == "“The dam will hold,” engineer Rosa Díaz said on Monday.")
        #expect(dam["title"] as? String == "Dam holds")
        #expect(dam["outlet"] as? String == "City Wire")
        #expect(dam["published"] as? String == "2020-04-06")
        #expect((dam["source_path"] as? String)?.hasSuffix("city.rss#item=1") == true)
        let vote = try #require(stories.first { $0["url"] as? String == server.base + "/stories/vote.json" })
        #expect(vote["body"] as? String == "The vote passed 7 to 2.")
        #expect(vote["title"] as? String == "Vote passes")
        #expect(vote["byline"] as? String == "Ann Lee")

        // Pages already stored by URL are not fetched again.
        let second = try morgue.run(["ingest", feed, "--follow", "--delay", "0"])
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("0 new, 0 updated, 2 unchanged, 0 failed"))
        #expect(server.requests().map(\.path) == ["/stories/dam.txt", "/stories/vote.json"])

        // Without --follow the teasers are the stories.
        let teasers = try MorgueRunner()
        let plain = try teasers.run(["ingest", feed])
        #expect(plain.stdout.hasPrefix("2 new"))
        #expect(try teasers.run(["export"]).ndjson().compactMap { $0["body"] as? String }.sorted() == ["Teaser 1.", "Teaser 2."])
    }

    @Test func failedURLsAreNamedAndTheRestOfTheBatchGoesOn() throws {
        try morgue.write("site/good.xml", FeedIngestTests.rss(items: 2, base: "https://example.com"))
        try morgue.write("site/stories/ok.txt", "The ferry ran on time.")
        let refused = "http://127.0.0.1:\(try LocalWebServer.unusedPort())/feed.xml"
        let missing = server.base + "/gone.xml"
        let feed = try morgue.write("follow.rss", summaryFeed([server.base + "/stories/ok.txt", server.base + "/stories/missing.txt"]))
        let local = try morgue.write("local.txt", "A local story about the harbour.")

        let result = try morgue.run(["ingest", missing, refused, server.base + "/good.xml", feed, local,
                                     "--follow", "--delay", "0", "--timeout", "5"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("4 new, 0 updated, 0 unchanged, 3 failed"))
        #expect(result.stderr.contains("morgue ingest: \(missing): the server answered HTTP 404"))
        #expect(result.stderr.contains("morgue ingest: \(refused): nothing answered at 127.0.0.1:"))
        #expect(result.stderr.contains("connection refused"))
        #expect(result.stderr.contains("follow.rss:2: item 2: its linked page \(server.base)/stories/missing.txt could not be fetched: "
            + "the server answered HTTP 404"))
        let runs = try morgue.run(["runs", "--format", "json"]).jsonArray()
        let errors = try #require(runs.first?["errors"] as? [[String: Any]])
        #expect(Set(errors.compactMap { $0["path"] as? String }).isSuperset(of: [missing, refused]))
        let urls = Set(try morgue.run(["export"]).ndjson().compactMap { $0["url"] as? String })
        #expect(urls.contains(server.base + "/stories/ok.txt"))
        #expect(urls.contains("https://example.com/stories/2"))

        // The page that failed is fetched again on the next run; the stored one is not.
        try morgue.write("site/stories/missing.txt", "The missing story turned up.")
        let retry = try morgue.run(["ingest", feed, "--follow", "--delay", "0"])
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(retry.stdout.hasPrefix("1 new, 0 updated, 1 unchanged, 0 failed"))
    }

    @Test func slowServerTimesOut() throws {
        try morgue.write("site/feed.xml", FeedIngestTests.rss(items: 1, base: "https://example.com"))
        let url = server.base + "/slow/8/feed.xml"
        let started = Date()
        let result = try morgue.run(["ingest", url, "--timeout", "1", "--delay", "0"])
        // Gave up long before the server answered (a margin for a loaded machine's slow start).
        #expect(Date().timeIntervalSince(started) < 6)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(url): no answer within 1 s; try again later or raise --timeout"))
    }

    @Test func perHostDelaySpacesRequests() throws {
        try morgue.write("site/a.txt", "First story about the river.")
        try morgue.write("site/b.txt", "Second story about the river.")
        let started = Date()
        let result = try morgue.run(["ingest", server.base + "/a.txt", server.base + "/b.txt", "--delay", "0.8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 new"))
        #expect(Date().timeIntervalSince(started) >= 0.8)
    }

    @Test func oversizedDownloadIsAbandoned() throws {
        try morgue.write("site/huge.txt", String(repeating: "word ", count: 300_000))
        let url = server.base + "/huge.txt"
        let refused = try morgue.run(["ingest", url, "--max-file-size", "1", "--delay", "0"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(url): the answer is over the 1 MB limit and was abandoned; raise it with --max-file-size"))
        let accepted = try morgue.run(["ingest", url, "--max-file-size", "2", "--delay", "0"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.hasPrefix("1 new"))
    }
}
