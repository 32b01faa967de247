import Foundation

/// How Morgue behaves on the web: who it says it is, how long it waits, how often it knocks.
public struct FetchPolicy: Sendable, Hashable {
    /// Sent with every request, so that publishers can see who fetches and why.
    public var userAgent = "Morgue/0.1 (newsroom archive)"
    /// Seconds to wait for a server to answer (and between bytes of an answer) before giving up.
    public var timeout: TimeInterval = 30
    /// Seconds between two requests to one host, so that a feed of 50 links is not 50 requests at once.
    public var perHostDelay: TimeInterval = 1
    /// Answers larger than this are abandoned mid-download rather than held in memory.
    public var maxBytes: Int = 64 * 1024 * 1024
    /// Whether a feed item that carries only a summary is replaced by its linked page (`--follow`).
    public var followLinks = false

    /// A policy with these limits; the User-Agent is always Morgue's own.
    public init(timeout: TimeInterval = 30, perHostDelay: TimeInterval = 1, maxBytes: Int = 64 * 1024 * 1024,
                followLinks: Bool = false) {
        self.timeout = timeout
        self.perHostDelay = perHostDelay
        self.maxBytes = maxBytes
        self.followLinks = followLinks
    }

    /// Whether an ingest input names a web address rather than a file.
    public static func isWebAddress(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
