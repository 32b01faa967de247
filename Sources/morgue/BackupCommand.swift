import ArgumentParser

/// `morgue backup`: a consistent copy of the archive, safe while an ingest runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the archive to a new file, consistently, even while an ingest is writing to it.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: ArgumentHelp("The new file to write (it must not exist yet).", valueName: "file"))
    var destination: String

    func run() throws {
        try archive.openExisting().backup(to: destination)
        Console.out("backed up \(archive.path) to \(destination)\n")
    }
}
