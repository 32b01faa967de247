import Foundation
import MorgueArchive
import MorgueExtraction
import MorgueOutput
import Testing

/// A small event stored through the archive (facts set by the test), for rendering its dossier.
/// One story is hostile: markup in its title, body, quote and URL.
struct RenderingFixture {
    let archive: Archive
    let dossier: Dossier

    static let postText = "Iran killed an American contractor, wounding many. We strongly responded."
    static let hostileQuote = "<script>alert('quote')</script> we will not leave"

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString).sqlite").path
        archive = try Archive(path: path)
        func span(_ text: String, in body: String) -> TextSpan {
            let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return TextSpan(start: start, end: start + needle.count)
        }
        let first = "Protesters gathered in Baghdad. \(Self.postText) — Donald J. Trump (@realDonaldTrump) December 31, 2019"
        let second = "Militias & allies said <b>bold</b> things in Baghdad. “\(Self.hostileQuote),” a militia leader said. "
            + "Trump wrote: “\(Self.postText)”"
        func story(_ title: String, _ body: String, url: String, quotes: [Quote]) -> ExtractedArticle {
            var extraction = Extraction(quotes: quotes)
            extraction.locations = [LocationMention(name: "Baghdad", mention: "Baghdad", span: span("Baghdad", in: body),
                                                    geonameID: 98182, countryCode: "IQ", kind: .city)]
            return ExtractedArticle(
                draft: ArticleDraft(title: title, outlet: "Example News", published: NewsDate(year: 2019, month: 12, day: 31),
                                    url: url, body: body),
                contentHash: String(repeating: title.count.isMultiple(of: 2) ? "a" : "b", count: 63) + "\(title.count % 10)",
                extraction: extraction)
        }
        _ = try archive.store([
            story("Embassy under siege", first, url: "https://example.com/siege", quotes: [
                Quote(text: Self.postText, span: span(Self.postText, in: first), kind: .embeddedPost,
                      speaker: "Donald J. Trump", speakerHandle: "@realDonaldTrump", date: NewsDate(year: 2019, month: 12, day: 31)),
            ]),
            story("<script>alert('title')</script> Militias speak", second, url: "javascript:alert('url')", quotes: [
                Quote(text: Self.hostileQuote, span: span(Self.hostileQuote, in: second), speaker: "Militia leader", cue: "said"),
                Quote(text: Self.postText, span: span(Self.postText, in: second), speaker: "Donald J. Trump", cue: "wrote"),
            ]),
        ])
        try archive.updateEvents()
        let event = try #require(try archive.events().first)
        dossier = try archive.dossier(for: String(event.id))
    }
}

@Suite struct DossierRenderingTests {
    let fixture: RenderingFixture

    init() throws { fixture = try RenderingFixture() }

    @Test func markdownHoldsEverySection() {
        let md = DossierFormat.md.render(fixture.dossier)
        #expect(md.hasPrefix("# Baghdad (2019-12-31)\n"))
        #expect(md.contains("**2 stories · 1 outlet · 2 quotes · 0 people · 0 organisations · 1 place**"))
        for heading in ["## Timeline", "## Quotes by speaker", "## Claims that disagree", "## Outlets and sources",
                        "## People", "## Organisations", "## Places", "## Stories"] {
            #expect(md.contains("\n" + heading + "\n"), "\(heading)")
        }
        #expect(md.contains("### Donald J. Trump (@realDonaldTrump)"))
        #expect(md.contains("> Iran killed an American contractor, wounding many. We strongly responded."))
        #expect(md.contains("Post, first seen 2019-12-31, carried by 2 stories:"))
        #expect(md.contains("[Embassy under siege](<https://example.com/siege>)"))
        // Markup in story text is escaped, and a javascript: URL never becomes a link.
        #expect(md.contains("\\<script\\>alert('title')\\</script\\> Militias speak"))
        #expect(!md.contains("<script>"))
        #expect(!md.contains("](<javascript"))
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = DossierFormat.html.render(fixture.dossier)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Baghdad (2019-12-31)</h1>"))
        #expect(html.contains("<blockquote>Iran killed an American contractor, wounding many. We strongly responded.</blockquote>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Militias speak"))
        #expect(html.contains("Militias &amp; allies") == false)  // bodies are not printed, only their items
        #expect(html.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt; we will not leave"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("<a href=\"https://example.com/siege\">Embassy under siege</a>"))
        #expect(html.contains("@media print"))
        // No external assets: nothing to fetch.
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("url("))
    }

    @Test func jsonHasTheVersionedShape() throws {
        let json = DossierFormat.json.render(fixture.dossier)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["dossier_version"] as? Int == 1)
        #expect(Set(object.keys) == ["dossier_version", "event", "counts", "timeline", "speakers", "sources", "people",
                                     "organizations", "places", "stories", "disagreements"])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["stories"] == 2)
        #expect(counts["quotes"] == 2)
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        let quotes = try #require(speakers.first?["quotes"] as? [[String: Any]])
        let carriers = try #require(quotes.first?["carried_by"] as? [[String: Any]])
        #expect(carriers.count == 2)
        let provenance = try #require(carriers.first?["provenance"] as? [String: Any])
        #expect(provenance["field"] as? String == "body")
        #expect(provenance["start"] as? Int == 32)
        #expect(provenance["end"] as? Int == 32 + RenderingFixture.postText.unicodeScalars.count)
        // Round trip: the JSON is the Dossier value.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(Dossier.self, from: Data(json.utf8)) == fixture.dossier)
    }
}
