/// Turns the HTML that feeds carry in `description`, `content:encoded` and Atom `content` into plain
/// paragraphs. This is not a page reader (a feed item's HTML is a fragment, already the story): it
/// drops tags, makes block elements and `<br><br>` paragraph breaks, skips scripts and styles, and
/// decodes character references.
enum FeedMarkup {
    /// Elements that end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "figure", "figcaption", "hr", "pre", "dd", "dt", "header", "footer", "aside",
    ]
    /// Elements whose content is never story text.
    private static let hidden: Set<String> = ["script", "style", "noscript", "template", "iframe"]

    /// `<p>One</p><p>Two &amp; three</p>` → `One\n\nTwo & three`.
    static func plainText(fromHTML html: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(html.unicodeScalars.count)
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var hiddenUntil: String?
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let (name, isClosing, end) = tag(in: scalars, at: index) {
                index = end
                if let closing = hiddenUntil {
                    if isClosing && name == closing { hiddenUntil = nil }
                    continue
                }
                if hidden.contains(name) && !isClosing {
                    hiddenUntil = name
                } else if name == "br" {
                    out.unicodeScalars.append("\n")
                } else if blocks.contains(name) {
                    out.unicodeScalars.append(contentsOf: "\n\n".unicodeScalars)
                }
                continue
            }
            index += 1
            if hiddenUntil == nil { out.unicodeScalars.append(scalar) }
        }
        return plainText(fromText: decodeReferences(out))
    }

    /// Line ends normalised, NULs dropped, runs of spaces and single line breaks inside a paragraph
    /// made one space, paragraphs separated by one blank line.
    static func plainText(fromText text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0}", with: "")
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(collapse(current)) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(collapse(current)) }
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private static func collapse(_ lines: [Substring]) -> String {
        lines.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    /// The lowercased name of the tag (or comment, named "!") starting at `start`, whether it closes
    /// an element, and the index after it; nil when `<` does not start a tag ("a < b").
    private static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (String, Bool, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "!" {
            // A comment runs to "-->", a doctype or CDATA marker to ">".
            let isComment = index + 2 < scalars.count && scalars[index + 1] == "-" && scalars[index + 2] == "-"
            var probe = index
            while probe < scalars.count {
                if scalars[probe] == ">" && (!isComment || (probe >= 2 && scalars[probe - 1] == "-" && scalars[probe - 2] == "-")) {
                    return ("!", false, probe + 1)
                }
                probe += 1
            }
            return ("!", false, scalars.count)
        }
        let isClosing = scalars[index] == "/"
        if isClosing { index += 1 }
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        var name = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        // Skip attributes, minding quoted values that may hold ">".
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                break
            }
        }
        return (name.lowercased(), isClosing, index)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "iacute": "í",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
        "euro": "€", "pound": "£", "middot": "·", "bull": "•",
    ]

    /// `&amp;`, `&#8217;` and `&#x2019;` → `&`, `’`, `’`; unknown references are left as written.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[String(name)]
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }
}
