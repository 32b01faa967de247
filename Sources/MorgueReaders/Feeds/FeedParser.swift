import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom with Foundation's event-driven `XMLParser`, which also
/// decodes the document's declared or marked encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252).
final class FeedParser: NSObject, XMLParserDelegate {
    private enum Namespace {
        static let atom = "http://www.w3.org/2005/Atom"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let dublinCore = "http://purl.org/dc/elements/1.1/"
    }

    /// Why the document could not be read as a feed, and the line it stopped at.
    struct Failure: Error {
        var line: Int?
        var reason: String
    }

    private(set) var feed = Feed()
    private var isFeed = false
    private var sawRoot = false
    /// Local names of the open elements, outermost first.
    private var stack: [String] = []
    private var item: FeedItem?
    private var text = ""
    /// Inside Atom `type="xhtml"` content: how deep, and whether it is the content or the summary.
    private var xhtmlDepth = 0
    /// The `type` of the Atom text construct being read.
    private var atomTextType: String?

    /// The feed in `data`, or why it is not one. Items read before a syntax error are kept.
    static func parse(_ data: Data) -> (feed: Feed, failure: Failure?) {
        let delegate = FeedParser()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if !delegate.isFeed {
            let reason = delegate.sawRoot
                ? "this XML file is not a news feed (expected an <rss>, <rdf:RDF> or Atom <feed> root)"
                : "the file is not readable XML" + (parser.parserError.map { " (\(Self.describe($0)))" } ?? "")
            return (delegate.feed, Failure(line: nil, reason: reason))
        }
        if !ok, let error = parser.parserError {
            return (delegate.feed, Failure(line: parser.lineNumber,
                                          reason: "broken feed XML at line \(parser.lineNumber) (\(describe(error))); "
                                              + "the items before it were read"))
        }
        if let open = delegate.stack.last {
            // libxml2 may end a truncated document without an error; elements left open tell.
            return (delegate.feed, Failure(line: parser.lineNumber,
                                          reason: "broken feed XML: the file ends inside <\(open)> at line \(parser.lineNumber) "
                                              + "(cut off in transfer?); the items before it were read"))
        }
        return (delegate.feed, nil)
    }

    private static func describe(_ error: Error) -> String {
        let message = (error as NSError).localizedDescription
        return message.isEmpty ? "\(error)" : message
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        if xhtmlDepth > 0 {
            // Atom xhtml content: keep the markup, so block elements still break paragraphs.
            xhtmlDepth += 1
            text += "<\(elementName)>"
            return
        }
        if !sawRoot {
            sawRoot = true
            isFeed = elementName == "rss" || elementName == "RDF" || (elementName == "feed" && namespaceURI == Namespace.atom)
            if !isFeed { parser.abortParsing() }
        }
        let parent = stack.last
        stack.append(elementName)
        text = ""
        switch elementName {
        case "item", "entry":
            item = FeedItem()
        case "link" where namespaceURI == Namespace.atom && (parent == "entry"):
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", let href = attributes["href"], item?.link == nil { item?.link = href }
        case "content", "summary", "title":
            guard namespaceURI == Namespace.atom else { break }
            atomTextType = attributes["type"]?.lowercased()
            if atomTextType == "xhtml" { xhtmlDepth = 1 }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if xhtmlDepth > 0 {
            text += string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        } else {
            text += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            text += "</\(elementName)>"
            return
        }
        let wasXHTML = xhtmlDepth == 1
        xhtmlDepth = 0
        stack.removeLast()
        let parent = stack.last
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        if elementName == "item" || elementName == "entry" {
            if let item { feed.items.append(item) }
            item = nil
            return
        }
        if item == nil {
            if elementName == "title", parent == "channel" || parent == "feed", !value.isEmpty, feed.title == nil {
                feed.title = FeedMarkup.decodeReferences(value)
            }
            return
        }
        guard !value.isEmpty else { return }
        let inEntry = parent == "item" || parent == "entry"
        let isAtom = namespaceURI == Namespace.atom
        let atomIsHTML = wasXHTML || atomTextType == "html" || atomTextType == "text/html"
        switch (elementName, namespaceURI) {
        case ("title", _) where inEntry:
            item?.title = isAtom && atomIsHTML ? FeedMarkup.plainText(fromHTML: value) : FeedMarkup.decodeReferences(value)
        case ("link", _) where inEntry && !isAtom:
            item?.link = value
        case ("guid", _) where inEntry, ("id", _) where inEntry:
            item?.guid = value
            if item?.link == nil, value.hasPrefix("http://") || value.hasPrefix("https://") {
                // An RSS guid is a permalink unless it says isPermaLink="false"; an Atom id may be a URL too.
                item?.link = value
            }
        case ("pubDate", _) where inEntry, ("published", _) where inEntry, ("date", Namespace.dublinCore?) where inEntry:
            item?.published = value
        case ("updated", _) where inEntry:
            if item?.published == nil { item?.published = value }
        case ("creator", Namespace.dublinCore?) where inEntry, ("author", _) where inEntry && !isAtom:
            add(byline: Self.name(fromRSSAuthor: value))
        case ("name", _) where parent == "author" && stack.dropLast().last == "entry":
            add(byline: value)
        case ("encoded", Namespace.content?) where inEntry:
            item?.content = FeedText(value, isHTML: true)
        case ("content", _) where inEntry && isAtom:
            item?.content = FeedText(value, isHTML: atomIsHTML)
        case ("description", _) where inEntry:
            item?.summary = FeedText(value, isHTML: true)
        case ("summary", _) where inEntry && isAtom:
            item?.summary = FeedText(value, isHTML: atomIsHTML)
        default:
            break
        }
    }

    private func add(byline: String) {
        guard !byline.isEmpty else { return }
        if let existing = item?.byline, !existing.isEmpty {
            if !existing.components(separatedBy: ", ").contains(byline) { item?.byline = existing + ", " + byline }
        } else {
            item?.byline = byline
        }
    }

    /// RSS 2.0 wants an e-mail address in `author`: "jlee@example.com (Jane Lee)" → "Jane Lee".
    private static func name(fromRSSAuthor value: String) -> String {
        if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
            return value[value.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        }
        return value
    }
}
