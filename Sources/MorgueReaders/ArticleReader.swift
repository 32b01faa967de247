import Foundation
import MorgueExtraction

/// Why a file or one record of it could not become an article. The message names the file and,
/// where there is one, the line or record, in words a newsroom user can act on.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in.
    public var path: String
    /// The 1-based line (JSONL) or record (JSON array, feed item) the problem is in.
    public var line: Int?
    /// What is wrong, and what to do about it where that is not obvious.
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// One story a reader found in a file, or the reason one record of it could not be read.
public typealias ReadOutcome = Result<ArticleDraft, ReadError>
