import CLibXML2

/// Builds an `HTMLTree`'s nodes straight from libxml2's parsing events, so that libxml2 never
/// builds (and frees) a tree of its own only for it to be copied. The events are those libxml2's
/// own tree builder receives, taken the same way: adjacent runs of text make one text node (a
/// comment between them keeps them apart), text outside any element is dropped, and the inside of
/// `<script>`, `<style>`, `<noscript>` and `<template>` is left out, but for JSON-LD scripts' text.
final class HTMLTreeBuilder {
    private(set) var nodes: [HTMLTree.Node]
    /// The open elements, innermost last; node 0 (the document) first.
    private var open: [Int] = [0]
    /// Text of the text node being gathered, and the node it belongs to (−1 when none).
    private var pendingText: [UInt8] = []
    private var pendingParent = -1
    /// Set by a comment or processing instruction, which separates two runs of text.
    private var afterComment = false
    /// How deep inside an element whose content is not kept (`script`, `style`, …) the parser is.
    private var skippedDepth = 0
    /// The JSON-LD script being read, whose text is kept.
    private var linkedDataScript = -1

    init() {
        nodes = [HTMLTree.Node(tag: "#document", text: "", attributes: [], parent: -1)]
        nodes.reserveCapacity(4096)
        pendingText.reserveCapacity(1024)
    }

    /// Parses `buffer` (in `encoding`) with libxml2's forgiving HTML parser; false when libxml2
    /// gives up on the page altogether.
    func parse(_ buffer: UnsafeBufferPointer<CChar>, encoding: String, options: Int32) -> Bool {
        guard let context = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(context) }
        let handler = context.pointee.sax!
        handler.pointee.startElement = { context, name, attributes in
            HTMLTreeBuilder.builder(context).startElement(name, attributes)
        }
        handler.pointee.endElement = { context, _ in HTMLTreeBuilder.builder(context).endElement() }
        handler.pointee.characters = { context, text, length in HTMLTreeBuilder.builder(context).characters(text, length) }
        handler.pointee.cdataBlock = { context, text, length in HTMLTreeBuilder.builder(context).rawText(text, length) }
        handler.pointee.ignorableWhitespace = { _, _, _ in }
        handler.pointee.comment = { context, _ in HTMLTreeBuilder.builder(context).comment() }
        handler.pointee.processingInstruction = { context, _, _ in HTMLTreeBuilder.builder(context).comment() }
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        let document = withExtendedLifetime(self) {
            htmlCtxtReadMemory(context, buffer.baseAddress, Int32(buffer.count), nil, encoding, options)
        }
        finishText()
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder {
        let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(parser.pointee._private!).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        finishText()
        afterComment = false
        // libxml2's HTML parser gives tag and attribute names in lower case; its tree builder
        // names an element by what follows a prefix ("o:p" is a "p").
        let tag = name.map(Self.localName) ?? ""
        var kept: [(name: String, value: String)] = []
        if var cursor = attributes {
            while let namePointer = cursor.pointee {
                let valuePointer = cursor.advanced(by: 1).pointee
                if let name = Self.keptAttributeName(namePointer) {
                    kept.append((name, valuePointer.map { String(cString: $0) } ?? ""))
                }
                cursor += 2
            }
        }
        let index = nodes.count
        nodes.append(HTMLTree.Node(tag: tag, text: "", attributes: kept, parent: open.last!))
        open.append(index)
        if tag == "script" || tag == "style" || tag == "noscript" || tag == "template" {
            // Only JSON-LD is read from scripts; the rest never reaches the story.
            skippedDepth = 1
            if tag == "script", TextCleanup.contains((kept.first { $0.name == "type" }?.value ?? "").lowercased(), "ld+json") {
                linkedDataScript = index
            }
        }
    }

    /// `HTMLTree.keptAttributes`, as bytes beside the strings nodes share.
    private static let keptAttributeNames = HTMLTree.keptAttributes.map { (bytes: Array($0.utf8), name: $0) }

    /// The attribute's name when the reader keeps it, compared on bytes: most attributes of a page
    /// (`src`, `data-…`, `width`) are not kept, and are never made into strings.
    private static func keptAttributeName(_ name: UnsafePointer<xmlChar>) -> String? {
        var length = 0
        while name[length] != 0 { length += 1 }
        for entry in keptAttributeNames where entry.bytes.count == length {
            var index = 0
            while index < length, name[index] == entry.bytes[index] { index += 1 }
            if index == length { return entry.name }
        }
        return nil
    }

    /// The element name after its prefix, split as libxml2's `xmlSplitQName` splits it: at the
    /// first colon, unless the name starts or ends with it.
    private static func localName(_ name: UnsafePointer<xmlChar>) -> String {
        var cursor = name
        while cursor.pointee != 0, cursor.pointee != 0x3A { cursor += 1 }
        guard cursor.pointee == 0x3A, cursor != name, cursor[1] != 0 else { return String(cString: name) }
        return String(cString: cursor + 1)
    }

    private func endElement() {
        if skippedDepth > 0 {
            skippedDepth -= 1
            if skippedDepth > 0 { return }
            linkedDataScript = -1
        }
        finishText()
        afterComment = false
        if open.count > 1 { open.removeLast() }
    }

    private func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard skippedDepth == 0, let text, length > 0 else { return }
        // Text outside every element is dropped, as libxml2's tree builder drops it.
        guard open.count > 1 else { return }
        let parent = open.last!
        if pendingParent != parent || afterComment {
            finishText()
            pendingParent = parent
            afterComment = false
        }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
    }

    /// Script and style text (libxml2 reads it as CDATA): kept for JSON-LD only.
    private func rawText(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard skippedDepth == 1, linkedDataScript == open.last, let text, length > 0 else { return }
        nodes[linkedDataScript].text += String(decoding: UnsafeBufferPointer(start: text, count: Int(length)), as: UTF8.self)
    }

    private func comment() {
        guard skippedDepth == 0 else { return }
        afterComment = true
    }

    /// Ends the text node being gathered; a run of only whitespace (indentation) is kept as one space.
    private func finishText() {
        guard pendingParent >= 0 else { return }
        let isBlank = pendingText.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        let text = isBlank ? " " : String(decoding: pendingText, as: UTF8.self)
        nodes.append(HTMLTree.Node(tag: "", text: text, attributes: [], parent: pendingParent))
        pendingText.removeAll(keepingCapacity: true)
        pendingParent = -1
    }
}
