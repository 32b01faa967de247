import Foundation
import Testing

/// Hostile input through the binary: search text of any shape gives results or a clear message,
/// and paths or path-like text inside stories never make Morgue write outside what the user named.
@Suite struct HostileInputTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    static let searches = ["harbour", "\"harbour", "harbour\"", "(", ")", "NEAR(", "NEAR(harbour ferry, x)", "*", "harb*",
                           "^harbour", "-harbour", "title:harbour", "nosuch:harbour", "{title}:", "AND", "OR OR", "NOT",
                           "\"\"", "'", "' OR 1=1 --", "DROP TABLE article;", "%_\\", "\u{202E}שלום", "e\u{301}", "🇺🇸",
                           "\u{FEFF}", String(repeating: "(", count: 200), String(repeating: "x", count: 5_000), " "]

    @Test func anySearchGivesResultsOrAClearMessage() throws {
        let path = try morgue.write("a.jsonl", """
            {"url": "https://example.com/1", "title": "Harbour reopens", "text": "“The harbour is open,” the mayor said."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        var runs = 0
        for text in Self.searches {
            for command in ["search", "quotes"] {
                for raw in [false, true] {
                    let result = try morgue.run([command] + (raw ? ["--fts"] : []) + ["--", text])
                    runs += 1
                    let what = "morgue \(command)\(raw ? " --fts" : "") \(text.prefix(40).debugDescription)"
                    #expect(result.status == 0 || result.status == 1, "\(what) exited \(result.status): \(result.stderr)")
                    #expect(!result.stdout.contains("fts5:") && !result.stdout.contains("SQLite error"), "\(what): \(result.stdout)")
                    #expect(!result.stderr.contains("SQLite error"), "\(what) leaked: \(result.stderr)")
                    if result.status == 1 {
                        #expect(result.stderr.contains("is not valid FTS5 syntax") || result.stderr.contains("no words to search for"),
                                "\(what): \(result.stderr)")
                    }
                }
            }
        }
        print("HostileInputTests: \(runs) searches through the binary")
    }

    @Test func pathsInsideStoriesNeverChooseWhereMorgueWrites() throws {
        let outside = morgue.directory.appendingPathComponent("outside")
        let work = morgue.directory.appendingPathComponent("work/deep/er")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let hostile = ["../../etc/x", "../../../outside/evil", outside.appendingPathComponent("evil").path, "/etc/morgue-evil",
                       "../../outside/evil\u{0}.txt", "~/evil"]
        let records = hostile.enumerated().map { index, path in
            #"{"url": "https://example.com/\#(index)", "title": "\#(path)", "source_path": "\#(path)", "outlet": "\#(path)", "#
                + #""byline": "\#(path)", "text": "Saved to \#(path) and <script>alert(1)</script> \#(path)"}"#
        }
        try morgue.write("work/deep/er/stories.jsonl", records.joined(separator: "\n").replacingOccurrences(of: "\u{0}", with: "\\u0000") + "\n")
        try morgue.write("work/deep/er/../../etc/x.txt", "title: ../../outside/evil\nurl: /etc/passwd\n\nStory about /etc/passwd.")
        let before = try filesUnder(morgue.directory)
        let database = morgue.directory.appendingPathComponent("work/morgue.sqlite").path
        let ingest = try run(["ingest", "work/deep/er", "work/etc"], database: database)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try run(["export"], database: database).status == 0)
        #expect(try run(["export", "--format", "json"], database: database).status == 0)
        #expect(try run(["search", "etc", "--format", "json"], database: database).status == 0)
        let backup = morgue.directory.appendingPathComponent("work/copy.sqlite").path
        #expect(try run(["backup", backup], database: database).status == 0)
        let created = try filesUnder(morgue.directory).subtracting(before)
        let archiveFiles = Set(["", "-wal", "-shm", ".ingest-lock"].map { database + $0 } + [backup])
        #expect(created.subtracting(archiveFiles).isEmpty, "files written outside the archive: \(created.subtracting(archiveFiles).sorted())")
        #expect(!FileManager.default.fileExists(atPath: outside.path))
        #expect(!FileManager.default.fileExists(atPath: "/etc/morgue-evil"))
    }

    @Test func ingestingTheFolderThatHoldsTheArchiveSkipsTheArchive() throws {
        try morgue.write("story.txt", "Harbour reopens\n\nThe harbour reopened on Monday.")
        let first = try morgue.run(["ingest", "."])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("1 new, 0 updated, 0 unchanged, 0 failed"))
        let again = try morgue.run(["ingest", morgue.directory.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("0 new, 0 updated, 1 unchanged, 0 failed"))
    }

    private func run(_ arguments: [String], database: String) throws -> MorgueRunner.Result {
        try morgue.run(arguments + ["--db", database], useDatabase: false)
    }

    private func filesUnder(_ folder: URL) throws -> Set<String> {
        var files: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            files.insert(folder.appendingPathComponent(relative).standardizedFileURL.path)
        }
        return files
    }
}
