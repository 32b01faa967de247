import MorgueArchive

/// The dossier as Markdown: headings and lists that read well as plain text and render on a forge.
/// Article text is escaped so that no story can inject formatting, links or HTML.
public enum DossierMarkdown {
    /// The dossier as one Markdown document.
    public static func render(_ dossier: Dossier) -> String {
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let event = dossier.event
        line("# " + escape(event.name))
        line()
        line("Event \(event.id), \(DossierWording.origin(event)) · \(DossierWording.span(event))  ")
        line("**" + DossierWording.counts(dossier.counts) + "**")
        line()
        line("_" + DossierWording.provenanceNote + "_")

        line()
        line("## Timeline")
        line()
        if dossier.timeline.isEmpty { line("No dated items.") }
        for entry in dossier.timeline {
            let when = entry.time.map { "\(entry.date) (\($0))" } ?? entry.date
            let by = entry.by.map { " — " + escape($0) } ?? ""
            let text = entry.kind == "story" ? "*" + escape(entry.text) + "*" : "“" + escape(entry.text) + "”"
            line("- **\(when)** \(entry.kind): \(text)\(by) \(cite(entry.provenance))")
        }

        line()
        line("## Quotes by speaker")
        for speaker in dossier.speakers {
            line()
            var heading = "### " + escape(speaker.name)
            if let role = speaker.role { heading += ", " + escape(role) }
            if let handle = speaker.handle { heading += " (" + escape(handle) + ")" }
            line(heading)
            line()
            line("Quoted \(DossierWording.plural(speaker.quoteCount, "time", "times")) "
                + "(\(DossierWording.plural(speaker.timesCarried, "appearance", "appearances")) in stories).")
            for quote in speaker.quotes {
                line()
                line("> " + escape(quote.text))
                line()
                let kind = quote.kind == "embedded_post" ? "Post" : "Quote"
                line("\(kind), first seen \(quote.firstSeen ?? "on an unknown day"), carried by "
                    + DossierWording.plural(quote.carriedBy.count, "story", "stories") + ":")
                for carrier in quote.carriedBy {
                    let parts = [carrier.outlet.map(escape), carrier.published,
                                 "*" + escape(carrier.title ?? "(untitled story)") + "*"].compactMap { $0 }
                    line("- " + (parts.isEmpty ? "story" : parts.joined(separator: ", "))
                        + (carrier.cue.map { " (" + escape($0) + ")" } ?? "") + " " + cite(carrier.provenance))
                }
            }
        }
        if dossier.speakers.isEmpty { line(); line("No quotes.") }

        line()
        line("## Claims that disagree")
        line()
        if dossier.disagreements.isEmpty { line("None found.") } else { line("_" + DossierWording.disagreementNote + "_") }
        for disagreement in dossier.disagreements {
            line()
            line("- **Disputed: \(escape(disagreement.subject))** — " + claim(disagreement.denial))
            for assertion in disagreement.assertions { line("  - against: " + claim(assertion)) }
            line("  - rule: " + escape(disagreement.rule))
        }

        line()
        line("## Outlets and sources")
        line()
        if dossier.sources.isEmpty { line("None.") }
        for source in dossier.sources {
            var text = "- **" + escape(source.name) + "**" + (source.isOutlet ? " (outlet)" : "")
            var roles: [String] = []
            if !source.published.isEmpty { roles.append("published " + ids(source.published)) }
            if !source.citedIn.isEmpty { roles.append("cited in " + ids(source.citedIn)) }
            if !roles.isEmpty { text += ": " + roles.joined(separator: "; ") }
            line(text)
            for credit in source.creditedWith {
                let claim = credit.claim.map { "“" + escape($0) + "”" } ?? "(no claim stated)"
                line("  - credited with \(claim) (\(escape(credit.mention)) \(escape(credit.cue))) \(cite(credit.provenance))")
            }
        }

        participants("People", dossier.people, into: &out)
        participants("Organisations", dossier.organizations, into: &out)
        line()
        line("## Places")
        line()
        if dossier.places.isEmpty { line("None.") }
        for place in dossier.places {
            let detail = [place.kind, place.countryCode].compactMap { $0 }.joined(separator: ", ")
            line("- " + escape(place.name) + " (\(escape(detail))): "
                + DossierWording.plural(place.stories, "story", "stories") + ", "
                + DossierWording.plural(place.mentions, "mention", "mentions") + " "
                + place.provenance.map(cite).joined(separator: " "))
        }

        line()
        line("## Stories")
        line()
        for (number, story) in dossier.stories.enumerated() {
            let title = escape(story.title ?? "(untitled story)")
            let linked = story.url.flatMap(safeURL).map { "[\(title)](<\($0)>)" } ?? "*\(title)*"
            let parts = [story.published ?? "undated", story.outlet.map(escape)].compactMap { $0 }
            var text = "\(number + 1). \(parts.joined(separator: " · ")) · \(linked)"
            if let byline = story.byline { text += ", by " + escape(byline) }
            text += " — " + DossierWording.plural(story.quotes, "quote", "quotes")
            if let path = story.sourcePath { text += " — `" + path.replacingOccurrences(of: "`", with: "'") + "`" }
            line(text + " " + cite(story.provenance))
        }
        return out
    }

    private static func participants(_ heading: String, _ list: [Dossier.Participant], into out: inout String) {
        out += "\n## \(heading)\n\n"
        if list.isEmpty { out += "None.\n" }
        for participant in list {
            out += "- " + escape(participant.name) + (participant.role.map { " (" + escape($0) + ")" } ?? "") + ": "
                + DossierWording.plural(participant.stories, "story", "stories") + ", "
                + DossierWording.plural(participant.mentions, "mention", "mentions") + ", "
                + DossierWording.plural(participant.quotes, "quote", "quotes") + " "
                + participant.provenance.map(cite).joined(separator: " ") + "\n"
        }
    }

    private static func claim(_ claim: Dossier.Claim) -> String {
        "“" + escape(claim.text) + "”" + (claim.by.map { " — " + escape($0) } ?? "") + " (\(claim.kind)) "
            + cite(claim.provenance)
    }

    private static func cite(_ provenance: Provenance) -> String { "`" + provenance.citation + "`" }

    private static func ids(_ ids: [Int64]) -> String { ids.map { "#\($0)" }.joined(separator: ", ") }

    /// A URL that is safe to make a link of: http or https, without spaces or angle brackets.
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !url.contains(where: { $0 == "<" || $0 == ">" || $0 == " " || $0.isNewline }) else { return nil }
        return url
    }

    /// Article text on one line, with Markdown's and HTML's special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in DossierWording.oneLine(text) {
            if "\\`*_[]<>&|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
