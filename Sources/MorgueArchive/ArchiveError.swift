/// What can go wrong with the archive file itself, in words a newsroom user can act on.
public enum ArchiveError: Error, Sendable, CustomStringConvertible {
    /// The file was written by a newer Morgue than this one.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file is not a SQLite database, or cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// The user's raw FTS5 query (`--fts`) is not valid FTS5 syntax.
    case invalidSearchSyntax(query: String, reason: String)
    /// No event, article or actor with that identifier.
    case notFound(what: String)

    public var description: String {
        switch self {
        case let .newerSchema(path, unknown):
            return "\(path) was written by a newer version of Morgue (it has schema steps this version does not "
                + "know: \(unknown.joined(separator: ", "))). Upgrade morgue to read it; nothing was changed."
        case let .cannotOpen(path, reason):
            return "cannot open the archive \(path): \(reason)"
        case let .invalidSearchSyntax(query, reason):
            return "the search \"\(query)\" is not valid FTS5 syntax (\(reason)). Drop --fts to search for the words as typed."
        case let .notFound(what):
            return "\(what) is not in the archive"
        }
    }
}
