import Foundation
import GRDB
import GRDBSQLite

/// `morgue_bm25(article_fts, 10.0, 1.0)`: FTS5's `bm25()` (same formula, same column weights, same
/// values), except for how it learns how many stories hold each searched phrase. `bm25()` counts
/// them by reading the phrase's whole index at every query: 3 to 4 ms for a word found in every one
/// of 100,000 stories, whatever the query's `LIMIT`. This function counts up to
/// `exactDocumentCount` of them and, past that, estimates the count from how far into the archive
/// (by id) that many were found. A phrase that common weighs little anyway (its inverse document
/// frequency is below log(5) once it is in a fifth of the stories), so the estimate hardly moves
/// the ranking, and every rarer phrase is ranked exactly as `bm25()` ranks it.
enum SearchRank {
    static let functionName = "morgue_bm25"
    /// Documents counted exactly per phrase before the count is estimated.
    static let exactDocumentCount: Int64 = 5_000

    /// Makes `morgue_bm25`, and the search's other functions (`SearchSnippet`, `StorySet`), available
    /// on this connection.
    static func register(in db: Database) {
        defer {
            SearchSnippet.register(in: db)
            StorySet.register(in: db)
        }
        FTS5Function.register(functionName, in: db) { api, fts, context, count, values in
            SearchRank.score(api, fts, context, count, values)
        }
    }

    /// What bm25 needs to know about the whole query, computed at its first row and kept with the
    /// FTS5 cursor (`xSetAuxdata`).
    private final class QueryStatistics {
        var inverseDocumentFrequencies: [Double] = []
        var averageLength = 1.0
        var frequencies: [Double] = []
    }

    /// How many documents hold one phrase, counted up to a limit (`xQueryPhrase`'s callback).
    private struct PhraseCount {
        var documents: Int64 = 0
        var lastRowID: Int64 = 0
    }

    private static let k1 = 1.2
    private static let b = 0.75

    private static func score(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
                              _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
        guard let api = api?.pointee else { return }
        let statistics: QueryStatistics
        if let stored = api.xGetAuxdata(fts, 0) {
            statistics = Unmanaged<QueryStatistics>.fromOpaque(stored).takeUnretainedValue()
        } else {
            var code = SQLITE_OK
            statistics = Self.statistics(api, fts, &code)
            guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
            code = api.xSetAuxdata(fts, Unmanaged.passRetained(statistics).toOpaque()) { pointer in
                if let pointer { Unmanaged<QueryStatistics>.fromOpaque(pointer).release() }
            }
            guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        }
        // How often each phrase occurs in this row, each occurrence weighed by its column's weight.
        let weights = min(count, api.xColumnCount(fts))
        for index in statistics.frequencies.indices { statistics.frequencies[index] = 0 }
        var instances: Int32 = 0
        var code = api.xInstCount(fts, &instances)
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        for instance in 0..<max(instances, 0) where code == SQLITE_OK {
            code = api.xInst(fts, instance, &phrase, &column, &offset)
            let weight = column < weights ? sqlite3_value_double(values?[Int(column)]) : 1.0
            if statistics.frequencies.indices.contains(Int(phrase)) { statistics.frequencies[Int(phrase)] += weight }
        }
        var length = count > weights ? Self.documentLength(sizes: values?[Int(count) - 1]) : nil
        if length == nil, code == SQLITE_OK {
            var columnSizes: Int32 = 0
            code = api.xColumnSize(fts, -1, &columnSizes)
            length = Int(columnSizes)
        }
        guard code == SQLITE_OK, let length else { return sqlite3_result_error_code(context, code) }
        var score = 0.0
        let norm = k1 * (1 - b + b * Double(length) / statistics.averageLength)
        for (frequency, idf) in zip(statistics.frequencies, statistics.inverseDocumentFrequencies) {
            score += idf * (frequency * (k1 + 1)) / (frequency + norm)
        }
        sqlite3_result_double(context, -score)
    }

    /// The story's length in words, from its row of `article_fts_docsize` (`sz`: each column's
    /// length as a SQLite varint), or `nil` without one. Read by the search's own join on that table's
    /// primary key, it spares FTS5 a statement of its own for every ranked story (`xColumnSize`).
    static func documentLength(sizes value: OpaquePointer?) -> Int? {
        guard let value, sqlite3_value_type(value) == SQLITE_BLOB, let blob = sqlite3_value_blob(value) else { return nil }
        let bytes = UnsafeBufferPointer(start: blob.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_value_bytes(value)))
        var total = 0, index = 0
        while index < bytes.count {
            var number = 0, length = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                length += 1
                if length == 9 { number = (number << 8) | Int(byte); break }
                number = (number << 7) | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            total += number
        }
        return total
    }

    private static func statistics(_ api: Fts5ExtensionApi, _ fts: OpaquePointer?, _ code: inout Int32) -> QueryStatistics {
        let statistics = QueryStatistics()
        var rows: sqlite3_int64 = 0
        var tokens: sqlite3_int64 = 0
        code = api.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
        guard code == SQLITE_OK else { return statistics }
        statistics.averageLength = rows > 0 ? max(Double(tokens) / Double(rows), 1e-9) : 1
        let phrases = Int(api.xPhraseCount(fts))
        statistics.frequencies = Array(repeating: 0, count: phrases)
        for phrase in 0..<phrases {
            var counted = PhraseCount()
            code = withUnsafeMutablePointer(to: &counted) { pointer in
                api.xQueryPhrase(fts, Int32(phrase), pointer) { api, fts, userData in
                    let counted = userData!.assumingMemoryBound(to: PhraseCount.self)
                    counted.pointee.documents += 1
                    guard counted.pointee.documents >= SearchRank.exactDocumentCount else { return SQLITE_OK }
                    counted.pointee.lastRowID = api!.pointee.xRowid(fts)
                    return SQLITE_DONE  // ends the walk; xQueryPhrase returns SQLITE_OK
                }
            }
            guard code == SQLITE_OK else { return statistics }
            var documents = Double(counted.documents)
            if counted.documents >= exactDocumentCount, counted.lastRowID > 0 {
                // Story ids are dense: the phrase is in `documents` of the first `lastRowID` stories.
                documents = min(Double(rows), max(documents, documents * Double(rows) / Double(counted.lastRowID)))
            }
            let idf = log((Double(rows) - documents + 0.5) / (documents + 0.5))
            statistics.inverseDocumentFrequencies.append(idf <= 0 ? 1e-6 : idf)
        }
        return statistics
    }
}
