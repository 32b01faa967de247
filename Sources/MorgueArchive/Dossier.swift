/// Everything the archive has on one event, in one document a reporter reads before writing:
/// `morgue dossier` renders it as Markdown, HTML or JSON.
///
/// Every item carries its `Provenance` (the story and the character offsets it came from), so a
/// reader can check it. The JSON form is this value with snake_case keys; its shape is versioned by
/// `dossierVersion` and documented in README.md ("Dossier JSON").
public struct Dossier: Sendable, Codable, Hashable {
    /// The version of this shape. Fields are only added within a version.
    public static let currentVersion = 1

    /// `Dossier.currentVersion` when written.
    public var dossierVersion: Int
    public var event: Header
    /// Figures for the header, generated from the items below.
    public var counts: Counts
    /// Dated items, oldest first: stories, embedded posts (with their own dates), dated statements.
    public var timeline: [TimelineEntry]
    /// Quotes grouped by speaker, the most quoted first.
    public var speakers: [Speaker]
    /// Outlets and other sources the stories publish under, cite or credit, with what each is credited with.
    public var sources: [Source]
    /// People the stories name, most often named first, with their quotes counted.
    public var people: [Participant]
    public var organizations: [Participant]
    /// Places the stories name, most often named first.
    public var places: [Place]
    /// The event's stories, oldest first.
    public var stories: [Story]
    /// Claims that disagree, marked and left unresolved.
    public var disagreements: [Disagreement]

    /// What the dossier is about.
    public struct Header: Sendable, Codable, Hashable {
        public var id: Int64
        public var name: String
        /// `auto` or `user`.
        public var origin: String
        public var firstDate: String?
        public var lastDate: String?
    }

    /// How much the archive holds on the event.
    public struct Counts: Sendable, Codable, Hashable {
        public var stories: Int
        public var outlets: Int
        /// Distinct quotes and posts: one quote carried by several stories counts once.
        public var quotes: Int
        public var people: Int
        public var organizations: Int
        public var places: Int
    }

    /// One dated item of the timeline.
    public struct TimelineEntry: Sendable, Codable, Hashable {
        /// `YYYY-MM-DD`.
        public var date: String
        /// The full time, when the source gives one (a story's publication time).
        public var time: String?
        /// `story`, `post` (an embedded social post) or `statement` (a dated direct quote).
        public var kind: String
        /// The story's title, or the words posted or said.
        public var text: String
        /// The outlet of a story, the author of a post or statement.
        public var by: String?
        public var provenance: Provenance
    }

    /// Someone quoted in the event's stories.
    public struct Speaker: Sendable, Codable, Hashable {
        public var name: String
        /// The title or role the stories give most often ("Defense Secretary").
        public var role: String?
        public var handle: String?
        /// Distinct quotes, and the times stories carried them.
        public var quoteCount: Int
        public var timesCarried: Int
        public var quotes: [SpeakerQuote]
    }

    /// One quote (or post), with every story that carried it, first seen first.
    public struct SpeakerQuote: Sendable, Codable, Hashable {
        /// The words as the story that first carried them gives them.
        public var text: String
        /// `direct` or `embedded_post`.
        public var kind: String
        /// The day it was first said, posted or published, when known.
        public var firstSeen: String?
        public var carriedBy: [Carrier]
    }

    /// A story carrying a quote, with where the quote stands in it.
    public struct Carrier: Sendable, Codable, Hashable {
        public var outlet: String?
        public var published: String?
        public var title: String?
        public var text: String
        public var cue: String?
        public var provenance: Provenance
    }

    /// An outlet or body the stories publish under, cite, or credit with claims.
    public struct Source: Sendable, Codable, Hashable {
        public var name: String
        public var isOutlet: Bool
        /// Stories it published.
        public var published: [Int64]
        /// Stories citing it.
        public var citedIn: [Int64]
        /// The claims the stories credit it with ("the ambassador and staff have been evacuated").
        public var creditedWith: [Credit]
    }

    /// A claim a story credits to a source.
    public struct Credit: Sendable, Codable, Hashable {
        public var claim: String?
        /// How the story credits it: reports, according to, per…
        public var cue: String
        /// The source as the story writes it ("the AP").
        public var mention: String
        public var provenance: Provenance
    }

    /// A person or organisation the stories name.
    public struct Participant: Sendable, Codable, Hashable {
        public var name: String
        public var role: String?
        /// Stories naming them, times named, quotes of theirs in the event.
        public var stories: Int
        public var mentions: Int
        public var quotes: Int
        /// Where each story first names them.
        public var provenance: [Provenance]
    }

    /// A place the stories name.
    public struct Place: Sendable, Codable, Hashable {
        public var name: String
        /// `city`, `region` or `country`.
        public var kind: String
        public var countryCode: String?
        public var stories: Int
        public var mentions: Int
        /// Where each story first names it.
        public var provenance: [Provenance]
    }

    /// One story of the event.
    public struct Story: Sendable, Codable, Hashable {
        public var articleID: Int64
        public var published: String?
        public var publishedAt: String?
        public var outlet: String?
        public var title: String?
        public var byline: String?
        public var url: String?
        public var sourcePath: String?
        /// Quotes and posts the story carries.
        public var quotes: Int
        /// The whole body.
        public var provenance: Provenance

        // "articleId" so that JSON's snake_case "article_id" decodes back (Foundation folds "ID" otherwise).
        enum CodingKeys: String, CodingKey {
            case articleID = "articleId"
            case published, publishedAt, outlet, title, byline, url, sourcePath, quotes, provenance
        }
    }

    /// A claim denying what other claims in the event assert: "there has been no breach" against
    /// "protesters actually broke into the compound". Marked, never resolved.
    public struct Disagreement: Sendable, Codable, Hashable {
        /// The action in dispute, in the denial's words ("breach").
        public var subject: String
        public var denial: Claim
        public var assertions: [Claim]
        /// Why the archive flagged it, in one sentence.
        public var rule: String
    }

    /// A claim: a quote, a post, a claim credited to a source, or a story's title.
    public struct Claim: Sendable, Codable, Hashable {
        public var text: String
        /// Who makes it: the speaker, the source, or the outlet of a title.
        public var by: String?
        /// `quote`, `post`, `attribution` or `title`.
        public var kind: String
        public var provenance: Provenance
    }
}

/// Where an item comes from: a story and the half-open range of Unicode scalar offsets in its body
/// (`substr(body, start + 1, end - start)` in SQLite), or in its title when `field` is `title`.
public struct Provenance: Sendable, Codable, Hashable {
    public var articleID: Int64
    /// `body` or `title`.
    public var field: String
    public var start: Int
    public var end: Int

    enum CodingKeys: String, CodingKey {
        case articleID = "articleId"
        case field, start, end
    }

    public init(articleID: Int64, field: String = "body", start: Int, end: Int) {
        self.articleID = articleID
        self.field = field
        self.start = start
        self.end = end
    }

    /// `#12:340-395` (or `#12:title`): short enough to print after every item.
    public var citation: String {
        field == "body" ? "#\(articleID):\(start)-\(end)" : "#\(articleID):\(field)"
    }
}
