import Foundation
import MorgueExtraction

/// Reads stories written as plain text, the loose format newsrooms paste into files:
///
///     date 2019-12-31            ← optional, may run on into the first paragraph
///     Iraq Protestors Break into U.S. Embassy      ← optional title line, then a blank line
///
///     Body paragraphs, separated by blank lines, with embedded posts as paragraphs of their own.
///
/// A `date:` header, and `title:`, `by:`, `url:`, `outlet:` header lines, are read too.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ text: String, path: String) throws(ReadError) -> ArticleDraft {
        var rest = Substring(TextCleanup.normalizedParagraphs(text))
        var draft = ArticleDraft(body: "", sourcePath: path)
        rest = rest.drop(while: \.isWhitespace)
        while let (key, value, remainder) = Self.header(in: rest) {
            switch key {
            case "date":
                guard let date = DateParser.parse(value) else {
                    throw ReadError(path: path, line: 1, reason: "the date header \"\(value)\" is not a date (use YYYY-MM-DD)")
                }
                draft.published = date
            case "title": draft.title = value
            case "by", "byline", "author": draft.byline = value
            case "url": draft.url = value
            case "outlet", "publisher", "source": draft.outlet = value
            default: break
            }
            rest = remainder.drop(while: \.isWhitespace)
        }
        let paragraphs = rest.components(separatedBy: "\n\n")
        if draft.title == nil, paragraphs.count > 1, Self.looksLikeTitle(paragraphs[0]) {
            draft.title = TextCleanup.trimmed(paragraphs[0])
            rest = Substring(paragraphs.dropFirst().joined(separator: "\n\n"))
        }
        draft.body = TextCleanup.trimmed(rest)
        guard !draft.body.isEmpty else { throw ReadError(path: path, reason: "the file has no story text") }
        return draft
    }

    private static let headerKeys: Set<String> = ["date", "title", "by", "byline", "author", "url", "outlet", "publisher", "source"]

    /// A leading `key value` or `key: value` header. A `date` header may run on into the first
    /// paragraph ("date 2019-12-31 Pro-Iran militants…"); other headers take their whole line.
    private static func header(in text: Substring) -> (key: String, value: String, rest: Substring)? {
        let firstWord = text.prefix { $0.isLetter }
        let key = firstWord.lowercased()
        guard headerKeys.contains(key) else { return nil }
        var afterKey = text[firstWord.endIndex...]
        let hasColon = afterKey.first == ":"
        if hasColon { afterKey = afterKey.dropFirst() }
        guard afterKey.first == " " || afterKey.first == "\t" else { return nil }
        afterKey = afterKey.drop { $0 == " " || $0 == "\t" }
        if key == "date" {
            let token = afterKey.prefix { !$0.isWhitespace }
            if DateParser.parse(String(token)) != nil { return (key, String(token), afterKey[token.endIndex...]) }
            let line = afterKey.prefix { $0 != "\n" }
            guard hasColon, DateParser.parse(String(line)) != nil else { return nil }
            return (key, String(line), afterKey[line.endIndex...])
        }
        guard hasColon else { return nil }
        let line = afterKey.prefix { $0 != "\n" }
        return (key, TextCleanup.trimmed(line), afterKey[line.endIndex...])
    }

    /// A title is one short line that does not end like a sentence or lead into what follows.
    private static func looksLikeTitle(_ paragraph: String) -> Bool {
        let line = TextCleanup.trimmed(paragraph)
        guard !line.isEmpty, !line.contains("\n"), line.count <= 200 else { return false }
        guard let last = line.last, !":;,.".contains(last) else { return false }
        return line.split(separator: " ").count <= 25
    }
}
