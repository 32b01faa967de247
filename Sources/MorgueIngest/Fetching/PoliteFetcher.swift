import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MorgueArchive

/// A fetched copy of a feed or page.
public struct FetchedDocument: Sendable {
    /// The address asked for (redirects are followed; stories keep the address the feed gave).
    public var url: String
    /// The body as received, not yet decoded: readers decode it (feeds by their XML declaration).
    public var data: Data
    /// The `Content-Type` header without parameters, lowercased ("application/rss+xml").
    public var contentType: String?
    /// What to send back next time to ask "has it changed?".
    public var validators: FetchValidators
}

/// What a conditional fetch found.
public enum FetchOutcome: Sendable {
    case fetched(FetchedDocument)
    /// "304 Not Modified": the copy Morgue ingested last time is still current.
    case notModified
}

/// Fetches feeds and pages politely: one request at a time, a pause between two requests to the same
/// host, a timeout, an honest User-Agent, a size limit enforced while downloading, and conditional
/// GET (`If-None-Match`, `If-Modified-Since`) when validators from a previous fetch are known.
public final class PoliteFetcher: @unchecked Sendable {
    /// The limits this fetcher keeps to.
    public let policy: FetchPolicy
    /// When each host ("127.0.0.1:8080") last finished answering; guarded by `lock`.
    private var lastAnswer: [String: ContinuousClock.Instant] = [:]
    private let lock = NSLock()

    /// A fetcher with its own per-host clock: use one for a whole run, so that the delay holds across inputs.
    public init(policy: FetchPolicy) {
        self.policy = policy
    }

    /// Fetches `address`, conditionally when `validators` are given.
    public func fetch(_ address: String, validators: FetchValidators? = nil) throws(FetchError) -> FetchOutcome {
        guard FetchPolicy.isWebAddress(address), let url = URL(string: address), let host = url.host else {
            throw .invalidAddress(address)
        }
        let hostKey = url.port.map { "\(host):\($0)" } ?? host
        waitForTurn(at: hostKey)
        defer { lock.withLock { lastAnswer[hostKey] = .now } }

        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: policy.timeout)
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators?.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let download = Download(limit: policy.maxBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = max(policy.timeout * 10, 60)
        configuration.httpAdditionalHeaders = ["User-Agent": policy.userAgent]
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        session.dataTask(with: request).resume()
        download.finished.wait()
        session.finishTasksAndInvalidate()

        let result = download.result
        if result.overLimit { throw .tooLarge(url: address, limit: policy.maxBytes) }
        if let error = result.error { throw Self.fetchError(error, url: address, host: hostKey, timeout: policy.timeout) }
        guard let response = result.response else { throw .transport(url: address, reason: "the server sent no answer") }
        if response.statusCode == 304 { return .notModified }
        guard (200..<300).contains(response.statusCode) else { throw .httpStatus(url: address, status: response.statusCode) }
        let contentType = (response.value(forHTTPHeaderField: "Content-Type")?
            .split(separator: ";").first).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let fresh = FetchValidators(etag: response.value(forHTTPHeaderField: "ETag"),
                                    lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
        return .fetched(FetchedDocument(url: address, data: result.data, contentType: contentType, validators: fresh))
    }

    /// Sleeps until `perHostDelay` has passed since the last answer from `host`.
    private func waitForTurn(at host: String) {
        guard policy.perHostDelay > 0, let last = lock.withLock({ lastAnswer[host] }) else { return }
        let due = last.advanced(by: .milliseconds(Int64(policy.perHostDelay * 1000)))
        let wait = ContinuousClock.now.duration(to: due)
        if wait > .zero {
            let (seconds, attoseconds) = wait.components
            Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        }
    }

    private static func fetchError(_ error: any Error, url: String, host: String, timeout: TimeInterval) -> FetchError {
        guard let urlError = error as? URLError else {
            return .transport(url: url, reason: (error as NSError).localizedDescription)
        }
        switch urlError.code {
        case .timedOut: return .timedOut(url: url, seconds: timeout)
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound(url: url, host: host)
        case .cannotConnectToHost: return .connectionRefused(url: url, host: host)
        default: return .transport(url: url, reason: urlError.localizedDescription)
        }
    }
}

/// One download's bytes and answer, gathered by URLSession's delegate callbacks, abandoned once it
/// passes the size limit.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Result {
        var data = Data()
        var response: HTTPURLResponse?
        var error: (any Error)?
        var overLimit = false
    }

    let limit: Int
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var state = Result()

    init(limit: Int) {
        self.limit = limit
    }

    var result: Result { lock.withLock { state } }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(limit)
        lock.withLock {
            state.response = response as? HTTPURLResponse
            state.overLimit = tooLarge
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock {
            state.data.append(data)
            if state.data.count > limit {
                state.overLimit = true
                state.data = Data()
            }
            return state.overLimit
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock { state.error = error }
        finished.signal()
    }
}
