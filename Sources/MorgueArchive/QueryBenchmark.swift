import Foundation
import GRDB
import MorgueExtraction

/// Times each kind of query `morgue search` and `morgue quotes` run, over terms sampled from the
/// archive itself, for `Scripts/bench`. Deterministic for a given archive and seed. Each query is
/// timed in the process, through the same `Archive` call and with the same limit as the command
/// (process start and printing are measured apart, by `Scripts/bench`).
public struct QueryBenchmark {
    /// Latency figures for one kind of query, in milliseconds.
    public struct Figures: Sendable, Codable {
        public var kind: String
        public var queries: Int
        public var medianMs: Double
        public var p95Ms: Double
        public var maxMs: Double
        /// The same queries' CPU time (this thread's): what they cost without other processes
        /// competing for the cores, which wall-clock time on a busy machine does not show.
        public var medianCpuMs: Double
        public var p95CpuMs: Double
        /// Results returned on average, to show the queries were not empty.
        public var meanResults: Double
    }

    private let archive: Archive
    private var random: SplitMix64

    public init(archive: Archive, seed: UInt64 = 1893) {
        self.archive = archive
        self.random = SplitMix64(seed: seed)
    }

    /// Runs `count` queries of each kind (of the kinds named in `only`, when given: to profile one)
    /// and returns their figures.
    public mutating func run(count: Int, only: Set<String>? = nil) throws -> [Figures] {
        let sample = try samples()
        guard !sample.words.isEmpty else { return [] }
        var figures: [Figures] = []
        func measure(_ kind: String, _ query: (inout SplitMix64) throws -> Int) throws {
            guard only?.contains(kind) ?? true else { return }
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var results = 0
            for _ in 0..<count {
                let start = DispatchTime.now().uptimeNanoseconds
                let startCPU = Self.threadCPUMilliseconds()
                results += try query(&random)
                cpuTimes.append(Self.threadCPUMilliseconds() - startCPU)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            times.sort()
            cpuTimes.sort()
            let p95 = min(times.count - 1, times.count * 95 / 100)
            figures.append(Figures(kind: kind, queries: count, medianMs: times[times.count / 2], p95Ms: times[p95],
                                   maxMs: times.last ?? 0, medianCpuMs: cpuTimes[times.count / 2],
                                   p95CpuMs: cpuTimes[p95], meanResults: Double(results) / Double(count)))
        }
        let archive = self.archive
        try measure("one word") { r in try archive.searchArticles(ArticleQuery(text: sample.words.pick(&r))).count }
        try measure("phrase") { r in
            try archive.searchArticles(ArticleQuery(text: "\"\(sample.phrases.pick(&r))\"", isRawFTS5: true)).count
        }
        try measure("two words") { r in
            try archive.searchArticles(ArticleQuery(text: sample.words.pick(&r) + " " + sample.words.pick(&r))).count
        }
        try measure("prefix") { r in
            try archive.searchArticles(ArticleQuery(text: String(sample.words.pick(&r).prefix(4)) + "*", isRawFTS5: true)).count
        }
        try measure("word + date range") { r in
            let since = sample.firstDay.adding(days: Int(r.next() % UInt64(max(1, sample.daySpan))))
            return try archive.searchArticles(ArticleQuery(text: sample.words.pick(&r), since: since,
                                                           until: since.adding(days: 90))).count
        }
        try measure("word + outlet") { r in
            try archive.searchArticles(ArticleQuery(text: sample.words.pick(&r), outlet: sample.outlets.pick(&r))).count
        }
        // `morgue quotes --by NAME` shows 20 quotes unless told otherwise, as `morgue search` shows 20 stories.
        try measure("quotes by person") { r in try archive.quotes(QuoteQuery(speaker: sample.speakers.pick(&r), limit: 20)).count }
        try measure("word + location") { r in
            try archive.searchArticles(ArticleQuery(text: sample.words.pick(&r), location: sample.places.pick(&r))).count
        }
        return figures
    }

    /// CPU time of the calling thread (GRDB runs a read on the caller's thread), in milliseconds.
    private static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    private struct Sample {
        var words: [String] = []
        var phrases: [String] = []
        var outlets: [String] = []
        var speakers: [String] = []
        var places: [String] = []
        var firstDay = NewsDate(dayNumber: 0)
        var daySpan = 1
    }

    /// Words and phrases from a few hundred stories, and the archive's outlets, quoted people and places.
    private mutating func samples() throws -> Sample {
        let seed = Int64(bitPattern: random.next() % 1_000_000)
        return try archive.pool.read { db in
            var sample = Sample()
            let bodies = try String.fetchAll(db, sql: "SELECT body FROM article ORDER BY (id * 7919 + ?) % 1000003 LIMIT 200",
                                             arguments: [seed])
            for body in bodies {
                let words = body.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count > 4 }
                guard words.count > 12 else { continue }
                sample.words.append(contentsOf: words.prefix(12))
                sample.phrases.append(words[5] + " " + words[6])
            }
            sample.outlets = try String.fetchAll(db, sql: "SELECT name FROM outlet ORDER BY id LIMIT 100")
            sample.speakers = try String.fetchAll(db, sql: """
                SELECT ac.name FROM actor ac WHERE ac.kind = 'person' AND EXISTS (SELECT 1 FROM quote WHERE actor_id = ac.id)
                ORDER BY ac.id LIMIT 200
                """)
            sample.places = try String.fetchAll(db, sql: "SELECT name FROM location ORDER BY id LIMIT 200")
            if let first = try String.fetchOne(db, sql: "SELECT min(published_date) FROM article").flatMap(DateParser.parse),
               let last = try String.fetchOne(db, sql: "SELECT max(published_date) FROM article").flatMap(DateParser.parse) {
                sample.firstDay = first
                sample.daySpan = max(1, last.dayNumber - first.dayNumber)
            }
            if sample.speakers.isEmpty { sample.speakers = ["nobody"] }
            if sample.places.isEmpty { sample.places = ["nowhere"] }
            if sample.outlets.isEmpty { sample.outlets = ["none"] }
            return sample
        }
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so benchmark runs repeat exactly.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Array {
    fileprivate func pick(_ random: inout SplitMix64) -> Element { self[Int(random.next() % UInt64(count))] }
}
