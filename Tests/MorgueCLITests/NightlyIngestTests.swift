import Foundation
import Testing

/// `Scripts/nightly-ingest` as cron would run it: the real script, the real `morgue` binary, sources
/// served by a local server on 127.0.0.1.
@Suite struct NightlyIngestTests {
    let morgue: MorgueRunner
    let server: LocalWebServer
    var log: String { morgue.directory.appendingPathComponent("nightly.log").path }

    init() throws {
        morgue = try MorgueRunner()
        server = try LocalWebServer(root: morgue.directory.appendingPathComponent("site"))
    }

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/nightly-ingest").path
    }

    /// Starts the script with `arguments`; `MORGUE` names the binary the tests built.
    func start(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MORGUE"] = MorgueRunner.binary.path
        environment["MORGUE_DB"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    func finish(_ started: (Process, Pipe, Pipe)) -> MorgueRunner.Result {
        let (process, out, err) = started
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return MorgueRunner.Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                                   stderr: String(decoding: errors, as: UTF8.self))
    }

    func run(_ arguments: [String]) throws -> MorgueRunner.Result { finish(try start(arguments)) }

    func logLines() throws -> [String] {
        try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func ingestsTheListedSourcesAndLogsWithTimestamps() throws {
        try morgue.write("site/feed.xml", FeedIngestTests.rss(items: 3, base: "https://example.com"))
        let local = try morgue.write("desk/story.txt", "A story filed by the night desk about the harbour.")
        let sources = try morgue.write("sources.txt", """
            # The night desk's sources
            \(server.base)/feed.xml

              \(local)   # a local file
            """)
        let first = try run(["--db", morgue.database, "--log", log, "--sources", sources, "--delay", "0"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty && first.stderr.isEmpty)
        let lines = try logLines()
        let stamp = #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z /#
        #expect(lines.allSatisfy { $0.contains(stamp) })
        #expect(lines.first?.hasSuffix("nightly ingest started: 2 source(s) into \(morgue.database)") == true)
        #expect(lines.contains { $0.contains(" 4 new, 0 updated, 0 unchanged, 0 failed; ") && $0.hasSuffix(" in 2 files (run 1)") })
        #expect(lines.last?.hasSuffix("nightly ingest finished") == true)
        #expect(try morgue.run(["export"]).ndjson().count == 4)

        let second = try run(["--db", morgue.database, "--log", log, "--sources", sources, "--delay", "0"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try logLines().contains { $0.hasSuffix("\(server.base)/feed.xml: not modified since the last run; nothing fetched") })
        #expect(server.requests().map(\.status) == [200, 304])
    }

    @Test func secondRunWhileTheFirstHoldsTheLockSaysSoAndExits() throws {
        try morgue.write("site/feed.xml", FeedIngestTests.rss(items: 2, base: "https://example.com"))
        // The first run waits 3 s on the server's answer, holding the nightly lock all the while.
        let first = try start(["--db", morgue.database, "--log", log, "--delay", "0", server.base + "/slow/3/feed.xml"])
        #expect(server.waitForRequest(to: "/slow/3/feed.xml"))
        let second = try run(["--db", morgue.database, "--log", log, "--delay", "0", server.base + "/feed.xml"])
        #expect(second.status == 75)
        #expect(second.stderr == "another nightly ingest is running (lock \(morgue.database).nightly-lock); exiting\n")
        let firstResult = finish(first)
        #expect(firstResult.status == 0, "\(firstResult.stderr)")
        let lines = try logLines()
        #expect(lines.contains { $0.hasSuffix("another nightly ingest is running (lock \(morgue.database).nightly-lock); exiting") })
        #expect(lines.contains { $0.contains(" 2 new, 0 updated, 0 unchanged, 0 failed; ") && $0.hasSuffix(" in 1 file (run 1)") })
        // Only the first run reached the server.
        #expect(server.requests().map(\.path) == ["/slow/3/feed.xml"])
        // The lock went with the first run: the next one goes ahead.
        let third = try run(["--db", morgue.database, "--log", log, "--delay", "0", server.base + "/feed.xml"])
        #expect(third.status == 0, "\(third.stderr)")
    }

    @Test func failureExitsNonZeroAndPointsAtTheLog() throws {
        let missing = server.base + "/gone.xml"
        let result = try run(["--db", morgue.database, "--log", log, "--delay", "0", missing])
        #expect(result.status == 1)
        #expect(result.stderr == "nightly-ingest: morgue ingest exited with status 1; see \(log)\n")
        let lines = try logLines()
        #expect(lines.contains { $0.hasSuffix("morgue ingest: \(missing): the server answered HTTP 404 Not Found; "
            + "check the address (the feed or page may have moved)") })
        #expect(lines.last?.hasSuffix("nightly ingest FAILED (morgue ingest exited with status 1)") == true)
    }

    @Test func usageMistakesAreRefused() throws {
        let noDatabase = try run(["https://example.com/feed.xml"])
        #expect(noDatabase.status == 64)
        #expect(noDatabase.stderr.contains("name the archive with --db"))
        let noSources = try run(["--db", morgue.database, "--sources", morgue.directory.appendingPathComponent("none.txt").path])
        #expect(noSources.status == 66)
        #expect(noSources.stderr.contains("cannot read the sources file"))
    }
}
