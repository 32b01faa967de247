import Foundation
import GRDB
import GRDBSQLite

/// A set of story ids as a bitmap (bit `id % 8` of byte `id / 8`), for the filters of a search:
/// `morgue_story_set(id)` gathers a query's ids into one (an aggregate, a BLOB), and
/// `morgue_in_story_set(set, id)` tells whether an id is in it: one function call an id to build,
/// one a story to probe, where `rowid IN (subquery)` makes SQLite build a temporary index of the set
/// at every query, some 340 ns an id (4.3 ms for an outlet in 12,700 stories), and search it for
/// every story walked.
enum StorySet {
    static let buildName = "morgue_story_set"
    static let probeName = "morgue_in_story_set"

    /// The bitmap being gathered, kept in SQLite's aggregate context.
    private struct Bitmap {
        var bytes: UnsafeMutablePointer<UInt8>?
        var count: Int
    }

    /// Makes `morgue_story_set` and `morgue_in_story_set` available on this connection.
    static func register(in db: Database) {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        var code = sqlite3_create_function_v2(db.sqliteConnection, buildName, 1, flags, nil, nil, { context, _, values in
            StorySet.add(context, values?[0])
        }, { context in
            StorySet.finish(context)
        }, nil)
        if code == SQLITE_OK {
            code = sqlite3_create_function_v2(db.sqliteConnection, probeName, 2, flags, nil, { context, _, values in
                sqlite3_result_int(context, StorySet.contains(values?[0], sqlite3_value_int64(values?[1])) ? 1 : 0)
            }, nil, nil, nil)
        }
        precondition(code == SQLITE_OK, "cannot register \(buildName) (SQLite error \(code))")
    }

    /// Whether `set`, a bitmap, holds `id`.
    static func contains(_ set: OpaquePointer?, _ id: Int64) -> Bool {
        guard id >= 0, let bytes = sqlite3_value_blob(set) else { return false }
        let index = Int(id >> 3)
        guard index < Int(sqlite3_value_bytes(set)) else { return false }
        return bytes.load(fromByteOffset: index, as: UInt8.self) & (1 << UInt8(id & 7)) != 0
    }

    private static func add(_ context: OpaquePointer?, _ value: OpaquePointer?) {
        guard sqlite3_value_type(value) == SQLITE_INTEGER else { return }
        let id = sqlite3_value_int64(value)
        guard id >= 0, let raw = sqlite3_aggregate_context(context, Int32(MemoryLayout<Bitmap>.size)) else { return }
        let bitmap = raw.assumingMemoryBound(to: Bitmap.self)
        let index = Int(id >> 3)
        if index >= bitmap.pointee.count {
            let count = max(index + 1, bitmap.pointee.count * 2, 1_024)
            guard let grown = realloc(bitmap.pointee.bytes, count)?.assumingMemoryBound(to: UInt8.self) else {
                return sqlite3_result_error_nomem(context)
            }
            (grown + bitmap.pointee.count).initialize(repeating: 0, count: count - bitmap.pointee.count)
            bitmap.pointee = Bitmap(bytes: grown, count: count)
        }
        bitmap.pointee.bytes![index] |= 1 << UInt8(id & 7)
    }

    private static func finish(_ context: OpaquePointer?) {
        guard let raw = sqlite3_aggregate_context(context, 0) else { return sqlite3_result_zeroblob(context, 0) }
        let bitmap = raw.assumingMemoryBound(to: Bitmap.self).pointee
        sqlite3_result_blob(context, bitmap.bytes, Int32(bitmap.count), copiedByResult)
        free(bitmap.bytes)
    }

    /// SQLite copies the result (`SQLITE_TRANSIENT`, a C macro Swift does not import).
    private static let copiedByResult = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// The stories in all of `sets` (bitmaps as `morgue_story_set` makes them).
    static func intersection(_ sets: [[UInt8]]) -> [UInt8] {
        guard var result = sets.first else { return [] }
        for set in sets.dropFirst() {
            result.removeLast(max(0, result.count - set.count))
            for index in result.indices { result[index] &= set[index] }
        }
        return result
    }
}
