import MorgueArchive

/// The dossier as JSON: `Dossier` with snake_case keys, sorted, pretty-printed.
///
/// The shape (version 1; fields are only ever added within a version):
///
///     { "dossier_version": 1,
///       "event": {"id", "name", "origin": "auto"|"user", "first_date", "last_date"},
///       "counts": {"stories", "outlets", "quotes", "people", "organizations", "places"},
///       "timeline": [{"date", "time"?, "kind": "story"|"post"|"statement", "text", "by"?, "provenance"}],
///       "speakers": [{"name", "role"?, "handle"?, "quote_count", "times_carried",
///                     "quotes": [{"text", "kind", "first_seen"?,
///                                 "carried_by": [{"outlet"?, "published"?, "title"?, "text", "cue"?, "provenance"}]}]}],
///       "sources": [{"name", "is_outlet", "published": [id], "cited_in": [id],
///                    "credited_with": [{"claim"?, "cue", "mention", "provenance"}]}],
///       "people", "organizations": [{"name", "role"?, "stories", "mentions", "quotes", "provenance": [...]}],
///       "places": [{"name", "kind", "country_code"?, "stories", "mentions", "provenance": [...]}],
///       "stories": [{"article_id", "published"?, "published_at"?, "outlet"?, "title"?, "byline"?, "url"?,
///                    "source_path"?, "quotes", "provenance"}],
///       "disagreements": [{"subject", "denial": claim, "assertions": [claim], "rule"}] }
///
/// where a claim is `{"text", "by"?, "kind": "quote"|"post"|"attribution"|"title", "provenance"}` and a
/// provenance is `{"article_id", "field": "body"|"title", "start", "end"}` (Unicode scalar offsets,
/// half-open). Absent values are left out.
public enum DossierJSON {
    /// The dossier as pretty-printed JSON, ending with a newline.
    public static func render(_ dossier: Dossier) -> String {
        JSONLines.encode(dossier, pretty: true) + "\n"
    }
}
