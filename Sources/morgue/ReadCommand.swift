import ArgumentParser
import Foundation
import MorgueReaders

/// `morgue read`: what ingest would store for each file, without touching a database.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show what Morgue reads from story files, without storing anything.",
        discussion: """
            A dry run of ingest's first step: each file is read with the reader for its kind \
            (.html and .htm web pages for now) and printed as a JSON array, one object a file:
              {"path", "title", "outlet", "byline", "published", "published_at", "url", "body",
               "embedded_posts": [{"text", "author", "handle", "date", "link"}]}
            or {"path", "error"} when the file cannot be read. No database is opened.
            """)

    @Argument(help: "Story files to read.")
    var files: [String]

    @Option(help: "Output format: json (the default) or text (each body under its path and title).")
    var format: String = "json"

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to read") }
        guard format == "json" || format == "text" else { throw ValidationError("--format must be json or text") }
        for file in files {
            let suffix = URL(fileURLWithPath: file).pathExtension.lowercased()
            guard suffix == "html" || suffix == "htm" else {
                throw ValidationError("\(file): morgue read handles .html and .htm files for now")
            }
        }
    }

    func run() throws {
        let reader = HTMLArticleReader()
        let paths = files
        var results = [FileReading?](repeating: nil, count: paths.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                buffer[index] = FileReading(path: paths[index], reader: reader)
            }
        }
        var stdout = FileHandle.standardOutput
        let readings = results.compactMap { $0 }
        if format == "text" {
            for reading in readings {
                print("== \(reading.path)\n\(reading.title ?? reading.error ?? "")\n\n\(reading.body ?? "")\n",
                      to: &stdout)
            }
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(readings), as: UTF8.self), to: &stdout)
        }
        var stderr = FileHandle.standardError
        let failures = readings.compactMap(\.error)
        for failure in failures { print("morgue read: \(failure)", to: &stderr) }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}

/// One file as `morgue read` prints it: the reader's draft, or the reason it could not be read.
private struct FileReading: Encodable {
    var path: String
    var title: String?
    var outlet: String?
    var byline: String?
    var published: String?
    var publishedAt: String?
    var url: String?
    var body: String?
    var embeddedPosts: [EmbeddedPost]?
    var error: String?

    init(path: String, reader: HTMLArticleReader) {
        self.path = path
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            self.error = "\(path): cannot read the file (\(error.localizedDescription))"
            return
        }
        do {
            let article = try reader.read(data, path: path)
            let draft = article.draft
            title = draft.title
            outlet = draft.outlet
            byline = draft.byline
            published = draft.published?.description
            publishedAt = draft.publishedAt
            url = draft.url
            body = draft.body
            embeddedPosts = article.embeddedPosts
        } catch {
            self.error = error.description
        }
    }

    enum CodingKeys: String, CodingKey {
        case path, title, outlet, byline, published, url, body, error
        case publishedAt = "published_at"
        case embeddedPosts = "embedded_posts"
    }

    /// A story always has every field, `null` where the page did not say; a failure has path and error.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        if let error {
            try container.encode(error, forKey: .error)
            return
        }
        try container.encode(title, forKey: .title)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(byline, forKey: .byline)
        try container.encode(published, forKey: .published)
        try container.encode(publishedAt, forKey: .publishedAt)
        try container.encode(url, forKey: .url)
        try container.encode(body, forKey: .body)
        try container.encode(embeddedPosts ?? [], forKey: .embeddedPosts)
    }
}
