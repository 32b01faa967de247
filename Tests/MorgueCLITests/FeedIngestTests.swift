import Foundation
import Testing

/// Feeds through the real `morgue ingest`: RSS and Atom files, and feeds served by a local server
/// on 127.0.0.1 (never the internet).
@Suite struct FeedIngestTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    /// An RSS 2.0 feed of `count` items, each with its whole story in `content:encoded`.
    static func rss(items count: Int, base: String) -> String {
        let items = (1...count).map { n in
            """
            <item>
              <title>Council vote \(n)</title>
              <link>\(base)/stories/\(n)</link>
              <guid isPermaLink="false">story-\(n)</guid>
              <pubDate>Tue, \(String(format: "%02d", n)) Mar 2020 09:30:00 +0100</pubDate>
              <dc:creator>Ann Lee</dc:creator>
              <description>Summary \(n).</description>
              <content:encoded><![CDATA[<p>The council voted on measure \(n) on Monday.</p>
                <p>“We kept our promise \(n),” Mayor Jane Ortiz said.</p>]]></content:encoded>
            </item>
            """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Springfield Gazette</title>
              <link>\(base)/</link>
              <description>Local news</description>
            \(items)
            </channel>
            </rss>
            """
    }

    @Test func tenItemFeedFromLocalServerIsIngestedAndNotFetchedAgain() throws {
        let site = morgue.directory.appendingPathComponent("site")
        let server = try LocalWebServer(root: site)
        try morgue.write("site/feed.xml", Self.rss(items: 10, base: server.base))
        let feedURL = server.base + "/feed.xml"

        let first = try morgue.run(["ingest", feedURL, "--delay", "0"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("10 new, 0 updated, 0 unchanged, 0 failed;"))
        let stories = try morgue.run(["export"]).ndjson()
        #expect(stories.count == 10)
        let third = try #require(stories.first { $0["url"] as? String == server.base + "/stories/3" })
        #expect(third["title"] as? String == "Council vote 3")
        #expect(third["outlet"] as? String == "Springfield Gazette")
        #expect(third["byline"] as? String == "Ann Lee")
        #expect(third["published"] as? String == "2020-03-03")
        #expect(third["published_at"] as? String == "2020-03-03T08:30:00Z")
        #expect(third["source_path"] as? String == feedURL + "#item=3")
        #expect(third["body"] as? String == "The council voted on measure 3 on Monday.\n\n“We kept our promise 3,” Mayor Jane Ortiz said.")
        #expect(try morgue.run(["search", "promise", "--format", "json", "--limit", "50"]).jsonArray().count == 10)

        let second = try morgue.run(["ingest", feedURL, "--delay", "0"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("\(feedURL): not modified since the last run; nothing fetched"))
        #expect(second.stdout.contains("0 new, 0 updated, 0 unchanged, 0 failed"))
        // The server's own log: one full answer, then one 304 to a conditional request, and nothing else.
        let requests = server.requests()
        #expect(requests.map(\.path) == ["/feed.xml", "/feed.xml"])
        #expect(requests.map(\.status) == [200, 304])
        #expect(requests[0].ifNoneMatch == nil)
        #expect(requests[1].ifNoneMatch?.hasPrefix("\"") == true)
        #expect(requests.allSatisfy { $0.userAgent?.hasPrefix("Morgue/0.1") == true })

        // A changed feed is fetched in full again, and only its new item is new.
        try morgue.write("site/feed.xml", Self.rss(items: 11, base: server.base))
        let third_run = try morgue.run(["ingest", feedURL, "--delay", "0"])
        #expect(third_run.stdout.hasPrefix("1 new, 0 updated, 10 unchanged, 0 failed"))
        #expect(server.requests().map(\.status) == [200, 304, 200])
    }

    @Test func rssFileItemsBecomeStories() throws {
        let path = try morgue.write("wire.rss", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Reuters</title>
            <item><title>Port reopens &amp; ships sail</title><link>https://example.com/port</link>
              <author>jlee@example.com (Jane Lee)</author><pubDate>Thu, 02 Jan 2020 08:30:00 GMT</pubDate>
              <description>&lt;p&gt;The port reopened on Thursday.&lt;/p&gt;&lt;p&gt;“Trade is back,” said Tom Hale.&lt;/p&gt;</description>
            </item>
            <item><title>No words</title><link>https://example.com/empty</link></item>
            <item><title>Bad date</title><link>https://example.com/bad</link><pubDate>someday</pubDate>
              <description>Text.</description></item>
            </channel></rss>
            """)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("1 new, 0 updated, 0 unchanged, 2 failed"))
        #expect(result.stderr.contains("wire.rss:2: item 2 (https://example.com/empty) has no text in the feed; pass --follow"))
        #expect(result.stderr.contains("wire.rss:3: item 3: the date \"someday\" is not an RSS or Atom date"))
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == "Port reopens & ships sail")
        #expect(story["byline"] as? String == "Jane Lee")
        #expect(story["outlet"] as? String == "Reuters")
        #expect(story["published"] as? String == "2020-01-02")
        #expect(story["body"] as? String == "The port reopened on Thursday.\n\n“Trade is back,” said Tom Hale.")
        #expect((story["source_path"] as? String)?.hasSuffix("wire.rss#item=1") == true)
    }

    @Test func atomFileEntriesBecomeStories() throws {
        // Named .xml: recognised as a feed by its root element, not its extension.
        let path = try morgue.write("desk.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">The Harbour Times</title>
              <entry>
                <title>Bridge opens</title>
                <link rel="self" href="https://example.com/api/1"/>
                <link rel="alternate" href="https://example.com/bridge"/>
                <id>tag:example.com,2020:1</id>
                <published>2020-05-04T23:15:00-04:00</published>
                <updated>2020-05-06T10:00:00Z</updated>
                <author><name>Bo Chen</name></author>
                <author><name>Ann Lee</name></author>
                <content type="html">&lt;p&gt;The bridge opened.&lt;br&gt;&lt;br&gt;“A great day,” Mayor Jane Ortiz said.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain words</title>
                <id>https://example.com/plain</id>
                <updated>2020-05-07T10:00:00Z</updated>
                <summary>Line one
            continues here.

            Second paragraph &lt;kept&gt;.</summary>
              </entry>
              <entry>
                <title>Xhtml</title>
                <link href="https://example.com/xhtml"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First part.</p><p>Second &amp; last.</p></div></content>
              </entry>
            </feed>
            """)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 new"))
        let stories = try morgue.run(["export"]).ndjson()
        let byURL = Dictionary(uniqueKeysWithValues: stories.map { ($0["url"] as? String ?? "", $0) })
        let bridge = try #require(byURL["https://example.com/bridge"])
        #expect(bridge["title"] as? String == "Bridge opens")
        #expect(bridge["outlet"] as? String == "The Harbour Times")
        #expect(bridge["byline"] as? String == "Bo Chen, Ann Lee")
        #expect(bridge["published"] as? String == "2020-05-04")
        #expect(bridge["published_at"] as? String == "2020-05-05T03:15:00Z")
        #expect(bridge["body"] as? String == "The bridge opened.\n\n“A great day,” Mayor Jane Ortiz said.")
        let plain = try #require(byURL["https://example.com/plain"])
        #expect(plain["published"] as? String == "2020-05-07")
        #expect(plain["body"] as? String == "Line one continues here.\n\nSecond paragraph <kept>.")
        #expect(byURL["https://example.com/xhtml"]?["body"] as? String == "First part.\n\nSecond & last.")
    }

    @Test func xmlThatIsNotAFeedIsReadAsText() throws {
        let path = try morgue.write("notes.xml", "<notes><note>The harbour froze.</note></notes>")
        #expect(try morgue.run(["ingest", path]).status == 0)
        #expect(try morgue.run(["export"]).ndjson().first?["body"] as? String == "<notes><note>The harbour froze.</note></notes>")
    }

    @Test func brokenFeedKeepsItemsBeforeTheError() throws {
        let path = try morgue.write("cut.rss", """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><link>https://example.com/1</link><description>First story.</description></item>
            <item><title>Two</title><link>https://example.com/2</link><description>Cut off
            """)
        let result = try morgue.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("1 new, 0 updated, 0 unchanged, 1 failed"))
        #expect(result.stderr.contains("cut.rss:"))
        #expect(result.stderr.contains("broken feed XML"))
        #expect(result.stderr.contains("the items before it were read"))
    }
}
