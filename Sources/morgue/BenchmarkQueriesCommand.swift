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

    func run() throws {
        var benchmark = QueryBenchmark(archive: try archive.openExisting())
        for figures in try benchmark.run(count: count) {
            Console.out(JSONLines.encode(figures, pretty: false) + "\n")
        }
    }
}
