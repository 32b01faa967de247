import MorgueArchive

/// The dossier as one self-contained HTML file: no scripts, no external stylesheets, fonts or images,
/// readable on screen and printable. Every piece of article text is escaped, and only http(s) URLs
/// become links, so a story can neither run script nor inject markup.
public enum DossierHTML {
    /// The dossier as one HTML document, with its stylesheet inside.
    public static func render(_ dossier: Dossier) -> String {
        let event = dossier.event
        var body = ""
        body += "<header>\n<h1>\(escape(event.name))</h1>\n"
        body += "<p class=\"meta\">Event \(event.id), \(DossierWording.origin(event)) · "
            + "\(escape(DossierWording.span(event)))</p>\n"
        body += "<p class=\"counts\">\(escape(DossierWording.counts(dossier.counts)))</p>\n"
        body += "<p class=\"note\">\(escape(DossierWording.provenanceNote))</p>\n</header>\n"

        body += section("Timeline", id: "timeline") {
            guard !dossier.timeline.isEmpty else { return "<p>No dated items.</p>\n" }
            return "<ol class=\"timeline\">\n" + dossier.timeline.map { entry in
                let when = escape(entry.date) + (entry.time.map { " <span class=\"time\">\(escape($0))</span>" } ?? "")
                let text = entry.kind == "story" ? "<cite>\(escape(entry.text))</cite>" : "<q>\(escape(entry.text))</q>"
                return "<li><span class=\"date\">\(when)</span> <span class=\"kind\">\(escape(entry.kind))</span> "
                    + text + (entry.by.map { " — \(escape($0))" } ?? "") + " " + cite(entry.provenance) + "</li>\n"
            }.joined() + "</ol>\n"
        }

        body += section("Quotes by speaker", id: "quotes") {
            guard !dossier.speakers.isEmpty else { return "<p>No quotes.</p>\n" }
            return dossier.speakers.map { speaker in
                var html = "<article class=\"speaker\">\n<h3>\(escape(speaker.name))"
                if let role = speaker.role { html += ", <span class=\"role\">\(escape(role))</span>" }
                if let handle = speaker.handle { html += " <span class=\"handle\">(\(escape(handle)))</span>" }
                html += "</h3>\n<p class=\"meta\">Quoted \(DossierWording.plural(speaker.quoteCount, "time", "times")) "
                    + "(\(DossierWording.plural(speaker.timesCarried, "appearance", "appearances")) in stories).</p>\n"
                for quote in speaker.quotes {
                    html += "<blockquote>\(escape(quote.text))</blockquote>\n<p class=\"carried\">"
                        + (quote.kind == "embedded_post" ? "Post" : "Quote")
                        + ", first seen \(escape(quote.firstSeen ?? "on an unknown day")), carried by:</p>\n<ul>\n"
                    for carrier in quote.carriedBy {
                        let parts = [carrier.outlet.map(escape), carrier.published.map(escape),
                                     "<cite>\(escape(carrier.title ?? "(untitled story)"))</cite>"].compactMap { $0 }
                        html += "<li>" + (parts.isEmpty ? "story" : parts.joined(separator: ", "))
                            + (carrier.cue.map { " (\(escape($0)))" } ?? "") + " " + cite(carrier.provenance) + "</li>\n"
                    }
                    html += "</ul>\n"
                }
                return html + "</article>\n"
            }.joined()
        }

        body += section("Claims that disagree", id: "disagreements") {
            guard !dossier.disagreements.isEmpty else { return "<p>None found.</p>\n" }
            return "<p class=\"note\">\(escape(DossierWording.disagreementNote))</p>\n"
                + dossier.disagreements.map { disagreement in
                    "<div class=\"disagreement\">\n<p><strong>Disputed: \(escape(disagreement.subject))</strong></p>\n"
                        + "<p class=\"denial\">\(claim(disagreement.denial))</p>\n<ul>\n"
                        + disagreement.assertions.map { "<li>against: \(claim($0))</li>\n" }.joined()
                        + "</ul>\n<p class=\"rule\">\(escape(disagreement.rule))</p>\n</div>\n"
                }.joined()
        }

        body += section("Outlets and sources", id: "sources") {
            guard !dossier.sources.isEmpty else { return "<p>None.</p>\n" }
            return "<ul class=\"sources\">\n" + dossier.sources.map { source in
                var html = "<li><strong>\(escape(source.name))</strong>" + (source.isOutlet ? " (outlet)" : "")
                var roles: [String] = []
                if !source.published.isEmpty { roles.append("published " + ids(source.published)) }
                if !source.citedIn.isEmpty { roles.append("cited in " + ids(source.citedIn)) }
                if !roles.isEmpty { html += ": " + roles.joined(separator: "; ") }
                if !source.creditedWith.isEmpty {
                    html += "\n<ul>\n" + source.creditedWith.map { credit in
                        "<li>credited with " + (credit.claim.map { "<q>\(escape($0))</q>" } ?? "(no claim stated)")
                            + " (\(escape(credit.mention)) \(escape(credit.cue))) \(cite(credit.provenance))</li>\n"
                    }.joined() + "</ul>\n"
                }
                return html + "</li>\n"
            }.joined() + "</ul>\n"
        }

        body += participants("People", id: "people", dossier.people)
        body += participants("Organisations", id: "organisations", dossier.organizations)
        body += section("Places", id: "places") {
            guard !dossier.places.isEmpty else { return "<p>None.</p>\n" }
            return "<ul>\n" + dossier.places.map { place in
                let detail = [place.kind, place.countryCode].compactMap { $0 }.joined(separator: ", ")
                return "<li>\(escape(place.name)) (\(escape(detail))): "
                    + "\(DossierWording.plural(place.stories, "story", "stories")), "
                    + "\(DossierWording.plural(place.mentions, "mention", "mentions")) "
                    + place.provenance.map(cite).joined(separator: " ") + "</li>\n"
            }.joined() + "</ul>\n"
        }

        body += section("Stories", id: "stories") {
            "<ol class=\"stories\">\n" + dossier.stories.map { story in
                let title = escape(story.title ?? "(untitled story)")
                let linked = story.url.flatMap(DossierMarkdown.safeURL).map { "<a href=\"\(escape($0))\">\(title)</a>" }
                    ?? "<cite>\(title)</cite>"
                var html = "<li>\(escape(story.published ?? "undated"))"
                if let outlet = story.outlet { html += " · \(escape(outlet))" }
                html += " · \(linked)"
                if let byline = story.byline { html += ", by \(escape(byline))" }
                html += " — \(DossierWording.plural(story.quotes, "quote", "quotes"))"
                if let path = story.sourcePath { html += " — <code>\(escape(path))</code>" }
                if let url = story.url, DossierMarkdown.safeURL(url) == nil { html += " — <code>\(escape(url))</code>" }
                return html + " " + cite(story.provenance) + "</li>\n"
            }.joined() + "</ol>\n"
        }

        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(event.name)) — Morgue dossier</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func section(_ title: String, id: String, _ content: () -> String) -> String {
        "<section id=\"\(id)\">\n<h2>\(escape(title))</h2>\n" + content() + "</section>\n"
    }

    private static func participants(_ title: String, id: String, _ list: [Dossier.Participant]) -> String {
        section(title, id: id) {
            guard !list.isEmpty else { return "<p>None.</p>\n" }
            return "<ul>\n" + list.map { participant in
                "<li>\(escape(participant.name))" + (participant.role.map { " (\(escape($0)))" } ?? "") + ": "
                    + "\(DossierWording.plural(participant.stories, "story", "stories")), "
                    + "\(DossierWording.plural(participant.mentions, "mention", "mentions")), "
                    + "\(DossierWording.plural(participant.quotes, "quote", "quotes")) "
                    + participant.provenance.map(cite).joined(separator: " ") + "</li>\n"
            }.joined() + "</ul>\n"
        }
    }

    private static func claim(_ claim: Dossier.Claim) -> String {
        "<q>\(escape(claim.text))</q>" + (claim.by.map { " — \(escape($0))" } ?? "")
            + " <span class=\"kind\">(\(escape(claim.kind)))</span> " + cite(claim.provenance)
    }

    private static func cite(_ provenance: Provenance) -> String {
        "<span class=\"src\">\(escape(provenance.citation))</span>"
    }

    private static func ids(_ ids: [Int64]) -> String { ids.map { "#\($0)" }.joined(separator: ", ") }

    /// Text safe anywhere in HTML, in elements and in quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static let style = """

        body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff;
               max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin-bottom: .3rem; }
        h2 { font-family: Helvetica, Arial, sans-serif; font-size: 1.2rem; border-bottom: 2px solid #111;
             margin-top: 2.2rem; text-transform: uppercase; letter-spacing: .04em; }
        h3 { font-size: 1.1rem; margin-bottom: .2rem; }
        .meta, .note, .carried, .rule { color: #444; font-size: .92rem; margin: .2rem 0; }
        .counts { font-family: Helvetica, Arial, sans-serif; font-weight: bold; }
        .src { font: .78rem/1 Menlo, Consolas, monospace; color: #666; white-space: nowrap; }
        .kind { font-family: Helvetica, Arial, sans-serif; font-size: .8rem; color: #555; text-transform: uppercase; }
        .date { font-family: Helvetica, Arial, sans-serif; font-weight: bold; }
        blockquote { margin: .8rem 0 .3rem; padding: .2rem .9rem; border-left: 4px solid #999; font-size: 1.05rem; }
        .disagreement { border: 1px solid #b33; border-left-width: 5px; padding: .3rem .9rem; margin: .8rem 0; }
        ul, ol { padding-left: 1.4rem; }
        li { margin: .25rem 0; }
        code { font-size: .85rem; word-break: break-all; }
        a { color: #0645ad; }
        @media print {
            body { margin: 0; max-width: none; font-size: 11pt; }
            h2 { break-after: avoid; }
            article, blockquote, .disagreement, li { break-inside: avoid; }
            a { color: #111; text-decoration: none; }
            a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: #444; word-break: break-all; }
        }

        """
}
