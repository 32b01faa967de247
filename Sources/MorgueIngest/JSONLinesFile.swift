import Foundation
import MorgueReaders

/// A JSON Lines file as ingest reads it: a chunk of bytes at a time, handed out a few lines at a
/// time, so that memory holds a batch of stories whatever the file's size (a CMS export of a year
/// is one file).
final class JSONLinesFile {
    private let handle: FileHandle
    private var splitter: JSONLinesSplitter
    /// Lines cut from the chunks read so far and not handed out yet.
    private var ready: [JSONLine] = []
    private var ended = false
    private let chunkBytes: Int

    /// How many bytes are read from the file at once.
    static let defaultChunkBytes = 1_048_576

    /// Opens the file at `path`; the error says why it cannot be read.
    init(path: String, chunkBytes: Int = JSONLinesFile.defaultChunkBytes) throws(ReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: "the file cannot be read (check its permissions)")
        }
        self.handle = handle
        splitter = JSONLinesSplitter(path: path)
        self.chunkBytes = chunkBytes
    }

    deinit { try? handle.close() }

    /// Up to `count` of the next lines (blank lines skipped); none once the file is read. Throws once
    /// when the file turns out to be binary or cannot be read to its end; nothing follows.
    func next(_ count: Int) throws(ReadError) -> [JSONLine] {
        while ready.count < count, !ended {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkBytes) ?? Data()
            } catch {
                ended = true
                throw ReadError(path: splitter.path, reason: "the file could not be read to its end (\(error.localizedDescription))")
            }
            do {
                if chunk.isEmpty {
                    ended = true
                    ready += try splitter.finish()
                } else {
                    ready += try splitter.lines(in: chunk)
                }
            } catch {
                ended = true
                throw error
            }
        }
        let lines = Array(ready.prefix(count))
        ready.removeFirst(lines.count)
        return lines
    }
}
