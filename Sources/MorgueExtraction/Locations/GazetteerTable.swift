/// Reads the gazetteer's tab-separated table straight from its UTF-8 bytes, one line at a time.
///
/// The bundled table has 34,000 lines and is read at every start of the program (a nightly ingest of
/// a handful of stories pays for it too), so it is scanned as bytes: no `Character` splitting, no
/// substring or array per line, a `String` made only for the fields a place keeps.
enum GazetteerTable {
    /// One line of the table, as byte ranges into it.
    struct Row {
        /// The table's bytes.
        let bytes: UnsafeBufferPointer<UInt8>
        var geonameID: Int
        var name: Range<Int>
        var kind: Range<Int>
        var countryCode: Range<Int>
        var admin1: Range<Int>
        var population: Int
        /// The alternate names joined by `|`, when the line has that field.
        var alternates: Range<Int>?

        func string(_ field: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
        }

        /// Calls `body` with each non-empty alternate name's byte range.
        func forEachAlternate(_ body: (Range<Int>) -> Void) {
            guard let alternates else { return }
            var start = alternates.lowerBound
            for k in alternates where bytes[k] == UInt8(ascii: "|") {
                if k > start { body(start..<k) }
                start = k + 1
            }
            if alternates.upperBound > start { body(start..<alternates.upperBound) }
        }
    }

    /// The number of lines of `bytes`, to reserve room before reading them.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        for byte in bytes where byte == UInt8(ascii: "\n") { count += 1 }
        return count
    }

    /// Calls `body` with every line that has at least six fields and numbers where the id and the
    /// population go; other lines (empty, malformed) are skipped.
    static func forEachRow(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let row = row(in: bytes, lineStart..<lineEnd) { body(row) }
            lineStart = lineEnd + 1
        }
    }

    private static func row(in bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Row? {
        var fields = Fields(bytes: bytes, position: line.lowerBound, end: line.upperBound)
        guard let id = fields.next(), let name = fields.next(), let kind = fields.next(),
              let countryCode = fields.next(), let admin1 = fields.next(), let population = fields.next(),
              let geonameID = integer(bytes, id), let people = integer(bytes, population)
        else { return nil }
        return Row(bytes: bytes, geonameID: geonameID, name: name, kind: kind, countryCode: countryCode,
                   admin1: admin1, population: people, alternates: fields.next())
    }

    /// The tab-separated fields of one line, in order.
    private struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int
        var exhausted = false

        mutating func next() -> Range<Int>? {
            guard !exhausted else { return nil }
            var k = position
            while k < end, bytes[k] != UInt8(ascii: "\t") { k += 1 }
            let field = position..<k
            if k == end { exhausted = true } else { position = k + 1 }
            return field
        }
    }

    /// A decimal integer as `Int(_:)` reads one: an optional sign, then digits only.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
        var k = field.lowerBound
        var negative = false
        if k < field.upperBound, bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "+") {
            negative = bytes[k] == UInt8(ascii: "-")
            k += 1
        }
        guard k < field.upperBound else { return nil }
        var value = 0
        while k < field.upperBound {
            let digit = Int(bytes[k]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = negative ? times.subtractingReportingOverflow(digit)
                : times.addingReportingOverflow(digit)
            guard !overflow, !overflowAgain else { return nil }
            value = sum
            k += 1
        }
        return value
    }
}
