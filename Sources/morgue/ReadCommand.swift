import ArgumentParser
import Foundation
import MorgueExtraction
import MorgueReaders

/// `morgue read`: what ingest would store for each file, without touching a database.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show what Morgue reads from story files, without storing anything.",
        discussion: """
            A dry run of ingest's first step: each file is read with the reader for its kind \
            (plain text, JSON, JSON Lines, HTML) and printed as a JSON array, one object a story:
              {"path", "title", "outlet", "byline", "published", "published_at", "url", "body",
               "embedded_posts": [{"text", "author", "handle", "date", "link"}]}
            (embedded posts are listed for web pages; in every format they are also paragraphs of \
            the body) or {"path", "error"} for a file or record that cannot be read. No database is \
            opened.
            """)

    @Argument(help: "Story files to read.")
    var files: [String]

    @Option(help: "Output format: json (the default) or text (each body under its path and title).")
    var format: String = "json"

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to read") }
        guard format == "json" || format == "text" else { throw ValidationError("--format must be json or text") }
    }

    func run() throws {
        let paths = files
        var results = [[FileReading]](repeating: [], count: paths.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                buffer[index] = FileReading.readings(of: paths[index])
            }
        }
        let readings = results.flatMap { $0 }
        if format == "text" {
            Console.out(readings.map { "== \($0.path)\n\($0.title ?? $0.error ?? "")\n\n\($0.body ?? "")\n\n" }.joined())
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(readings), as: UTF8.self) + "\n")
        }
        let failures = readings.compactMap(\.error)
        for failure in failures { Console.error("morgue read: \(failure)") }
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

    /// Every story in the file at `path`, or the reasons it or its records cannot be read.
    static func readings(of path: String) -> [FileReading] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return [FileReading(path: path, error: "\(path): cannot read the file (\(error.localizedDescription))")]
        }
        if StoryFormat(path: path) == .html {
            do {
                let article = try HTMLArticleReader().read(data, path: path)
                return [FileReading(path: path, draft: article.draft, embeddedPosts: article.embeddedPosts)]
            } catch {
                return [FileReading(path: path, error: error.description)]
            }
        }
        return StoryFileReader().read(data, path: path).map { outcome in
            switch outcome {
            case let .success(draft): return FileReading(path: draft.sourcePath ?? path, draft: draft, embeddedPosts: nil)
            case let .failure(error): return FileReading(path: path, error: error.description)
            }
        }
    }

    private init(path: String, error: String) {
        self.path = path
        self.error = error
    }

    private init(path: String, draft: ArticleDraft, embeddedPosts: [EmbeddedPost]?) {
        self.path = path
        title = draft.title
        outlet = draft.outlet
        byline = draft.byline
        published = draft.published?.description
        publishedAt = draft.publishedAt
        url = draft.url
        body = draft.body
        self.embeddedPosts = embeddedPosts
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
