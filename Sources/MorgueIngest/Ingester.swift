import Foundation
import MorgueArchive
import MorgueExtraction
import MorgueReaders

/// Ingests files and folders of stories into an archive: reads each file, extracts facts from every
/// new or changed story on all cores, and stores each batch in one transaction. The run is recorded
/// in the archive with its counts and the files or records it could not ingest.
///
/// Idempotent: a story already stored as it is counts as unchanged and is not extracted again.
public struct Ingester: Sendable {
    /// Files larger than this are refused with a clear message rather than read into memory.
    public var maxFileBytes: Int
    /// Stories extracted and stored together in one transaction.
    public var batchSize: Int
    /// How feeds and pages named by URL, and with `followLinks` the pages feed items link to, are fetched.
    public var fetchPolicy = FetchPolicy()

    private let archive: Archive
    /// Makes the extractor; called on another thread at the start of each run (see `ExtractorPreparation`).
    private let makeExtractor: @Sendable () -> Extractor
    private let reader = StoryFileReader()
    private let json = JSONArticleReader()

    public static let defaultMaxFileBytes = 64 * 1024 * 1024

    public init(archive: Archive, extractor: @escaping @autoclosure @Sendable () -> Extractor = Extractor(),
                maxFileBytes: Int = Ingester.defaultMaxFileBytes, batchSize: Int = 256) {
        self.archive = archive
        makeExtractor = extractor
        self.maxFileBytes = maxFileBytes
        self.batchSize = batchSize
    }

    /// Ingests every story in `inputs` (files and folders, recursively) and returns what the run did.
    /// `progress` is called after each batch.
    public func ingest(_ inputs: [String], progress: (IngestProgress) -> Void = { _ in }) throws -> IngestReport {
        let runID = try archive.beginRun(inputs: inputs)
        let preparation = ExtractorPreparation(makeExtractor)
        let writer = BatchWriter(archive: archive, runID: runID)
        var files = 0
        var errors: [IngestErrorRecord] = []
        var notModified: [String] = []
        var alreadyStored = 0
        var pending: [ArticleDraft] = []
        var pendingErrors: [IngestErrorRecord] = []
        var pendingValidators: [(url: String, validators: FetchValidators)] = []
        var policy = fetchPolicy
        policy.maxBytes = maxFileBytes
        let web = WebStoryReader(fetcher: PoliteFetcher(policy: policy), archive: archive, reader: reader)
        let archiveFiles = Set(["", "-wal", "-shm", "-journal", ".ingest-lock", ".nightly-lock"]
            .map { Self.absolute(archive.path + $0) })

        var timings = IngestTimings()
        func seconds<T>(_ total: inout Double, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            defer { total += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
            return try work()
        }

        func flush() throws {
            let (extracted, unchanged) = try extract(pending, with: preparation, timings: &timings)
            // Validators are recorded once the feed's stories are stored, so an interrupted run fetches again.
            try writer.submit(extracted, unchangedCount: unchanged, errors: pendingErrors, validators: pendingValidators)
            errors += pendingErrors
            pendingValidators.removeAll()
            pending.removeAll(keepingCapacity: true)
            pendingErrors.removeAll()
            progress(IngestProgress(files: files, counts: writer.currentCounts))
        }

        // One story or bad record, in the order a serial read finds them; a batch is stored as soon as
        // it is full, so that memory holds a batch or two whatever the size of a file of many stories.
        func take(_ outcome: ReadOutcome) throws {
            switch outcome {
            case let .success(draft): pending.append(draft)
            case let .failure(error):
                pendingErrors.append(IngestErrorRecord(path: error.path, line: error.line, message: error.reason))
            }
            if pending.count >= batchSize || pendingErrors.count >= batchSize { try flush() }
        }

        // A JSON Lines file is read a batch of lines at a time, the lines parsed on every core.
        func readLines(of path: String) throws {
            let file: JSONLinesFile
            do {
                file = try seconds(&timings.reading) { try self.openLines(path) }
            } catch let error as ReadError {
                return try take(.failure(error))
            }
            let json = self.json
            while true {
                let wanted = batchSize - pending.count
                let outcomes = seconds(&timings.reading) { () -> [ReadOutcome] in
                    do throws(ReadError) {
                        return ParallelMap.map(try file.next(wanted)) { json.read($0) }
                    } catch {
                        return [.failure(error)]
                    }
                }
                if outcomes.isEmpty { return }
                for outcome in outcomes { try take(outcome) }
            }
        }

        // Local files are read (and web pages parsed) a group at a time on every core; the group's
        // readings are then taken in order, so that batches and error lists are as a serial read makes them.
        // A group holds at most `readingGroupBytes` of files, so that memory holds a few files' stories
        // whatever the run's size; JSON Lines files are not held at all but read as they are stored.
        // With --follow a feed's reading fetches pages and asks the archive, so those go one at a time.
        let groupSize = policy.followLinks ? 1 : batchSize
        let entries = StoryFiles(inputs: inputs).makeIterator()
        while true {
            var group: [StoryFiles.Entry] = []
            var groupBytes = 0
            while group.count < groupSize, groupBytes < Self.readingGroupBytes, let entry = entries.next() {
                group.append(entry)
                if case let .file(path) = entry, !Self.isReadByLines(path) { groupBytes += Self.size(of: path) }
            }
            if group.isEmpty { break }
            let readings = seconds(&timings.reading) { self.readings(of: group, skipping: archiveFiles, web: web) }
            for (entry, reading) in zip(group, readings) {
                switch entry {
                case let .missing(path):
                    pendingErrors.append(IngestErrorRecord(path: path, line: nil, message: "no such file or folder"))
                case let .file(path), let .webAddress(path):
                    guard let reading else { continue }  // `morgue ingest .` beside ./morgue.sqlite: the archive is not a story
                    files += 1
                    switch reading {
                    case .byLines:
                        try readLines(of: path)
                    case let .whole(reading):
                        for outcome in reading.outcomes { try take(outcome) }
                        alreadyStored += reading.alreadyStored
                        if reading.notModified { notModified.append(path) }
                        if let validators = reading.validators { pendingValidators.append(validators) }
                    }
                }
                if pending.count >= batchSize || pendingErrors.count >= batchSize { try flush() }
            }
        }
        try flush()
        var counts = try seconds(&timings.waitingForWriter) { try writer.finish() }
        timings.peakMegabytesBeforeGrouping = IngestTimings.peakMegabytes()
        FreedMemory.release()
        counts.unchanged += alreadyStored
        try archive.finishRun(runID, counts: counts)
        // New stories join the events they report, or found new ones (see `Archive.updateEvents`).
        if counts.new + counts.updated > 0 {
            let startCPU = IngestTimings.threadCPUSeconds()
            try seconds(&timings.groupingEvents) { _ = try archive.updateEvents() }
            timings.groupingEventsCPU = IngestTimings.threadCPUSeconds() - startCPU
        }
        (timings.storing, timings.storingCPU) = writer.storingSeconds
        timings.waitingForWriter += writer.waiting
        return IngestReport(runID: runID, counts: counts, errors: errors, files: files, notModified: notModified,
                            timings: timings)
    }

    /// What reading one entry of a group gave: its stories, or a JSON Lines file to read as it is stored.
    private enum EntryReading {
        case whole(SourceReading)
        case byLines
    }

    /// The reading of each entry of `group`, in order: local files on every core, web addresses one
    /// at a time (politely); `nil` for missing paths and the archive's own files.
    private func readings(of group: [StoryFiles.Entry], skipping archiveFiles: Set<String>,
                          web: WebStoryReader) -> [EntryReading?] {
        var readings = [EntryReading?](repeating: nil, count: group.count)
        var files: [(position: Int, path: String)] = []
        for (position, entry) in group.enumerated() {
            switch entry {
            case .missing: continue
            case let .webAddress(address): readings[position] = .whole(web.read(address: address))
            case let .file(path):
                if archiveFiles.contains(Self.absolute(path)) { continue }
                if Self.isReadByLines(path) {
                    readings[position] = .byLines
                } else {
                    files.append((position, path))
                }
            }
        }
        let read = ParallelMap.map(files.map(\.path)) { path in self.read(path, web: web) }
        for (file, reading) in zip(files, read) { readings[file.position] = .whole(reading) }
        return readings
    }

    private func read(_ path: String, web: WebStoryReader) -> SourceReading {
        if let refusal = refusal(of: path) { return SourceReading(outcomes: [.failure(refusal)]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return SourceReading(outcomes: [.failure(Self.unreadable(path))])
        }
        return web.read(data: data, path: path)
    }

    /// Opens a JSON Lines file to read a batch of lines at a time, under the same checks as any file.
    private func openLines(_ path: String) throws(ReadError) -> JSONLinesFile {
        if let refusal = refusal(of: path) { throw refusal }
        return try JSONLinesFile(path: path)
    }

    /// Why the file at `path` is not read at all: too large, or not readable.
    private func refusal(of path: String) -> ReadError? {
        let size = Self.size(of: path)
        guard size <= maxFileBytes else {
            return ReadError(path: path, reason: "the file is \(size / 1_048_576) MB, over the "
                + "\(maxFileBytes / 1_048_576) MB limit; raise it with --max-file-size if it really is a story file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else { return Self.unreadable(path) }
        return nil
    }

    private static func unreadable(_ path: String) -> ReadError {
        ReadError(path: path, reason: "the file cannot be read (check its permissions)")
    }

    /// JSON Lines files (by their name) are read a batch of lines at a time rather than whole.
    private static func isReadByLines(_ path: String) -> Bool {
        StoryFormat(path: path) == .jsonLines
    }

    /// Extracts, on every core, the stories of a batch the archive does not hold as they are; returns
    /// them with the number of stories left out as unchanged.
    private func extract(_ drafts: [ArticleDraft], with preparation: ExtractorPreparation,
                         timings: inout IngestTimings) throws -> (articles: [ExtractedArticle], unchanged: Int) {
        guard !drafts.isEmpty else { return ([], 0) }
        var start = DispatchTime.now().uptimeNanoseconds
        func lap() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { start = now }
            return Double(now - start) / 1e9
        }
        let hashes = drafts.map(ContentHash.of)
        let states = try archive.states(of: zip(drafts, hashes).map { ArticleIdentity(url: $0.url, contentHash: $1) })
        let todo = states.indices.filter { !Self.isUnchanged(states[$0]) }
        timings.reading += lap()
        let extractor = preparation.extractor
        let articles = ParallelMap.map(todo) { index in
            ExtractedArticle(draft: drafts[index], contentHash: hashes[index], extraction: extractor.extract(drafts[index]))
        }
        timings.extracting += lap()
        return (articles, drafts.count - todo.count)
    }

    /// How many bytes of files are read at once, on every core, before their stories are stored.
    static let readingGroupBytes = 16 * 1_048_576

    /// The size of the file at `path`, following symbolic links (a link to a large file is a large file).
    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func isUnchanged(_ state: StoredState) -> Bool {
        if case .unchanged = state { return true }
        return false
    }
}

/// The run's extractor, made on another thread while the first files are read: the extractor's
/// tables (the gazetteer above all) take a while to build, and reading does not need them.
private final class ExtractorPreparation: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var result: Extractor?

    init(_ make: @escaping @Sendable () -> Extractor) {
        DispatchQueue.global().async { [self] in
            result = make()
            finished.signal()
        }
    }

    /// The extractor, once made; waits for it the first time. Read on the ingesting thread only.
    lazy var extractor: Extractor = {
        finished.wait()
        return result!
    }()
}
