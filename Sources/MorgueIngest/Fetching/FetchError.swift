import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a URL could not be fetched, in words that say what to check.
public enum FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not an `http://` or `https://` address.
    case invalidAddress(String)
    /// The server answered, but not with the document (404, 410, 500…).
    case httpStatus(url: String, status: Int)
    /// No answer, or a stalled one, within the timeout.
    case timedOut(url: String, seconds: TimeInterval)
    /// The host name does not resolve.
    case hostNotFound(url: String, host: String)
    /// Nothing listens at the host and port.
    case connectionRefused(url: String, host: String)
    /// The answer passed the size limit and was abandoned mid-download.
    case tooLarge(url: String, limit: Int)
    /// Any other network failure (TLS, a dropped connection), in the system's words.
    case transport(url: String, reason: String)

    /// The URL that failed.
    public var url: String {
        switch self {
        case let .invalidAddress(url), let .httpStatus(url, _), let .timedOut(url, _), let .hostNotFound(url, _),
             let .connectionRefused(url, _), let .tooLarge(url, _), let .transport(url, _):
            return url
        }
    }

    /// What went wrong, without the URL (ingest errors name it separately).
    public var reason: String {
        switch self {
        case .invalidAddress:
            return "not a web address Morgue can fetch (use http:// or https://)"
        case let .httpStatus(_, status):
            let phrase = HTTPURLResponse.localizedString(forStatusCode: status)
            return "the server answered HTTP \(status) \(phrase)" + (status == 404 || status == 410
                ? "; check the address (the feed or page may have moved)" : status >= 500 ? "; try again later" : "")
        case let .timedOut(_, seconds):
            return "no answer within \(Self.format(seconds)) s; try again later or raise --timeout"
        case let .hostNotFound(_, host):
            return "the host \(host) was not found (DNS); check the address"
        case let .connectionRefused(_, host):
            return "nothing answered at \(host) (connection refused); check the address or try later"
        case let .tooLarge(_, limit):
            return "the answer is over the \(limit / 1_048_576) MB limit and was abandoned; "
                + "raise it with --max-file-size if it really is a story"
        case let .transport(_, reason):
            return "the fetch failed: \(reason)"
        }
    }

    /// `https://example.com/feed.xml: the server answered HTTP 404 Not Found; check the address…`
    public var description: String { "\(url): \(reason)" }

    private static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
