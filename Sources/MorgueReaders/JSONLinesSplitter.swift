import Foundation

/// One record of a JSON Lines file, not parsed yet: its bytes and its 1-based line number.
/// `JSONArticleReader.read(_:)` turns it into a story or an error naming the line.
public struct JSONLine: Sendable {
    /// The file the line is in.
    public let path: String
    /// The line's number in the file, counting every line (blank ones too) from 1.
    public let number: Int
    /// The line without its `\n` (a `\r` before it stays: JSON reads it as white space).
    let bytes: Data
}

/// Cuts a JSON Lines file into lines as its bytes arrive, a chunk at a time, so that reading a file
/// of any size holds one chunk and the line being cut, never the whole file.
///
/// The file's encoding is judged as `TextDecoding` judges a whole file: a UTF-8 byte-order mark is
/// dropped; a file whose first 8 KB look binary is refused; each line that is not valid UTF-8 is read
/// as Windows-1252. A file in UTF-16 (it starts with a byte-order mark) cannot be cut byte by byte:
/// it is gathered and decoded whole when `finish()` is called, under the same size limit as any file.
public struct JSONLinesSplitter: Sendable {
    /// The file the bytes come from, named in lines and errors.
    public let path: String
    /// Bytes received and not yet handed out as lines: the unfinished last line (and, at the start,
    /// up to `sniffedBytes` while the encoding is judged).
    private var pending: [UInt8] = []
    /// How far `pending` has been searched for a line end already.
    private var searched = 0
    /// The number of the next line to hand out.
    private var nextNumber = 1
    private var state = State.judgingEncoding

    private enum State {
        case judgingEncoding
        case utf8
        case utf16
        case refused
    }

    /// How many bytes are looked at to tell text from a binary file (as `TextDecoding` does).
    static let sniffedBytes = 8192

    public init(path: String) {
        self.path = path
    }

    /// The lines completed by `chunk`, in order; blank lines are skipped (their numbers are not).
    /// Throws once, for a binary file; after that every call returns nothing.
    public mutating func lines(in chunk: Data) throws(ReadError) -> [JSONLine] {
        guard state != .refused else { return [] }
        pending.append(contentsOf: chunk)
        if state == .judgingEncoding {
            guard pending.count >= Self.sniffedBytes else { return [] }
            try judgeEncoding()
        }
        return state == .utf8 ? completeLines() : []
    }

    /// The last lines: the one not ended by a newline, or, for a UTF-16 file, all of them.
    public mutating func finish() throws(ReadError) -> [JSONLine] {
        if state == .judgingEncoding { try judgeEncoding() }
        switch state {
        case .judgingEncoding, .refused:
            return []
        case .utf8:
            var lines = completeLines()
            if let last = line(pending[...]) { lines.append(last) }
            pending = []
            return lines
        case .utf16:
            let text = try TextDecoding.decode(Data(pending), path: path)
            pending = Array(text.utf8)
            state = .utf8
            return try finish()
        }
    }

    private mutating func judgeEncoding() throws(ReadError) {
        if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
            pending.removeFirst(3)
        } else if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
            state = .utf16
            return
        }
        if TextDecoding.looksBinary(pending[...]) {
            state = .refused
            pending = []
            throw ReadError(path: path, reason: "this is a binary file, not a story (no text encoding fits it)")
        }
        state = .utf8
    }

    /// Hands out every line `pending` holds up to its last newline, and keeps the rest.
    private mutating func completeLines() -> [JSONLine] {
        var lines: [JSONLine] = []
        var start = 0
        var index = searched
        while let end = pending[index...].firstIndex(of: 0x0A) {
            if let line = line(pending[start..<end]) { lines.append(line) }
            start = end + 1
            index = start
        }
        pending.removeFirst(start)
        searched = pending.count
        return lines
    }

    /// The next line, numbered; `nil` for a line of only spaces, tabs and carriage returns.
    private mutating func line(_ bytes: ArraySlice<UInt8>) -> JSONLine? {
        defer { nextNumber += 1 }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        return JSONLine(path: path, number: nextNumber, bytes: Data(bytes))
    }
}
