import Foundation

/// Tells a feed from other XML and text by its first element, for files named `.xml` (or with no
/// telling extension) and for fetched documents whatever their Content-Type says.
public enum FeedSniffer {
    /// Whether the document's root element is `<rss>`, `<rdf:RDF>` or `<feed>`, looking only at its
    /// first 4 KB (after a byte-order mark, the XML declaration, comments and a doctype).
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = data.prefix(4096)
        let text: String
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            text = String(data: head.count % 2 == 0 ? head : head.dropLast(), encoding: .utf16) ?? ""
        } else {
            // Latin-1 maps every byte, so a cut multi-byte character or a legacy encoding cannot fail here.
            text = String(data: head, encoding: .isoLatin1) ?? ""
        }
        var rest = Substring(text).drop { $0.isWhitespace || $0 == "\u{FEFF}" || $0 == "ï" || $0 == "»" || $0 == "¿" }
        while rest.hasPrefix("<") {
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
                let end = rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<?") ? "?>" : ">"
                guard let close = rest.range(of: end) else { return false }
                rest = rest[close.upperBound...].drop(while: \.isWhitespace)
                continue
            }
            let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }.lowercased()
            return name == "rss" || name == "feed" || name == "rdf:rdf" || name.hasSuffix(":feed") || name.hasSuffix(":rss")
        }
        return false
    }
}

extension StoryFormat {
    /// The format of a file from its name, and for `.xml` and unknown extensions from its first
    /// bytes: `.rss`, `.atom` and XML whose root is a feed are feeds.
    public init(path: String, contents: Data) {
        let byName = StoryFormat(path: path)
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "rss" || ext == "atom" {
            self = .feed
        } else if byName == .plainText && FeedSniffer.looksLikeFeed(contents) {
            self = .feed
        } else {
            self = byName
        }
    }
}
