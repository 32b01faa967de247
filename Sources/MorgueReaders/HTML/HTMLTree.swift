import CLibXML2

/// A parsed HTML page as a flat array of nodes in document order, built from libxml2's parsing
/// events (see `HTMLTreeBuilder`) so the rest of the reader works on plain Swift values.
///
/// Node 0 is the document root. Children always come after their parent, so a walk backwards
/// over `nodes` visits every child before its parent.
struct HTMLTree {
    /// One element or run of text.
    struct Node {
        /// Lower-cased tag name; empty for text.
        var tag: String
        /// The text of a text node, the raw content of a `<script>` kept for JSON-LD; else empty.
        var text: String
        var attributes: [(name: String, value: String)]
        var parent: Int
        /// The node's children in page order: a slice of one list the whole tree shares.
        var children: ArraySlice<Int> = []

        var isText: Bool { tag.isEmpty }

        /// The value of attribute `name` (lower-case), if present.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// `class` and `id` together as lower-case UTF-8, for matching template names quickly.
        var classAndIDBytes: [UInt8] {
            var joined: [UInt8] = []
            classAndIDBytes(into: &joined)
            return joined
        }

        /// `classAndIDBytes` written into `joined` (emptied first), reusing its storage.
        func classAndIDBytes(into joined: inout [UInt8]) {
            joined.removeAll(keepingCapacity: true)
            for (name, value) in attributes where name == "class" || name == "id" {
                for byte in value.utf8 { joined.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
                joined.append(0x20)
            }
        }
    }

    private(set) var nodes: [Node]

    /// Parses `text` (already decoded) with libxml2's forgiving HTML parser.
    init(parsing text: String) {
        self.init(bytes: Array(text.utf8), encoding: "UTF-8")!
    }

    /// Parses bytes known to be valid UTF-8, without a detour through `String`.
    init(parsingUTF8 bytes: [UInt8]) {
        self.init(bytes: bytes, encoding: "UTF-8")!
    }

    /// Parses bytes in a charset libxml2 converts itself (Shift_JIS, Windows-1251, …), or `nil`
    /// when libxml2 does not know the charset.
    init?(parsing bytes: [UInt8], encoding: String) {
        self.init(bytes: bytes, encoding: encoding)
    }

    /// The encoding is given, so the page's own `<meta charset>` is ignored (it was already read).
    private init?(bytes: [UInt8], encoding: String) {
        Self.initializeParser
        // Script and style text is never read (JSON-LD excepted) and is most of a news page's bytes.
        var bytes = encoding == "UTF-8" ? RawTextStripper.stripped(bytes) : bytes
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue
        if bytes.isEmpty { bytes = [0x20] }
        let builder = HTMLTreeBuilder()
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { builder.parse($0, encoding: encoding, options: Int32(options)) }
        }
        guard parsed || encoding == "UTF-8" else { return nil }
        nodes = builder.nodes
        linkChildren()
    }

    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    var count: Int { nodes.count }

    /// The indices of every node under `index` (itself included), in document order.
    func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return result
    }

    /// The text under `index`, whitespace collapsed to single spaces.
    func text(of index: Int) -> String {
        var raw = ""
        for node in descendants(of: index) where nodes[node].isText {
            raw += nodes[node].text
            raw += " "
        }
        return WhitespaceNormalizer.collapse(raw)
    }

    /// libxml2 2.9 wants `xmlInitParser` called once before threads parse at the same time; Swift
    /// runs a static's initialiser exactly once, thread-safely.
    private static let initializeParser: Void = xmlInitParser()

    /// The attributes the reader looks at; the rest (`srcset`, `data-…`, event handlers) are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "href", "rel", "content", "property", "name", "itemprop",
        "datetime", "type", "cite", "data-instgrm-permalink", "role",
    ]

    /// Gives every node its children, as slices of one shared list (one allocation for the whole
    /// page rather than one array a node). Nodes come in document order, so each node's children
    /// fall into its slice in page order.
    private mutating func linkChildren() {
        var start = [Int](repeating: 0, count: nodes.count + 1)
        for index in 1..<nodes.count { start[nodes[index].parent + 1] += 1 }
        for index in 0..<nodes.count { start[index + 1] += start[index] }
        var next = start
        var list = [Int](repeating: 0, count: max(nodes.count - 1, 0))
        for index in 1..<nodes.count {
            let parent = nodes[index].parent
            list[next[parent]] = index
            next[parent] += 1
        }
        for index in 0..<nodes.count where start[index + 1] > start[index] {
            nodes[index].children = list[start[index]..<start[index + 1]]
        }
    }
}
