import GRDB
import GRDBSQLite

/// `morgue_snippet(article_fts, column, before, after, ellipsis, tokens)`: a passage of `tokens` words
/// of one column around the searched words, matches between `before` and `after`, as FTS5's
/// `snippet()` takes the same arguments. `snippet()` tokenizes the whole column twice (to find
/// sentences, then to mark matches): 70 µs for a story of 600 words, a third of a query's time for
/// the twenty shown. This function chooses the passage from the matches' word positions, which FTS5
/// already holds, and tokenizes only up to the passage's last word.
///
/// The passage is the one holding the most different searched phrases (then the most matches,
/// then the earliest), centred on the matches it holds; without a match in the column it is the
/// column's opening words. Unlike `snippet()`, it does not move the passage to a sentence start.
enum SearchSnippet {
    static let functionName = "morgue_snippet"

    /// Makes `morgue_snippet` available on this connection.
    static func register(in db: Database) {
        FTS5Function.register(functionName, in: db) { api, fts, context, count, values in
            SearchSnippet.snippet(api, fts, context, count, values)
        }
    }

    /// A searched phrase found in the column: where it starts and how many words it spans.
    struct Match: Equatable {
        var phrase: Int
        var offset: Int
        var length: Int
    }

    /// The first word of the passage of `tokens` words that shows the most of `matches` (sorted by
    /// offset) in a column of `columnSize` words.
    static func passageStart(_ matches: [Match], tokens: Int, columnSize: Int) -> Int {
        guard !matches.isEmpty else { return 0 }
        var best = (score: -1, first: 0, last: 0)
        for (index, candidate) in matches.enumerated() {
            var seen = Set<Int>()
            var score = 0
            var last = candidate.offset
            for match in matches[index...] {
                guard match.offset + match.length <= candidate.offset + tokens else { break }
                score += seen.insert(match.phrase).inserted ? 1000 : 1
                last = match.offset + match.length - 1
            }
            if score > best.score { best = (score, candidate.offset, last) }
        }
        // Centre the matches in the passage, without running past either end of the column.
        var start = best.first - (tokens - (best.last - best.first + 1)) / 2
        if start + tokens > columnSize { start = columnSize - tokens }
        return max(0, min(start, best.first))
    }

    /// Byte ranges of the words `range` of a text, gathered by the table's own tokenizer, which
    /// stops at the range's end.
    private struct WordGatherer {
        var range: Range<Int>
        var next = 0
        var words: [(start: Int, end: Int)] = []
    }

    private static func snippet(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
                                _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
        guard let api = api?.pointee, let values, count == 5 else {
            return sqlite3_result_error(context, "morgue_snippet takes a column, two marks, an ellipsis and a length", -1)
        }
        let column = sqlite3_value_int(values[0])
        let before = text(values[1]), after = text(values[2]), ellipsis = text(values[3])
        let tokens = Int(max(1, min(64, sqlite3_value_int(values[4]))))

        var matches: [Match] = []
        var instances: Int32 = 0
        var code = api.xInstCount(fts, &instances)
        var phrase: Int32 = 0, instanceColumn: Int32 = 0, offset: Int32 = 0
        for instance in 0..<max(instances, 0) where code == SQLITE_OK {
            code = api.xInst(fts, instance, &phrase, &instanceColumn, &offset)
            if code == SQLITE_OK, instanceColumn == column {
                matches.append(Match(phrase: Int(phrase), offset: Int(offset), length: max(1, Int(api.xPhraseSize(fts, phrase)))))
            }
        }
        var columnSize: Int32 = 0
        if code == SQLITE_OK { code = api.xColumnSize(fts, column, &columnSize) }
        var textPointer: UnsafePointer<CChar>?
        var textLength: Int32 = 0
        if code == SQLITE_OK { code = api.xColumnText(fts, column, &textPointer, &textLength) }
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        guard let textPointer, textLength > 0 else { return sqlite3_result_text(context, "", 0, copiedByResult) }
        matches.sort { ($0.offset, $0.phrase) < ($1.offset, $1.phrase) }

        let start = passageStart(matches, tokens: tokens, columnSize: Int(columnSize))
        var gatherer = WordGatherer(range: start..<(start + tokens))
        code = withUnsafeMutablePointer(to: &gatherer) { pointer in
            api.xTokenize(fts, textPointer, textLength, pointer) { userData, flags, _, _, wordStart, wordEnd in
                let gatherer = userData!.assumingMemoryBound(to: WordGatherer.self)
                if flags & FTS5_TOKEN_COLOCATED != 0 { return SQLITE_OK }
                defer { gatherer.pointee.next += 1 }
                if gatherer.pointee.range.contains(gatherer.pointee.next) {
                    gatherer.pointee.words.append((Int(wordStart), Int(wordEnd)))
                }
                return gatherer.pointee.next + 1 >= gatherer.pointee.range.upperBound ? SQLITE_DONE : SQLITE_OK
            }
        }
        guard code == SQLITE_OK || code == SQLITE_DONE else { return sqlite3_result_error_code(context, code) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(textPointer).assumingMemoryBound(to: UInt8.self),
                                        count: Int(textLength))
        let result = passage(bytes, words: gatherer.words, firstWord: start, columnSize: Int(columnSize),
                             matches: matches, marks: (before, after), ellipsis: ellipsis)
        sqlite3_result_text(context, result, -1, copiedByResult)
    }

    /// The passage's text: from its first word to its last, each match between the marks (matches
    /// that overlap share them), an ellipsis where the column goes on before or after it.
    static func passage(_ bytes: UnsafeBufferPointer<UInt8>, words: [(start: Int, end: Int)], firstWord: Int,
                        columnSize: Int, matches: [Match], marks: (String, String), ellipsis: String) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        // Matches as ranges of the passage's words, clipped to it, overlapping ones merged.
        var marked: [ClosedRange<Int>] = []
        for match in matches {
            let low = max(match.offset - firstWord, 0), high = min(match.offset + match.length - 1 - firstWord, words.count - 1)
            guard low <= high else { continue }
            if let previous = marked.last, low <= previous.upperBound {
                marked[marked.count - 1] = previous.lowerBound...max(previous.upperBound, high)
            } else {
                marked.append(low...high)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(last.end - first.start + 32)
        if firstWord > 0 { output += ellipsis.utf8 }
        var position = firstWord == 0 ? 0 : first.start
        for range in marked {
            output += bytes[position..<words[range.lowerBound].start]
            output += marks.0.utf8
            output += bytes[words[range.lowerBound].start..<words[range.upperBound].end]
            output += marks.1.utf8
            position = words[range.upperBound].end
        }
        let end = firstWord + words.count >= columnSize ? bytes.count : last.end
        if position < end { output += bytes[position..<end] }
        if firstWord + words.count < columnSize { output += ellipsis.utf8 }
        return String(decoding: output, as: UTF8.self)
    }

    /// SQLite copies the result (`SQLITE_TRANSIENT`, a C macro Swift does not import).
    private static let copiedByResult = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    private static func text(_ value: OpaquePointer?) -> String {
        sqlite3_value_text(value).map { String(cString: $0) } ?? ""
    }
}
