import Foundation
import Testing

/// `morgue ingest` killed with SIGKILL at seeded random moments: after every kill the archive passes
/// `morgue verify` (SQLite integrity, every story and quote indexed, every story stored whole) and
/// still holds every story stored before; a final complete ingest leaves exactly the expected
/// stories, once each. `Scripts/soak` runs the long version (20 kills and more, on a release build).
@Suite struct CrashSafetyTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    @Test func killedIngestsLoseNothingAndLeaveNoHalfStory() throws {
        let corpus = try SyntheticNewsroom.write(stories: 1_500, files: 6, under: morgue.directory.appendingPathComponent("corpus"))
        var random = SeededDelays(seed: 7)
        var stored: Set<String> = []
        var kills = 0
        for round in 1...4 {
            let ingest = try morgue.start(["ingest", "--quiet", corpus.folder])
            usleep(random.microseconds(upTo: 1_500_000))
            if ingest.isRunning {
                kill(ingest.processIdentifier, SIGKILL)
                kills += 1
            }
            ingest.waitUntilExit()
            // Killed before it created the archive (a slow start on a loaded machine): nothing to lose yet.
            if !FileManager.default.fileExists(atPath: morgue.database) {
                #expect(stored.isEmpty, "round \(round): the archive is gone")
                continue
            }
            let verify = try morgue.run(["verify"])
            #expect(verify.status == 0, "round \(round): \(verify.stdout)\(verify.stderr)")
            let urls = try storedURLs()
            #expect(Set(urls).isSuperset(of: stored), "round \(round): stories stored earlier are gone")
            #expect(Set(urls).count == urls.count, "round \(round): a story is stored twice")
            stored = Set(urls)
        }
        let final = try morgue.run(["ingest", "--quiet", corpus.folder])
        #expect(final.status == 0, "\(final.stderr)")
        let urls = try storedURLs()
        #expect(urls.count == corpus.urls.count)
        #expect(Set(urls) == corpus.urls)
        #expect(try morgue.run(["verify"]).status == 0)
        print("CrashSafetyTests: \(kills) SIGKILLs during ingest, \(stored.count) stories stored before the last one")
    }

    private func storedURLs() throws -> [String] {
        try morgue.run(["export"]).ndjson().compactMap { $0["url"] as? String }
    }
}

extension MorgueRunner {
    /// Starts `morgue ARGUMENTS --db <test archive>` without waiting, its output discarded.
    func start(_ arguments: [String], database: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", database ?? self.database]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Seeded delays, so that a failing kill schedule can be replayed.
struct SeededDelays {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func microseconds(upTo limit: UInt32) -> UInt32 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt32((state >> 33) % UInt64(limit))
    }
}

/// A deterministic newsroom's output for load tests: JSON Lines files of stories with URLs, titles,
/// outlets, dates, quotes with speakers, places and attributions.
enum SyntheticNewsroom {
    struct Corpus {
        var folder: String
        var urls: Set<String>
    }

    static func write(stories: Int, files: Int, under folder: URL) throws -> Corpus {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let people = ["Maria Okafor", "James Schmidt", "Aisha Haddad", "Wei Chen", "Olga Petrova", "Carlos Alvarez"]
        let places = ["Baghdad", "Paris", "Nairobi", "Lagos", "Berlin", "Madrid"]
        let outlets = ["Reuters", "Associated Press", "BBC", "Al Jazeera"]
        var urls: Set<String> = []
        var lines = [String](repeating: "", count: files)
        for index in 0..<stories {
            let person = people[index % people.count], place = places[(index / 6) % places.count]
            let url = "https://news.example/\(index)"
            urls.insert(url)
            let paragraph = "Officials in \(place) met on Tuesday to discuss the budget, the \(index)th meeting this year. "
            let body = "\(place.uppercased()) — \(paragraph)\\n\\n“We need the money now for story \(index),” \(person) said. "
                + "According to \(outlets[index % outlets.count]), talks will resume on January \(index % 28 + 1), 2020.\\n\\n"
                + String(repeating: paragraph, count: 20)
            let record = #"{"url": "\#(url)", "title": "Budget talks \#(index) in \#(place)", "outlet": "\#(outlets[index % outlets.count])", "date": "2020-01-\#(String(format: "%02d", index % 28 + 1))", "text": "\#(body)"}"#
            lines[index % files] += record + "\n"
        }
        for (number, content) in lines.enumerated() {
            try Data(content.utf8).write(to: folder.appendingPathComponent("stories-\(number).jsonl"))
        }
        return Corpus(folder: folder.path, urls: urls)
    }
}
