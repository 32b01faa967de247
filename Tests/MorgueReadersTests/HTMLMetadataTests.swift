import Foundation
import MorgueExtraction
import Testing
@testable import MorgueReaders

@Suite("HTML reader: metadata")
struct HTMLMetadataTests {
    private func read(head: String = "", before: String = "") throws -> ArticleDraft {
        let html = HTMLTestPages.page(head: head, before: before)
        return try HTMLArticleReader().read(Data(html.utf8), path: "storm.html").draft
    }

    @Test func openGraphTagsGiveTitleSiteAndURL() throws {
        let draft = try read(head: """
            <title>Storm floods harbour | The Coast Herald</title>
            <meta property="og:title" content="Storm floods the harbour">
            <meta property="og:site_name" content="The Coast Herald">
            <meta property="og:url" content="https://herald.example/storm">
            <link rel="canonical" href="https://herald.example/other">
            """)
        #expect(draft.title == "Storm floods the harbour")
        #expect(draft.outlet == "The Coast Herald")
        #expect(draft.url == "https://herald.example/storm")
    }

    @Test func articlePublishedTimeGivesDayAndTimestamp() throws {
        let draft = try read(head: """
            <meta property="article:published_time" content="2019-12-31T14:05:00Z">
            <meta name="author" content="Jane Doe">
            """)
        #expect(draft.published == NewsDate(year: 2019, month: 12, day: 31))
        #expect(draft.publishedAt == "2019-12-31T14:05:00Z")
        #expect(draft.byline == "Jane Doe")
    }

    @Test func jsonLDNewsArticleInsideGraphWithAuthorArray() throws {
        let draft = try read(head: """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "#site", "name": "Herald Site"},
              {"@type": "NewsArticle", "headline": "Harbour wall fails in storm",
               "datePublished": "2020-01-02T08:00:00+01:00",
               "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
               "publisher": {"@id": "#org"}, "url": "https://herald.example/wall"},
              {"@type": "Organization", "@id": "#org", "name": "The Coast Herald"}
            ]}
            </script>
            """)
        #expect(draft.title == "Harbour wall fails in storm")
        #expect(draft.byline == "Jane Doe, John Roe")
        #expect(draft.outlet == "The Coast Herald")
        #expect(draft.published == NewsDate(year: 2020, month: 1, day: 2))
        #expect(draft.publishedAt == "2020-01-02T08:00:00+01:00")
        #expect(draft.url == "https://herald.example/wall")
    }

    @Test(arguments: [
        ("[{\"@type\": \"BreadcrumbList\"}, {\"@type\": \"ReportageNewsArticle\", \"headline\": \"In an array\"}]",
         "In an array"),
        ("{\"@type\": [\"Article\", \"NewsArticle\"], \"headline\": \"Typed twice\"}", "Typed twice"),
        ("{\"@type\": \"Article\", \"headline\": \"Author as text\", \"author\": \"Ann Lee\"}", "Author as text"),
    ])
    func jsonLDShapes(script: String, headline: String) throws {
        let draft = try read(head: "<script type=\"application/ld+json\">\(script)</script>")
        #expect(draft.title == headline)
    }

    @Test func timeElementGivesDateWhenNoMetaHasOne() throws {
        let draft = try read(before: "<p class=\"dateline\"><time datetime=\"2018-03-04\">March 4</time></p>")
        #expect(draft.published == NewsDate(year: 2018, month: 3, day: 4))
        #expect(draft.publishedAt == nil)
    }

    @Test func visibleBylineIsReadWithoutBy() throws {
        let draft = try read(before: "<div class=\"byline\">By Maria Ortiz and Sam Lee</div>")
        #expect(draft.byline == "Maria Ortiz and Sam Lee")
        #expect(!draft.body.contains("Sam Lee"))
    }

    @Test func canonicalLinkGivesURLWithoutOpenGraph() throws {
        let draft = try read(head: "<link rel=\"canonical\" href=\"https://herald.example/storm-1\">")
        #expect(draft.url == "https://herald.example/storm-1")
    }

    @Test(arguments: [
        ("Storm floods harbour | The Coast Herald", "Storm floods harbour"),
        ("Storm floods harbour - Coast Herald", "Storm floods harbour"),
        ("Opinion | Why the wall failed - The Coast Herald", "Opinion | Why the wall failed"),
        ("Storm floods harbour", "Storm floods harbour"),
    ])
    func titleLosesSiteSuffix(title: String, expected: String) throws {
        let draft = try read(head: "<title>\(title)</title>")
        #expect(draft.title == expected)
    }

    @Test(arguments: [
        ("Storm floods the harbour wall | Coast Herald", "Coast Herald"),
        ("Storm floods the harbour wall", nil),
        ("Storm floods the harbour wall - Updated 5 times", nil),
    ] as [(String, String?)])
    func siteNameFromTitleSuffixWhenNoMetadataNamesIt(title: String, outlet: String?) throws {
        #expect(try read(head: "<title>\(title)</title>").outlet == outlet)
    }

    @Test func siteNameSuffixIsStrippedFromOpenGraphTitle() throws {
        let draft = try read(head: """
            <meta property="og:title" content="Storm floods harbour – The Coast Herald">
            <meta property="og:site_name" content="The Coast Herald">
            """)
        #expect(draft.title == "Storm floods harbour")
    }
}

@Suite("HTML reader: metadata edge cases")
struct HTMLMetadataEdgeTests {
    private func read(head: String = "", before: String = "") throws -> ArticleDraft {
        let html = HTMLTestPages.page(head: head, before: before)
        return try HTMLArticleReader().read(Data(html.utf8), path: "storm.html").draft
    }

    @Test func itempropListingSeveralPropertiesCounts() throws {
        let draft = try read(head: "<meta itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:09Z\">")
        #expect(draft.published == NewsDate(year: 2019, month: 11, day: 19))
    }

    @Test func placeholderDateGivesWayToTheNextSource() throws {
        let draft = try read(head: "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">",
                             before: "<time datetime=\"2019-11-18\">Nov. 18</time>")
        #expect(draft.published == NewsDate(year: 2019, month: 11, day: 18))
    }

    @Test func siteSpecificPublicationMetaIsRead() throws {
        let draft = try read(head: "<meta name=\"sn-post-date\" content=\"2019/11/19\">")
        #expect(draft.published == NewsDate(year: 2019, month: 11, day: 19))
    }

    @Test(arguments: [
        ("<div class=\"byline\">By Jane Doe <time>Nov. 19, 2019</time></div>", "Jane Doe"),
        ("<p class=\"article-byline\">By JANE DOE | Published November 19, 2019</p>", "JANE DOE"),
        ("<span class=\"byline\">Jane Doe, John Roe <span class=\"date\">19/11/2019</span></span>", "Jane Doe, John Roe"),
        ("<div class=\"byline\">Staff Writer November 19, 2019 10:43</div>", "Staff Writer"),
        ("<a rel=\"author\" href=\"/jane\">Jane Doe</a>", "Jane Doe"),
    ])
    func visibleBylineStopsBeforeTheDate(html: String, byline: String) throws {
        #expect(try read(before: html).byline == byline)
    }
}
