import ArgumentParser
import MorgueArchive

/// `morgue verify`: checks that the archive holds what it says it holds, as after a crash.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the archive: SQLite integrity, search indexes, and that every story was stored whole.",
        discussion: """
            Runs SQLite's integrity and foreign-key checks, checks that every story and every quote is \
            in its search index exactly once, recounts each story's stored facts against the tally \
            recorded when it was stored, and extracts every story stored by this version's extraction \
            rules again to check that its stored quotes, attributions, dates and mentions are all there \
            (the extractor is deterministic). Stories extracted by older rules are counted in a note: \
            `morgue reextract` refreshes them. Prints each check with what it examined; the exit status \
            is 1 when anything is wrong. Run it after a crash or a power cut.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Skip extracting every story again (the slow check); check SQLite, the search indexes and the stored tallies only.")
    var quick = false

    func run() throws {
        let report = try archive.openExisting().verify(reextract: !quick)
        var lines = ["checked \(archive.path): \(report.articleCount) stories, \(report.quoteCount) quotes"]
        for check in report.checks {
            let examined = check.examined.map { " (\($0) examined)" } ?? ""
            lines.append("\(check.passed ? "ok  " : "FAIL") \(check.name)\(examined)")
            lines += check.problems.map { "       \($0)" }
        }
        lines += report.notes.map { "note \($0)" }
        let failed = report.checks.filter { !$0.passed }.count
        lines.append(report.isSound ? "the archive is sound"
                                    : "the archive has problems: \(failed) check\(failed == 1 ? "" : "s") failed")
        Console.out(lines.joined(separator: "\n") + "\n")
        if !report.isSound { throw ExitCode.failure }
    }
}
