import Foundation
import Testing

/// A web page ingested and exported through the real binary keeps its metadata and main text only.
@Suite struct HTMLIngestTests {
    @Test func pageIsIngestedWithMetadataAndWithoutBoilerplate() throws {
        let morgue = try MorgueRunner()
        let page = try morgue.write("pages/harbour.html", """
            <!doctype html><html><head><title>Harbour reopens | The Coast Herald</title>
            <meta property="og:site_name" content="The Coast Herald">
            <meta property="article:published_time" content="2024-03-05T09:00:00Z">
            <meta name="author" content="Ann Lee">
            <link rel="canonical" href="https://herald.example/harbour-reopens"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Tuesday after three weeks of repairs to the sea wall, officials said.</p>
            <p>“We are open for business again,” harbour master Tom Reyes said, as the first ferry docked.</p>
            <p>Fishermen said the closure had cost them most of the winter season's catch.</p></article>
            <aside>Related: <a href="/x">Storm damage mapped</a></aside>
            <footer>© The Coast Herald</footer><script>track()</script></body></html>
            """)
        let result = try morgue.run(["ingest", page])
        #expect(result.status == 0, "\(result.stderr)")
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == "Harbour reopens")
        #expect(story["outlet"] as? String == "The Coast Herald")
        #expect(story["byline"] as? String == "Ann Lee")
        #expect(story["published"] as? String == "2024-03-05")
        #expect(story["url"] as? String == "https://herald.example/harbour-reopens")
        let body = try #require(story["body"] as? String)
        #expect(body.hasPrefix("The harbour reopened on Tuesday"))
        #expect(!body.contains("Storm damage mapped"))
        #expect(!body.contains("track()"))
        #expect(!body.contains("Home"))
        // Ingesting the same page again is a no-op, the URL being its identity.
        #expect(try morgue.run(["ingest", page]).stdout.hasPrefix("0 new, 0 updated, 1 unchanged"))
    }
}
