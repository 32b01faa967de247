import Foundation
import MorgueExtraction

/// The formats Morgue reads, told apart by the file's extension.
public enum StoryFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case json
    case jsonLines = "jsonl"
    case html
    /// RSS or Atom: see `FeedReader`.
    case feed

    /// The format a file's name says it has; plain text for anything not JSON or HTML.
    public init(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "html", "htm", "xhtml": self = .html
        default: self = .plainText
        }
    }
}

/// Reads one file's bytes into stories, whatever its format: the entry point ingest uses.
public struct StoryFileReader: Sendable {
    private let plainText = PlainTextReader()
    private let json = JSONArticleReader()
    private let feeds = FeedReader()
    private let html = HTMLArticleReader()

    public init() {}

    /// The stories in `data`, read from the file (or fetched URL) at `path`: one outcome a story or
    /// bad record. The format is `format` when given (a fetched page's Content-Type), else what the
    /// name and, for XML and unknown extensions, the first bytes say.
    public func read(_ data: Data, path: String, format: StoryFormat? = nil) -> [ReadOutcome] {
        let format = format ?? StoryFormat(path: path, contents: data)
        // A feed declares its own encoding in its XML; the XML parser decodes it.
        if format == .feed { return feeds.read(data, path: path) }
        // A web page declares its charset in its markup; the HTML reader decodes it.
        if format == .html {
            return [Result { () throws(ReadError) in
                var draft = try html.read(data, path: path).draft
                draft.sourcePath = draft.sourcePath ?? path
                return draft
            }]
        }
        // JSON Lines are decoded line by line, as ingest reads them from a file (see `JSONLinesSplitter`).
        if format == .jsonLines { return jsonLines(in: data, path: path) }
        // JSON in UTF-8 (or Windows-1252) is parsed from the file's bytes as they are: a large export is
        // not copied into a string and back first.
        if format == .json, !TextDecoding.needsDecoding(data) { return json.read(data, path: path) }
        let text: String
        do { text = try TextDecoding.decode(data, path: path) } catch { return [.failure(error)] }
        switch format {
        case .plainText, .html:  // .html returned above
            return [Result { () throws(ReadError) in try plainText.read(text, path: path) }]
        case .json:
            return json.read(Data(text.utf8), path: path)
        case .jsonLines:  // returned above
            return jsonLines(in: data, path: path)
        case .feed:
            return feeds.read(data, path: path)
        }
    }

    /// The stories of a JSON Lines file held whole (a fetched one, or `morgue read`).
    private func jsonLines(in data: Data, path: String) -> [ReadOutcome] {
        var splitter = JSONLinesSplitter(path: path)
        do {
            return try (splitter.lines(in: data) + splitter.finish()).map(json.read)
        } catch {
            return [.failure(error)]
        }
    }
}
