import Foundation
import MorgueArchive
import Testing

/// The archive's conditional-GET cache: what a server said about each URL, kept for the next fetch.
@Suite struct FetchValidatorsTests {
    let archive: Archive

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fetch-\(UUID().uuidString).sqlite").path
        archive = try Archive(path: path)
    }

    @Test func validatorsAreKeptReplacedAndForgotten() throws {
        let feed = "http://127.0.0.1:8080/feed.xml"
        #expect(try archive.validators(for: feed) == nil)
        try archive.recordValidators(FetchValidators(etag: "\"v1\"", lastModified: "Tue, 10 Jun 2003 04:00:00 GMT"), for: feed)
        #expect(try archive.validators(for: feed) == FetchValidators(etag: "\"v1\"", lastModified: "Tue, 10 Jun 2003 04:00:00 GMT"))
        try archive.recordValidators(FetchValidators(etag: "W/\"v2\""), for: feed)
        #expect(try archive.validators(for: feed) == FetchValidators(etag: "W/\"v2\""))
        // A server that stops sending validators makes the next fetch unconditional.
        try archive.recordValidators(FetchValidators(), for: feed)
        #expect(try archive.validators(for: feed) == nil)
    }

    @Test func onlyWebAddressesAreCached() {
        #expect(throws: (any Error).self) {
            try archive.recordValidators(FetchValidators(etag: "\"x\""), for: "/tmp/feed.xml")
        }
    }
}
