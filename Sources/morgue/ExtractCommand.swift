import ArgumentParser
import Foundation
import MorgueExtraction

/// `morgue extract`: runs extraction on JSONL records without touching a database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotes and speakers from JSONL records, without a database.",
        discussion: """
            Reads one JSON object a line with an "id" and a "text" (optional "title", "date", \
            "publisher" are used as metadata) and writes one line a record:
              {"id": "...", "quotes": [{"quote": "...", "start": 10, "end": 42, "speaker": "..."}]}
            Offsets count Unicode scalar values into "text". This is the format of the \
            quote-attribution evaluation set's scorer.
            """)

    @Argument(help: "A JSONL file, or - for standard input.")
    var input: String = "-"

    @Option(help: "Output format. Only jsonl is supported.")
    var format: String = "jsonl"

    @Flag(help: "Read and parse the records but extract nothing (the baseline of Scripts/bench-extract).")
    var parseOnly = false

    @Flag(help: """
        Write every fact extracted from each record (quotes, attributions, actors, outlets, places, dates) \
        as {"id", "extraction"}, instead of the evaluation format: to check that a change to extraction \
        leaves its output unchanged.
        """)
    var all = false

    func validate() throws {
        guard format == "jsonl" else { throw ValidationError("--format must be jsonl") }
    }

    func run() throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                throw ValidationError("cannot read \(input): \(error.localizedDescription)")
            }
        }
        let lines = Self.lineRanges(of: data).map { data[$0] }
        let extractor = Extractor()
        var outputs = [String?](repeating: nil, count: lines.count)
        var failures = [String?](repeating: nil, count: lines.count)
        outputs.withUnsafeMutableBufferPointer { out in
            failures.withUnsafeMutableBufferPointer { failed in
                nonisolated(unsafe) let out = out
                nonisolated(unsafe) let failed = failed
                DispatchQueue.concurrentPerform(iterations: lines.count) { index in
                    do {
                        out[index] = try Self.extractLine(Data(lines[index]), with: parseOnly ? nil : extractor,
                                                          everything: all)
                    } catch {
                        failed[index] = "\(input) line \(index + 1): \(error)"
                    }
                }
            }
        }
        Console.out(outputs.compactMap { $0.map { $0 + "\n" } }.joined())
        let errors = failures.compactMap { $0 }
        for message in errors { Console.error("morgue extract: \(message)") }
        if !errors.isEmpty { throw ExitCode.failure }
    }

    /// Where each non-empty line of `data` lies, found in one pass over its bytes.
    private static func lineRanges(of data: Data) -> [Range<Data.Index>] {
        data.withUnsafeBytes { bytes in
            var ranges: [Range<Data.Index>] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
                if index > start { ranges.append(data.startIndex + start ..< data.startIndex + index) }
                start = index + 1
            }
            if start < bytes.count { ranges.append(data.startIndex + start ..< data.startIndex + bytes.count) }
            return ranges
        }
    }

    private struct Record: Decodable {
        var id: String
        var text: String
        var title: String?
        var date: String?
        var publisher: String?
    }

    /// The speaker as the story names them at the quote ("Biden"), which is what the evaluation
    /// format asks for; the resolved name ("Joe Biden") where the story uses a pronoun or a role there.
    static func speakerAsWritten(_ quote: Quote) -> String? {
        guard let speaker = quote.speaker, let mention = quote.speakerMention else { return quote.speaker }
        let mentionWords = Set(NameKey.fold(mention).split(separator: " "))
        let speakerWords = Set(NameKey.fold(speaker).split(separator: " "))
        return !mentionWords.isEmpty && mentionWords.isSubset(of: speakerWords) ? mention : speaker
    }

    /// The record of a line: read directly when it is a flat object of strings (nearly always), else
    /// by `JSONDecoder`, which also words the error of a bad line.
    private static func record(_ line: Data) throws -> Record {
        let flat = line.withUnsafeBytes { FlatJSONObject($0, keys: ["id", "text", "title", "date", "publisher"]) }
        if let values = flat?.values, let id = values[0], let text = values[1] {
            return Record(id: id, text: text, title: values[2], date: values[3], publisher: values[4])
        }
        return try JSONDecoder().decode(Record.self, from: line)
    }

    private struct FullLine: Encodable {
        var id: String
        var extraction: Extraction
    }

    private static func extractLine(_ line: Data, with extractor: Extractor?, everything: Bool) throws -> String {
        let record = try Self.record(line)
        let draft = ArticleDraft(title: record.title, outlet: record.publisher,
                                 published: record.date.flatMap(DateParser.parse), body: record.text)
        let extraction = extractor?.extract(draft) ?? Extraction()
        if everything {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(FullLine(id: record.id, extraction: extraction)), as: UTF8.self)
        }
        let items = extraction.quotes.map {
            EvaluationLine.Item(quote: $0.text, start: $0.span.start, end: $0.span.end,
                                speaker: Self.speakerAsWritten($0))
        }
        return EvaluationLine(id: record.id, quotes: items).json
    }
}

