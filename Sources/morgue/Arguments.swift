import ArgumentParser
import MorgueExtraction
import MorgueOutput

/// An output format as typed on the command line.
enum OutputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, json, ndjson, csv

    var format: OutputFormat { OutputFormat(rawValue: rawValue)! }
}

/// A day as typed on the command line: `2019-12-31` or any form Morgue reads ("Dec 31, 2019").
struct DayArgument: ExpressibleByArgument {
    let date: NewsDate

    init?(argument: String) {
        guard let date = DateParser.parse(argument) else { return nil }
        self.date = date
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
