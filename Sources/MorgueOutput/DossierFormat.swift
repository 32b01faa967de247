import MorgueArchive

/// How `morgue dossier` writes a dossier.
public enum DossierFormat: String, Sendable, CaseIterable {
    /// Markdown: reads well as plain text and on a forge.
    case md
    /// One self-contained HTML file (no external assets), readable on screen and printable.
    case html
    /// JSON with the documented, versioned shape (`DossierJSON`).
    case json

    /// The dossier as text in this format.
    public func render(_ dossier: Dossier) -> String {
        switch self {
        case .md: return DossierMarkdown.render(dossier)
        case .html: return DossierHTML.render(dossier)
        case .json: return DossierJSON.render(dossier)
        }
    }
}

/// Words and figures the Markdown and HTML dossiers share.
enum DossierWording {
    static func span(_ event: Dossier.Header) -> String {
        switch (event.firstDate, event.lastDate) {
        case let (first?, last?) where first == last: return first
        case let (first?, last?): return "\(first) to \(last)"
        default: return "undated"
        }
    }

    static func origin(_ event: Dossier.Header) -> String {
        event.origin == "user" ? "defined by a user" : "found by Morgue"
    }

    static func counts(_ counts: Dossier.Counts) -> String {
        [plural(counts.stories, "story", "stories"), plural(counts.outlets, "outlet", "outlets"),
         plural(counts.quotes, "quote", "quotes"), plural(counts.people, "person", "people"),
         plural(counts.organizations, "organisation", "organisations"), plural(counts.places, "place", "places")]
            .joined(separator: " · ")
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    static let provenanceNote = "Every item ends with where it comes from: #ID:START-END is story ID, "
        + "characters START to END of its body (Unicode scalars, from 0); #ID:title is the story's title."

    static let disagreementNote = "Marked by a simple rule, not resolved: a claim denying an action against "
        + "claims in the event asserting it."

    /// Text on one line: stories' line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
