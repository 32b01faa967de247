import Foundation
import MorgueExtraction
import Testing
@testable import MorgueReaders

@Suite("HTML reader: main text")
struct HTMLBodyTests {
    private func body(_ html: String) throws -> String {
        try HTMLArticleReader().read(Data(html.utf8), path: "storm.html").draft.body
    }

    @Test func storyParagraphsAreSeparatedByBlankLinesWithoutTheHeadline() throws {
        #expect(try body(HTMLTestPages.page()) == HTMLTestPages.storyBody)
    }

    /// Each kind of boilerplate, placed around or inside the story, must leave the body unchanged.
    @Test(arguments: [
        ("navigation", "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li></ul></nav>", ""),
        ("header", "<header class=\"site-header\"><div>The Coast Herald: news from the harbour towns</div></header>", ""),
        ("aside", "", "<aside><p>Most read today: the lighthouse keeper who retired at ninety-one years old.</p></aside>"),
        ("footer", "", "<footer><p>Copyright 2019 The Coast Herald. All rights reserved. Terms of use apply.</p></footer>"),
        ("ad slot", "", "<div class=\"ad-slot\"><p>Buy the new Seabreeze sandals today, now with free shipping to your door.</p></div>"),
        ("advertisement label", "", "<p>Advertisement</p>"),
        ("timestamp line", "", "<p>Nov. 20, 2019 6:02 AM EST</p>"),
        ("updated line", "", "<p>Updated: Tuesday, 11/19/2019 10:43 a.m.</p>"),
        ("byline line", "", "<p>By Maria Ortiz</p>"),
        ("standfirst", "", "<p class=\"article-dek\">The town's oldest wall gave way overnight, and the market may move.</p>"),
        ("byline with date", "", "<p>by admin - 2019-11-20</p>"),
        ("repeated headline", "", "<p>Storm floods harbour</p>"),
        ("read-more teaser", "", "<p>Read more: Harbour wall was inspected in 2017</p>"),
        ("tag links", "", "<p>Tags: <a href=\"/t/storm\">storm</a>, <a href=\"/t/harbour\">harbour</a></p>"),
        ("figure caption", "", "<figure><img src=\"wall.jpg\"><figcaption>The broken harbour wall on Wednesday morning, seen from the pier.</figcaption></figure>"),
        ("related links", "", "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=\"/a\">Harbour wall repairs delayed again by council vote</a></li><li><a href=\"/b\">Fish market reopens after winter storm damage</a></li></ul></div>"),
        ("comments", "", "<section id=\"comments\"><h3>3 comments</h3><p>Great reporting, thank you for covering our town so closely all these years.</p></section>"),
        ("share bar", "", "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on Twitter</a></div>"),
        ("newsletter form", "", "<form><p>Sign up for the morning briefing</p><input type=\"email\"><button>Subscribe</button></form>"),
        ("script and style", "<script>var tracker = 'never shown to readers';</script><style>p { color: red }</style>", "<noscript>Enable JavaScript to see this message in full.</noscript>"),
        ("hidden element", "", "<div style=\"display: none\"><p>A hidden paragraph that readers of the page would never see on screen.</p></div>"),
    ])
    func boilerplateIsLeftOut(kind: String, before: String, inside: String) throws {
        let html = HTMLTestPages.page(before: before, inside: inside)
        #expect(try body(html) == HTMLTestPages.storyBody, "\(kind) leaked into the body")
    }

    @Test func headingsAndListItemsInsideTheStoryAreKept() throws {
        let inside = """
            <h2>What happens next</h2>
            <ul><li>The channel reopens on Thursday at noon.</li><li>The market stays closed until further notice.</li></ul>
            """
        let text = try body(HTMLTestPages.page(inside: inside))
        #expect(text == HTMLTestPages.storyBody + "\n\nWhat happens next\n\nThe channel reopens on Thursday at noon."
            + "\n\nThe market stays closed until further notice.")
    }

    @Test func storyIsFoundAmongLinkHeavyColumnsWithoutSemanticTags() throws {
        let links = (1...12).map { "<li><a href=\"/s\($0)\">Another headline about the town number \($0)</a></li>" }
            .joined()
        let html = """
            <html><body><div class="page"><div class="col-left"><ul>\(links)</ul></div>
            <div class="col-main"><div class="text">\(HTMLTestPages.storyHTML)</div></div></div></body></html>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test func storySplitIntoSiblingColumnsAroundAnAdIsJoined() throws {
        let columns = HTMLTestPages.storyParagraphs.map {
            "<div class=\"body-column\"><p>\(HTMLTestPages.escaped($0))</p></div>"
        }
        let html = """
            <html><body><nav><a href="/">Home</a></nav><section class="article-body">
            \(columns[0])<div class="ad-container"><p>Advertisement: sandals on sale this week only.</p></div>
            \(columns[1])\(columns[2])</section>
            <div class="most-popular"><ul><li><a href="/x">A story everyone is reading about the pier</a></li></ul></div>
            </body></html>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test func pageWrappedInOneFormIsRead() throws {
        let html = """
            <html><body><form id="aspnetForm" action="/story"><input type="hidden" name="state">
            <div class="main"><div class="story-text">\(HTMLTestPages.storyHTML)</div></div></form></body></html>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test func articleBodyMicrodataSurvivesABoilerplateSoundingWrapper() throws {
        let sidebar = (1...6).map { "<p>Sidebar item \($0): the weather, the tides and the ferry times for today.</p>" }
            .joined()
        let html = """
            <html><body><div class="layout-with-sidebar"><div itemprop="articleBody">\(HTMLTestPages.storyHTML)</div>
            </div><div class="rail">\(sidebar)</div></body></html>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test func upperCaseMarkupIsReadLikeLowerCase() throws {
        let paragraphs = HTMLTestPages.storyParagraphs.map { "<P CLASS=\"Text\">\(HTMLTestPages.escaped($0))</P>" }
        let html = """
            <HTML><HEAD><TITLE>Storm floods harbour</TITLE></HEAD><BODY><NAV><A HREF="/">Home</A></NAV>
            <DIV ID="Story">\(paragraphs.joined())</DIV><FOOTER><P>Copyright 2019 The Coast Herald, all rights reserved.</P></FOOTER></BODY></HTML>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test(arguments: ["29 November 2018 | 20 January 2019", "2018.04.05 ~ OPEN RUN", "By the numbers"])
    func storyLinesThatLookLikeTemplateLinesStay(line: String) throws {
        let text = try body(HTMLTestPages.page(inside: "<p>\(line)</p>"))
        #expect(text == HTMLTestPages.storyBody + "\n\n" + line)
    }

    @Test func dataTableRowsBecomeParagraphs() throws {
        let table = "<table><tr><th>Tide</th><th>Height</th></tr><tr><td>Tuesday</td><td>4.2 m</td></tr></table>"
        let text = try body(HTMLTestPages.page(inside: table))
        #expect(text == HTMLTestPages.storyBody + "\n\nTide Height\n\nTuesday 4.2 m")
    }

    @Test func textWrittenStraightIntoADivWithLineBreaksIsRead() throws {
        let html = """
            <html><body><div id="main">\(HTMLTestPages.storyParagraphs.map(HTMLTestPages.escaped)
                .joined(separator: "<br><br>"))</div></body></html>
            """
        #expect(try body(html) == HTMLTestPages.storyBody)
    }

    @Test func embeddedTweetBecomesItsOwnParagraphAndPost() throws {
        let tweet = """
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">The harbour wall is gone. Stay away from \
            the lower town tonight. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Coast Guard North \
            (@CoastGuardNorth) <a href="https://twitter.com/CoastGuardNorth/status/1">December 31, 2019</a></blockquote>
            <script async src="https://platform.twitter.com/widgets.js"></script>
            """
        let article = try HTMLArticleReader().read(Data(HTMLTestPages.page(inside: tweet).utf8), path: "storm.html")
        let expected = "The harbour wall is gone. Stay away from the lower town tonight. pic.twitter.com/x"
            + " — Coast Guard North (@CoastGuardNorth) December 31, 2019"
        #expect(article.draft.body == HTMLTestPages.storyBody + "\n\n" + expected)
        #expect(article.embeddedPosts == [EmbeddedPost(
            text: "The harbour wall is gone. Stay away from the lower town tonight. pic.twitter.com/x",
            author: "Coast Guard North", handle: "@CoastGuardNorth", date: "December 31, 2019",
            link: "https://twitter.com/CoastGuardNorth/status/1")])
    }

    @Test func instagramEmbedGivesAuthorAndHandle() throws {
        let post = """
            <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/">
            <div><p><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a></p>
            <p><a href="https://www.instagram.com/p/abc/">Sunset over what is left of the wall</a></p>
            <p>A post shared by <a href="https://www.instagram.com/mortiz/">Maria Ortiz (@mortiz)</a> on \
            <time datetime="2019-12-31T17:00:00+00:00">Dec 31, 2019 at 9:00am PST</time></p></div></blockquote>
            """
        let article = try HTMLArticleReader().read(Data(HTMLTestPages.page(inside: post).utf8), path: "storm.html")
        #expect(article.embeddedPosts == [EmbeddedPost(
            text: "Sunset over what is left of the wall", author: "Maria Ortiz", handle: "@mortiz",
            date: "Dec 31, 2019 at 9:00am PST", link: "https://www.instagram.com/p/abc/")])
        #expect(article.draft.body.hasSuffix(
            "\n\nSunset over what is left of the wall — Maria Ortiz (@mortiz) Dec 31, 2019 at 9:00am PST"))
    }

    @Test func pageWithoutTextThrowsNamingTheFile() {
        let html = "<html><head><title>Gallery</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<img src=\"a.jpg\"></body></html>"
        #expect(throws: ReadError(path: "gallery.html", reason: "no article text found in this page")) {
            try HTMLArticleReader().read(Data(html.utf8), path: "gallery.html")
        }
    }

    @Test func emptyFileThrowsNamingTheFile() {
        #expect(throws: ReadError(path: "empty.html", reason: "no article text found in this page")) {
            try HTMLArticleReader().read(Data(), path: "empty.html")
        }
    }
}
