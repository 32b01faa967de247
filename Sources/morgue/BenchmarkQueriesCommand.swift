import ArgumentParser
import MorgueArchive
import MorgueOutput

/// `morgue benchmark-queries`: query latencies for `Scripts/bench` (hidden from the command list).
struct BenchmarkQueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-queries",
        abstract: "Time each kind of search and quotes query over terms sampled from the archive (for Scripts/bench).",
        shouldDisplay: false)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Queries of each kind.")
    var count = 300

    @Option(help: "Only this kind of query (\"word + outlet\"), to profile it; repeat for several.")
    var only: [String] = []

    func run() throws {
        var benchmark = QueryBenchmark(archive: try archive.openExisting())
        for figures in try benchmark.run(count: count, only: only.isEmpty ? nil : Set(only)) {
            Console.out(JSONLines.encode(figures, pretty: false) + "\n")
        }
    }
}
