import Foundation

/// The story facts a page declares in JSON-LD (`<script type="application/ld+json">`), from the
/// first object typed `NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting` or another
/// schema.org article type. Objects may sit at the top, in an array, or in an `@graph`.
struct LinkedDataArticle: Equatable {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?

    /// Reads the first article object among `scripts` (each the text of one JSON-LD script),
    /// or `nil` when none declares one.
    init?(scripts: [String]) {
        for script in scripts {
            guard let data = Self.cleaned(script).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            var objects: [[String: Any]] = []
            Self.collect(json, into: &objects)
            guard let article = objects.first(where: Self.isArticle) else { continue }
            headline = Self.string(article["headline"]) ?? Self.string(article["name"])
            datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
            authors = Self.names(article["author"] ?? article["creator"], among: objects)
            publisher = Self.names(article["publisher"] ?? article["sourceOrganization"], among: objects).first
            url = Self.string(article["url"]) ?? Self.reference(article["mainEntityOfPage"])
            return
        }
        return nil
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "techarticle", "scholarlyarticle", "report",
    ]

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let single = object["@type"] as? String {
            types = [single]
        } else {
            types = object["@type"] as? [String] ?? []
        }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    /// Flattens arrays and `@graph` lists into one list of objects, in order.
    private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for element in array { collect(element, into: &objects) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    /// Some sites leave HTML comments or a trailing semicolon around their JSON-LD.
    private static func cleaned(_ script: String) -> String {
        var text = TextCleanup.trimmed(script)
        if text.hasPrefix("<!--") { text.removeFirst(4) }
        if text.hasSuffix("-->") { text.removeLast(3) }
        text = TextCleanup.trimmed(text)
        if text.hasSuffix(";") { text.removeLast() }
        return text
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = WhitespaceNormalizer.collapse(text)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any] { return list.lazy.compactMap { string($0) }.first }
        return nil
    }

    private static func reference(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["@id"]) ?? string(object["url"]) }
        return string(value)
    }

    /// Names of people or organisations given as strings, objects with a `name`, lists of either,
    /// or `@id` references to objects elsewhere in the graph.
    private static func names(_ value: Any?, among objects: [[String: Any]]) -> [String] {
        if let text = string(value), !(value is [Any]) { return [text] }
        if let list = value as? [Any] { return list.flatMap { names($0, among: objects) } }
        guard let object = value as? [String: Any] else { return [] }
        if let name = string(object["name"]) { return [name] }
        if let id = string(object["@id"]),
           let target = objects.first(where: { string($0["@id"]) == id && $0["name"] != nil }),
           let name = string(target["name"]) {
            return [name]
        }
        return []
    }
}
