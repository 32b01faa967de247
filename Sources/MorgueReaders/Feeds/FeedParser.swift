import CLibXML2
import Foundation

/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom with libxml2, which also decodes the document's declared
/// or marked encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252). The document is parsed into a tree
/// (recovering what it can of a broken one, never fetching anything from the network), then walked
/// element by element. Foundation's `XMLParser` is not used: on Linux it crashes on some malformed
/// feeds, and a hostile feed must get an error, not bring ingest down.
final class FeedParser {
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
    /// The line each item of `feed` starts on.
    private(set) var itemLines: [Int] = []
    /// The line the element being read starts on.
    private var elementLine = 0
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
        _ = initializeParser
        guard let context = xmlNewParserCtxt() else {
            return (Feed(), Failure(line: nil, reason: "the XML parser could not start (out of memory?)"))
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count > 0 else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(clamping: buffer.count), nil, nil, options)
        }
        defer { if let document { xmlFreeDoc(document) } }
        let delegate = FeedParser()
        if let document, let root = xmlDocGetRootElement(document) { delegate.walk(root) }
        let error = xmlCtxtGetLastError(context)?.pointee
        let line = error.map { Int($0.line) }
        let message = error.flatMap { $0.message.map { String(cString: $0) } }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !delegate.isFeed {
            let reason = delegate.sawRoot
                ? "this XML file is not a news feed (expected an <rss>, <rdf:RDF> or Atom <feed> root)"
                : "the file is not readable XML" + (message.map { " (\($0))" } ?? "")
            return (delegate.feed, Failure(line: nil, reason: reason))
        }
        if context.pointee.wellFormed == 0 {
            // libxml2 recovers what it can; only the items the parser had left before the error are
            // whole (the one it was inside when it hit the error is cut off, and later ones are guesses).
            if let line {
                var whole = delegate.feed
                whole.items = zip(delegate.feed.items, delegate.itemLines.dropFirst() + [Int.max])
                    .filter { $0.1 <= line }.map(\.0)
                delegate.feed = whole
            }
            return (delegate.feed, Failure(line: line, reason: "broken feed XML" + (line.map { " at line \($0)" } ?? "")
                + (message.map { " (\($0))" } ?? "") + "; the items before it were read"))
        }
        return (delegate.feed, nil)
    }

    /// libxml2 wants `xmlInitParser` called once before threads parse at the same time.
    private static let initializeParser: Void = xmlInitParser()

    /// Visits `node` and its descendants in document order, as a stream of starts, texts and ends.
    /// libxml2 refuses documents nested deeper than 256 elements, so the recursion is bounded.
    private func walk(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                let namespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
                var attributes: [String: String] = [:]
                var attribute = current.pointee.properties
                while let property = attribute {
                    if let attributeName = property.pointee.name {
                        let value = property.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                        attributes[String(cString: attributeName)] = value
                    }
                    attribute = property.pointee.next
                }
                let wasFeedCheck = sawRoot
                elementLine = Int(xmlGetLineNo(current))
                start(name, namespace: namespace, attributes: attributes)
                if !wasFeedCheck && !isFeed { return }
                if let children = current.pointee.children { walk(children) }
                end(name, namespace: namespace)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { characters(String(cString: content)) }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    private func start(_ elementName: String, namespace namespaceURI: String?, attributes: [String: String]) {
        if xhtmlDepth > 0 {
            // Atom xhtml content: keep the markup, so block elements still break paragraphs.
            xhtmlDepth += 1
            text += "<\(elementName)>"
            return
        }
        if !sawRoot {
            sawRoot = true
            isFeed = elementName == "rss" || elementName == "RDF" || (elementName == "feed" && namespaceURI == Namespace.atom)
        }
        let parent = stack.last
        stack.append(elementName)
        text = ""
        switch elementName {
        case "item", "entry":
            item = FeedItem()
            itemLines.append(elementLine)
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

    private func characters(_ string: String) {
        if xhtmlDepth > 0 {
            text += string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        } else {
            text += string
        }
    }

    private func end(_ elementName: String, namespace namespaceURI: String?) {
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
