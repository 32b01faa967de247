import ArgumentParser
import MorgueIngest

extension ArchiveOptions {
    /// Takes the archive's writer lock for `command`, so that ingests and re-extractions never write
    /// at once. When another run holds it and `wait` is false, says so and exits with status 75
    /// (EX_TEMPFAIL), which cron and scripts can tell from a failure.
    func takeWriterLock(for command: String, wait: Bool) throws -> IngestLock {
        do {
            return try IngestLock(archivePath: path, wait: wait)
        } catch IngestLockError.held(let lockPath) {
            Console.error("morgue \(command): " + IngestLockError.held(path: lockPath).description)
            throw ExitCode(75)
        }
    }
}
