import ArgumentParser
import MorgueArchive
import MorgueExtraction
import MorgueIngest

/// `morgue reextract`: brings the facts of stored stories up to this Morgue's extraction rules.
struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Extract stored stories again with this version's rules and replace their facts.",
        discussion: """
            Each story records the version of the extraction rules that found its quotes, speakers, \
            attributions, actors, outlets, places and dates. After an upgrade of Morgue, `morgue verify` \
            counts the stories extracted by older rules; this command extracts them again from their \
            stored text (on every core) and replaces their facts, a page of stories per transaction: \
            interrupted, it leaves each story either refreshed or as it was, and running it again \
            continues. With --all it refreshes every story. Events are regrouped afterwards. It takes \
            the same lock as `morgue ingest`, so the two never write at once.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Extract every story again, not only those extracted by older rules.")
    var all = false

    @Flag(help: "Print no progress and no summary; errors are still printed.")
    var quiet = false

    @Flag(help: "When an ingest is writing to the archive, wait for it instead of exiting.")
    var wait = false

    func run() throws {
        let lock = try archive.takeWriterLock(for: "reextract", wait: wait)
        defer { withExtendedLifetime(lock) {} }
        let opened = try archive.openExisting()
        let total = all ? try opened.stats().articles : try opened.outdatedStoryCount()
        let showProgress = !quiet && Console.stderrIsTerminal
        let counts = try opened.reextract(all: all) { done in
            if showProgress { Console.error("\u{1B}[2K\r… \(done) of \(total) stories extracted again") }
        }
        if showProgress { Console.error("\u{1B}[2K\r") }
        if counts.stories > 0 { _ = try opened.updateEvents() }
        guard !quiet else { return }
        let rules = "extraction rules version \(Extractor.rulesVersion)"
        Console.out(counts.stories == 0
            ? "every story is already extracted by \(rules); nothing to do\n"
            : "\(counts.stories) stor\(counts.stories == 1 ? "y" : "ies") extracted again by \(rules): "
                + "\(counts.quotes) quote\(counts.quotes == 1 ? "" : "s") found\n")
    }
}
