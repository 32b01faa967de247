import Foundation
import Testing

/// Readers and writers from separate processes, as a newsroom runs them: searches, quote lookups,
/// exports and backups in a loop during an ingest never fail (no "database is locked"), backups
/// taken mid-ingest are sound archives, and two ingests started together never interleave.
/// `Scripts/soak` runs the long version.
@Suite struct ConcurrencyTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    @Test func readsAndBackupsDuringAnIngestNeverFail() throws {
        let corpus = try SyntheticNewsroom.write(stories: 1_500, files: 6, under: morgue.directory.appendingPathComponent("corpus"))
        #expect(try morgue.run(["init"]).status == 0)
        let ingest = try morgue.start(["ingest", "--quiet", corpus.folder])
        var operations: [(name: String, result: MorgueRunner.Result)] = []
        var backups: [String] = []
        var duringIngest = 0
        repeat {
            let backup = morgue.directory.appendingPathComponent("backup-\(backups.count).sqlite").path
            backups.append(backup)
            operations.append(("search", try morgue.run(["search", "budget", "--format", "json"])))
            operations.append(("quotes", try morgue.run(["quotes", "money", "--format", "json"])))
            operations.append(("export", try morgue.run(["export"])))
            operations.append(("backup", try morgue.run(["backup", backup])))
            if ingest.isRunning { duringIngest += 4 }
        } while ingest.isRunning
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        for (name, result) in operations {
            #expect(result.status == 0, "morgue \(name) failed during the ingest: \(result.stderr)")
            #expect(!result.stderr.contains("locked"), "morgue \(name): \(result.stderr)")
        }
        for backup in backups {
            let verify = try morgue.run(["verify", "--db", backup], useDatabase: false)
            #expect(verify.status == 0, "\(backup): \(verify.stdout)")
            #expect(try morgue.run(["stats", "--db", backup], useDatabase: false).status == 0)
        }
        #expect(Set(try morgue.run(["export"]).ndjson().compactMap { $0["url"] as? String }) == corpus.urls)
        print("ConcurrencyTests: \(operations.count) reads and backups, \(duringIngest) of them while the ingest ran")
    }

    @Test func twoIngestsStartedTogetherNeverInterleave() throws {
        let corpus = try SyntheticNewsroom.write(stories: 600, files: 3, under: morgue.directory.appendingPathComponent("corpus"))
        let plain = try together(["ingest", "--quiet", corpus.folder], database: "plain.sqlite")
        #expect(plain.contains { $0.status == 0 })
        for result in plain where result.status != 0 {
            #expect(result.status == 75)
            #expect(result.stderr.contains("another morgue ingest is writing to this archive"))
        }
        #expect(try urls(in: "plain.sqlite") == corpus.urls)

        let waiting = try together(["ingest", "--quiet", "--wait", corpus.folder], database: "waiting.sqlite")
        #expect(waiting.map(\.status) == [0, 0], "\(waiting.map(\.stderr))")
        let stored = try morgue.run(["export", "--db", path("waiting.sqlite")], useDatabase: false).ndjson()
        #expect(stored.count == corpus.urls.count)
        #expect(Set(stored.compactMap { $0["url"] as? String }) == corpus.urls)
    }

    /// Runs the same command twice at once on `database`.
    private func together(_ arguments: [String], database: String) throws -> [MorgueRunner.Result] {
        let results = LockedResults()
        let group = DispatchGroup()
        for slot in 0..<2 {
            DispatchQueue.global().async(group: group) { [morgue] in
                results.set(slot, Result { try morgue.run(arguments + ["--db", path(database)], useDatabase: false) })
            }
        }
        group.wait()
        return try results.all()
    }

    private func urls(in database: String) throws -> Set<String> {
        Set(try morgue.run(["export", "--db", path(database)], useDatabase: false).ndjson().compactMap { $0["url"] as? String })
    }

    private func path(_ name: String) -> String { morgue.directory.appendingPathComponent(name).path }
}

/// Results handed from worker threads to the test.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<MorgueRunner.Result, any Error>] = [:]

    func set(_ slot: Int, _ result: Result<MorgueRunner.Result, any Error>) { lock.withLock { results[slot] = result } }
    func all() throws -> [MorgueRunner.Result] {
        try lock.withLock { try results.keys.sorted().map { try results[$0]!.get() } }
    }
}
