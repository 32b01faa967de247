/// What `Archive.verify()` found: each check it ran, how much it looked at, and anything wrong.
///
/// An archive is sound when no check found a problem. Notes (a run that never finished) are
/// reported but are not problems: a killed ingest leaves its run marked as running, honestly.
public struct ArchiveVerification: Sendable {
    /// One check: what was looked at and what was wrong.
    public struct Check: Sendable {
        /// What was checked, in a reader's words ("every story is in the search index").
        public var name: String
        /// How many things (stories, quotes, links) the check examined, where it counts any.
        public var examined: Int?
        /// What is wrong, one line each (at most `Archive.problemLimit`, then a count of the rest).
        public var problems: [String]

        public var passed: Bool { problems.isEmpty }
    }

    public var checks: [Check]
    /// Facts worth knowing that are not damage, such as runs that were interrupted.
    public var notes: [String]
    /// Stories and quotes the archive holds.
    public var articleCount: Int
    public var quoteCount: Int

    /// Whether every check passed.
    public var isSound: Bool { checks.allSatisfy(\.passed) }
}
