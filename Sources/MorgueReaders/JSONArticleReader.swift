import Foundation
import MorgueExtraction

/// Reads stories exported from a CMS as JSON: one object, an array of objects (or an object with an
/// `articles`/`items`/`data` array), or JSON Lines (one object a line, `.jsonl`/`.ndjson`, cut into
/// lines by `JSONLinesSplitter`).
///
/// Field names accepted, first found wins (case and `_`/`-` ignored):
/// - body: `text`, `body`, `content`, `article_body`, `articleBody`, `story`
/// - title: `title`, `headline`, `name`
/// - outlet: `outlet`, `publisher`, `source`, `site_name`, `site` (a string, or an object with `name`)
/// - byline: `byline`, `author`, `authors`, `creator` (a string, an array, or objects with `name`)
/// - date: `date`, `published`, `published_at`, `publishedAt`, `pubDate`, `datePublished`,
///   `publication_date`, `created_at`
/// - URL: `url`, `link`, `canonical_url`, `permalink`
public struct JSONArticleReader: Sendable {
    public init() {}

    /// One outcome a record of a JSON document: a draft, or an error naming the record number (arrays).
    /// `json` is UTF-8 without a byte-order mark, or else Windows-1252 (see `TextDecoding`).
    public func read(_ json: Data, path: String) -> [ReadOutcome] {
        let value: Any
        do { value = try parseDecoding(json, path: path, line: nil) } catch { return [.failure(error)] }
        let records: [Any]
        if let array = value as? [Any] {
            records = array
        } else if let object = value as? [String: Any],
                  let array = ["articles", "items", "data", "stories", "results"].lazy.compactMap({ object[$0] as? [Any] }).first {
            records = array
        } else {
            return [Result { () throws(ReadError) in try draft(from: value, path: path, line: nil, sourcePath: path) }]
        }
        return records.enumerated().map { index, record in
            Result { () throws(ReadError) in
                try draft(from: record, path: path, line: index + 1, sourcePath: "\(path)#record=\(index + 1)")
            }
        }
    }

    /// The story on one line of a JSON Lines file, or an error naming the file and the line. A line
    /// that is not valid UTF-8 is read as Windows-1252 (legacy exports), as a whole file would be.
    public func read(_ line: JSONLine) -> ReadOutcome {
        Result { () throws(ReadError) in
            try draft(from: try parseDecoding(line.bytes, path: line.path, line: line.number),
                      path: line.path, line: line.number, sourcePath: "\(line.path)#line=\(line.number)")
        }
    }

    /// Parses `data` as UTF-8 JSON, read in place, or, when its bytes are not UTF-8, as Windows-1252
    /// text (legacy exports), as `TextDecoding` reads a file. The parser refuses bytes that are not
    /// UTF-8, so valid files are never validated, copied or decoded twice.
    private func parseDecoding(_ data: Data, path: String, line: Int?) throws(ReadError) -> Any {
        do {
            return try parse(data, path: path, line: line)
        } catch {
            guard String(validating: data, as: UTF8.self) == nil else { throw error }
            guard let text = String(data: data, encoding: .windowsCP1252) else {
                throw ReadError(path: path, line: line, reason: "the \(line == nil ? "file" : "line") is neither UTF-8 nor Windows-1252 text")
            }
            return try parse(Data(text.utf8), path: path, line: line)
        }
    }

    private func parse(_ data: Data, path: String, line: Int?) throws(ReadError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw ReadError(path: path, line: line, reason: "broken JSON" + (detail.map { " (\($0))" } ?? ""))
        }
    }

    private func draft(from value: Any, path: String, line: Int?, sourcePath: String) throws(ReadError) -> ArticleDraft {
        guard let object = value as? [String: Any] else {
            throw ReadError(path: path, line: line, reason: "expected a JSON object for a story")
        }
        var fields: [String: Any] = [:]
        for (key, value) in object { fields[Self.fold(key)] = value }
        func string(_ names: [String]) -> String? {
            for name in names {
                if let text = Self.text(of: fields[name]), !text.isEmpty { return text }
            }
            return nil
        }
        guard let body = string(["text", "body", "content", "articlebody", "story", "fulltext"]) else {
            throw ReadError(path: path, line: line,
                            reason: "the record has no story text (expected a \"text\", \"body\" or \"content\" field)")
        }
        var draft = ArticleDraft(body: TextCleanup.normalizedParagraphs(body), sourcePath: sourcePath)
        guard !draft.body.isEmpty else {
            throw ReadError(path: path, line: line, reason: "the record's story text is empty")
        }
        draft.title = string(["title", "headline", "name"])
        draft.outlet = string(["outlet", "publisher", "source", "sitename", "site"])
        draft.byline = string(["byline", "author", "authors", "creator"])
        draft.url = string(["url", "link", "canonicalurl", "permalink"])
        if let date = string(["date", "published", "publishedat", "pubdate", "datepublished", "publicationdate", "createdat"]) {
            guard let day = DateParser.parse(date) else {
                throw ReadError(path: path, line: line, reason: "the date \"\(date)\" is not a date Morgue can read")
            }
            draft.published = day
            if date.contains("T") || date.contains(":") { draft.publishedAt = date }
        }
        return draft
    }

    /// `site_name`, `siteName` and `site-name` are one field.
    private static func fold(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" })
    }

    /// A field's text: a string, a number, the `name` of an object, or the names of an array joined.
    private static func text(of value: Any?) -> String? {
        switch value {
        case let string as String: return TextCleanup.trimmed(string)
        case let number as NSNumber: return number.stringValue
        case let object as [String: Any]: return text(of: object["name"] ?? object["@value"])
        case let array as [Any]:
            let names = array.compactMap { text(of: $0) }.filter { !$0.isEmpty }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
