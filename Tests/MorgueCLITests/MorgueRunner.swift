import Foundation
import Testing

/// Runs the real `morgue` binary on a temporary archive, as a user would.
struct MorgueRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as a JSON array of objects.
        func jsonArray() throws -> [[String: Any]] {
            let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try #require(value as? [[String: Any]], "not a JSON array: \(stdout)")
        }

        /// Standard output parsed as NDJSON.
        func ndjson() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
    }

    /// A fresh folder for the test's files and archive.
    let directory: URL
    var database: String { directory.appendingPathComponent("morgue.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("morgue-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The binary SwiftPM built beside the test bundle.
    static var binary: URL {
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("morgue")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("morgue")
    }

    /// The sample stories shared with the project (never copied into the repository):
    /// `$MORGUE_SAMPLES` (Scripts/test sets it), else `shared/samples` beside the checkout.
    static var samples: String {
        ProcessInfo.processInfo.environment["MORGUE_SAMPLES"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples").path
    }

    /// Runs `morgue ARGUMENTS --db <test archive>` unless the arguments or environment name another.
    @discardableResult
    func run(_ arguments: [String], useDatabase: Bool = true, environment: [String: String] = [:],
             stdin: String? = nil, asUnprivilegedUser: Bool = false) throws -> Result {
        let process = Process()
        let fullArguments = arguments + (useDatabase ? ["--db", database] : [])
        if asUnprivilegedUser {
            // util-linux's setpriv runs the binary as "nobody", who may read but not write our files.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Self.binary.path] + fullArguments
        } else {
            process.executableURL = Self.binary
            process.arguments = fullArguments
        }
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["MORGUE_DB"] = nil
        env["COLUMNS"] = "200"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a large output cannot fill a pipe and stall the process.
        let errData = LockedData()
        let errReader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// Writes a file under the test folder and returns its path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> String {
        try write(relativePath, Data(contents.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, _ data: Data) throws -> String {
        let url = directory.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }
}

/// Data handed from a reader thread to the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
