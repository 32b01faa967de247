import Foundation

/// Keeps two ingests from writing to one archive at once: each run holds an exclusive lock on a
/// file beside the archive (`ARCHIVE.ingest-lock`) for as long as it runs. The operating system
/// releases the lock when the process ends, however it ends, so a killed run never leaves it stuck.
public final class IngestLock {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock for the archive at `archivePath`. When another run holds it, waits for it if
    /// `wait` is true, else throws `IngestLockError.held`.
    public init(archivePath: String, wait: Bool) throws {
        path = archivePath + ".ingest-lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IngestLockError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK, wait else {
                close(descriptor)
                throw IngestLockError.held(path: path)
            }
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw IngestLockError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Why an ingest could not start.
public enum IngestLockError: Error, CustomStringConvertible {
    case held(path: String)
    case cannotCreate(path: String, reason: String)

    public var description: String {
        switch self {
        case let .held(path):
            return "another morgue ingest is writing to this archive (it holds \(path)); "
                + "nothing was ingested. Try again when it finishes, or pass --wait to queue behind it."
        case let .cannotCreate(path, reason):
            return "cannot create the ingest lock \(path): \(reason)"
        }
    }
}
