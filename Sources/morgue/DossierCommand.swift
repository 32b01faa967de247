import ArgumentParser
import Foundation
import MorgueOutput

/// `morgue dossier`: everything the archive has on one event, in one document.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Write everything the archive has on an event: header, timeline, quotes by speaker, sources, "
            + "people, places, stories, and claims that disagree.",
        discussion: """
            Every item names its source story and character offsets (#ID:START-END), so a reader can \
            check it. Markdown (the default) reads as plain text and on a forge; HTML is one \
            self-contained, printable file; JSON has a versioned shape ("dossier_version": 1), \
            documented in Sources/MorgueOutput/DossierJSON.swift.

            Example: morgue dossier 3 --format html --out embassy.html
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json }

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id or exact name (see `morgue events`).")
    var event: String

    @Option(help: "md, html or json.")
    var format: Format = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        let text = DossierFormat(rawValue: format.rawValue)!.render(try archive.openExisting().dossier(for: event))
        guard let out else {
            Console.out(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        } catch {
            throw ValidationError("cannot write \(out): \(error.localizedDescription)")
        }
    }
}
