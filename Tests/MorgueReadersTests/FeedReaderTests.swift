import Foundation
import MorgueReaders
import Testing

/// The feed reader's tables: dates as feeds write them, and the HTML feeds carry as story text.
@Suite struct FeedReaderTests {
    let reader = FeedReader()

    /// The one story of an RSS feed whose item has `fields` (raw XML).
    func story(_ fields: String) throws -> FeedStory {
        let xml = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Wire</title>"
            + "<item><link>https://example.com/s</link>\(fields)</item></channel></rss>"
        return try #require(try reader.stories(in: Data(xml.utf8), path: "wire.rss").first?.get())
    }

    @Test(arguments: [
        ("<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>", "2003-06-10", "2003-06-10T04:00:00Z"),
        ("<pubDate>Tue, 10 Jun 2003 23:30:00 -0500</pubDate>", "2003-06-10", "2003-06-11T04:30:00Z"),
        ("<pubDate>10 Jun 2003 04:00 +0200</pubDate>", "2003-06-10", "2003-06-10T02:00:00Z"),
        ("<pubDate>Tue, 3 June 2003</pubDate>", "2003-06-03", nil),
        ("<pubDate>Wed, 02 Oct 02 13:00:00 GMT</pubDate>", "2002-10-02", "2002-10-02T13:00:00Z"),
        ("<dc:date>2020-01-02T08:30:00.250Z</dc:date>", "2020-01-02", "2020-01-02T08:30:00Z"),
        ("<dc:date>2020-01-02</dc:date>", "2020-01-02", nil),
    ] as [(String, String, String?)])
    func feedDates(_ field: String, day: String, instant: String?) throws {
        let draft = try story(field + "<description>Text.</description>").draft
        #expect(draft.published?.description == day)
        #expect(draft.publishedAt == instant)
    }

    @Test(arguments: [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
        ("Line<br/>run on<br><br>New paragraph", "Line run on\n\nNew paragraph"),
        ("<div><script>var x = '<p>';</script><p>Kept.</p><style>p { }</style></div>", "Kept."),
        ("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"),
        ("If a &lt; b, “quote” &#8212; &#x2019;s <!-- note --> end", "If a < b, “quote” — ’s end"),
        ("<p><a href=\"x?a=1&amp;b=2\" title=\"a > b\">Link</a> text</p>", "Link text"),
    ])
    func descriptionHTMLBecomesParagraphs(_ html: String, expected: String) throws {
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let story = try story("<description>\(escaped)</description>")
        #expect(story.draft.body == expected)
        #expect(!story.hasFullContent)
    }

    @Test func feedRootIsSniffedBehindDeclarationsAndComments() {
        #expect(FeedSniffer.looksLikeFeed(Data("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">".utf8)))
        #expect(FeedSniffer.looksLikeFeed(Data("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
        #expect(FeedSniffer.looksLikeFeed(Data("<rdf:RDF xmlns:rdf=\"x\">".utf8)))
        #expect(!FeedSniffer.looksLikeFeed(Data("<!DOCTYPE html><html><body><feed>".utf8)))
        #expect(!FeedSniffer.looksLikeFeed(Data("A story that mentions <rss> tags.".utf8)))
        #expect(StoryFormat(path: "x.xml", contents: Data("<rss/>".utf8)) == .feed)
        #expect(StoryFormat(path: "x.atom", contents: Data()) == .feed)
        #expect(StoryFormat(path: "notes.xml", contents: Data("<notes/>".utf8)) == .plainText)
        #expect(StoryFormat(path: "page.html", contents: Data("<rss/>".utf8)) == .html)
    }

    @Test func nonFeedXMLSaysSo() {
        let outcomes = reader.read(Data("<notes><note>x</note></notes>".utf8), path: "notes.xml")
        guard case let .failure(error) = outcomes.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description == "notes.xml: this XML file is not a news feed (expected an <rss>, <rdf:RDF> or Atom <feed> root)")
    }
}
