import ArgumentParser
import Foundation
import MorgueOutput

/// `morgue export`: every stored story with all its facts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every stored story with its metadata, source path, body and extracted facts.",
        discussion: "NDJSON (the default) streams one story a line; JSON writes one array.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case ndjson, json }

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "ndjson or json.")
    var format: Format = .ndjson

    func run() throws {
        let opened = try archive.openExisting()
        var first = true
        if format == .json { Console.out("[") }
        try opened.exportArticles { article in
            switch format {
            case .ndjson:
                Console.out(JSONLines.encode(article, pretty: false) + "\n")
            case .json:
                Console.out((first ? "\n" : ",\n") + JSONLines.encode(article, pretty: false))
            }
            first = false
        }
        if format == .json { Console.out(first ? "]\n" : "\n]\n") }
    }
}
