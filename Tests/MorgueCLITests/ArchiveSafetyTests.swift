import Foundation
import Testing

/// Backups, read-only archives and concurrent ingests, through the real binary.
@Suite struct ArchiveSafetyTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let path = try morgue.write("stories/a.jsonl", """
            {"url": "https://example.com/1", "title": "Harbour reopens", "text": "The harbour reopened after the storm."}
            {"url": "https://example.com/2", "title": "Ferry resumes", "text": "The ferry resumed service to the harbour."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
    }

    @Test func backupIsACompleteArchive() throws {
        let copy = morgue.directory.appendingPathComponent("copy.sqlite").path
        let result = try morgue.run(["backup", copy])
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try morgue.run(["search", "harbour", "--db", copy, "--format", "json"], useDatabase: false).jsonArray()
        #expect(hits.count == 2)
        let again = try morgue.run(["backup", copy])
        #expect(again.status != 0)
        #expect(again.stderr.contains("a file is already there"))
    }

    @Test func readOnlyArchiveCanBeSearched() throws {
        let folder = morgue.directory.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("ro.sqlite").path
        #expect(try morgue.run(["backup", copy]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        // Root may write anything, so as root the search runs as an unprivileged user, where that
        // user can reach the binary at all (a checkout inside a private folder it cannot).
        let asRoot = getuid() == 0
        if asRoot, try morgue.run(["--version"], useDatabase: false, asUnprivilegedUser: true).status != 0 {
            print("readOnlyArchiveCanBeSearched: user nobody cannot run \(MorgueRunner.binary.path); not checked")
            return
        }
        let hits = try morgue.run(["search", "ferry", "--db", copy, "--format", "json"], useDatabase: false,
                                  asUnprivilegedUser: asRoot)
        #expect(hits.status == 0, "\(hits.stderr)")
        #expect(try hits.jsonArray().count == 1)
        let ingest = try morgue.run(["ingest", morgue.directory.appendingPathComponent("stories").path, "--db", copy],
                                    useDatabase: false, asUnprivilegedUser: asRoot)
        #expect(ingest.status != 0)
    }

    @Test func secondIngestWhileOneRunsExitsWithAClearMessage() throws {
        // Hold the ingest lock as a running ingest would, from another process.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [morgue.database + ".ingest-lock", "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        var result = try morgue.run(["ingest", morgue.directory.appendingPathComponent("stories").path])
        for _ in 0..<50 where result.status == 0 {
            usleep(100_000)  // the holder may not have the lock yet
            result = try morgue.run(["ingest", morgue.directory.appendingPathComponent("stories").path])
        }
        #expect(result.status == 75)
        #expect(result.stderr.contains("another morgue ingest is writing to this archive"))
    }
}
