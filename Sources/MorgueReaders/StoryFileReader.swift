import Foundation
import MorgueExtraction

/// The formats Morgue reads, told apart by the file's extension.
public enum StoryFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case json
    case jsonLines = "jsonl"
    case html

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
    private let html = HTMLArticleReader()

    public init() {}

    /// The stories in `data`, read from the file at `path`: one outcome a story or bad record.
    public func read(_ data: Data, path: String) -> [ReadOutcome] {
        let format = StoryFormat(path: path)
        if format == .html {
            return [Result { () throws(ReadError) in
                var draft = try html.read(data, path: path).draft
                draft.sourcePath = draft.sourcePath ?? path
                return draft
            }]
        }
        let text: String
        do { text = try TextDecoding.decode(data, path: path) } catch { return [.failure(error)] }
        switch format {
        case .plainText, .html:  // .html returned above
            return [Result { () throws(ReadError) in try plainText.read(text, path: path) }]
        case .json:
            return json.read(text, path: path, asLines: false)
        case .jsonLines:
            return json.read(text, path: path, asLines: true)
        }
    }
}
