import ArgumentParser

/// `morgue init`: creates an empty archive, or brings an existing one's schema up to date.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty archive, or upgrade an existing one to this version's schema.",
        discussion: "Other commands do this by themselves; `init` is for setting up a file ahead of time.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let opened = try archive.open()
        Console.out("archive \(opened.path) ready (schema \(try opened.appliedMigrations().last ?? "none"))\n")
    }
}
