import Foundation
import MorgueOutput

/// Writes to standard output and standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Whether standard error is a terminal a person watches (progress lines go there, not to cron mail).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func print<Record: TabularRecord>(_ records: [Record], as format: OutputFormatArgument) {
        out(Renderer(format: format.format).render(records))
    }
}
