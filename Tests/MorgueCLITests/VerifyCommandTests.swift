import Foundation
import Testing

/// `morgue verify` through the binary: what it prints and its exit status.
@Suite struct VerifyCommandTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    @Test func soundArchiveReportsEachCheck() throws {
        let path = try morgue.write("a.jsonl", """
            {"url": "https://example.com/1", "title": "Harbour reopens", "text": "“It is open,” the mayor said."}
            {"url": "https://example.com/2", "title": "Ferry resumes", "text": "The ferry resumed service."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        let result = try morgue.run(["verify"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(": 2 stories, \(try quoteCount()) quotes") == true)
        #expect(lines.contains("ok   SQLite integrity check"))
        #expect(lines.contains("ok   every story in the search index (article_fts) (2 examined)"))
        #expect(lines.contains("ok   every story holds the facts stored with it (nothing lost since) (2 examined)"))
        #expect(lines.contains("ok   every story extracted by these rules stored whole (equal to a fresh extraction) (2 examined)"))
        #expect(lines.last == "the archive is sound")
        let quick = try morgue.run(["verify", "--quick"])
        #expect(quick.status == 0)
        #expect(!quick.stdout.contains("fresh extraction"))
        #expect(quick.stdout.contains("nothing lost since"))
    }

    @Test func noArchiveIsAClearError() throws {
        let result = try morgue.run(["verify"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no archive at"))
    }

    @Test func aFileThatIsNotAnArchiveFails() throws {
        try morgue.write("morgue.sqlite", String(repeating: "not a database ", count: 400))
        let result = try morgue.run(["verify"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot open the archive"))
    }

    private func quoteCount() throws -> Int {
        try morgue.run(["export"]).ndjson().reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
    }
}
