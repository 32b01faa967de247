import Foundation
import Testing

/// A small web server on 127.0.0.1 for the tests that fetch: python3's `http.server` with a handler
/// this file writes, serving a test's folder with ETag / Last-Modified, answering conditional GETs
/// with 304, and logging every request it answers. python3 is on every machine that builds Morgue,
/// and a server in the test target would cost build time for what these ten lines do.
///
/// `/slow/S/PATH` serves PATH after S seconds (for timeouts and overlapping runs).
final class LocalWebServer {
    /// One request, as the server's log has it.
    struct Request: Equatable {
        var path: String
        var status: Int
        var ifNoneMatch: String?
        var userAgent: String?
    }

    let root: URL
    let port: Int
    /// The server's process id. The server runs detached (see `init`), so it is stopped by signal.
    private let pid: pid_t
    private let logFile: URL

    var base: String { "http://127.0.0.1:\(port)" }

    /// Starts serving `root` on a free port of 127.0.0.1; waits at most 10 s for it to listen. The
    /// server stops by itself after `lifetime` seconds if the test never stops it.
    init(root: URL, lifetime: Int = 300) throws {
        self.root = root
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("morgue-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let script = work.appendingPathComponent("serve.py")
        let portFile = work.appendingPathComponent("port")
        logFile = work.appendingPathComponent("requests.log")
        try Self.handler.write(to: script, atomically: true, encoding: .utf8)
        // Detached through a shell that exits at once: Foundation's Process on Linux waits for a
        // long-lived child in a way that keeps it from reaping the test's other children meanwhile.
        let launcher = Process()
        launcher.executableURL = URL(fileURLWithPath: "/bin/sh")
        launcher.arguments = ["-c", "python3 \"$@\" </dev/null >/dev/null 2>&1 & echo $!", "sh",
                              script.path, root.path, logFile.path, portFile.path, String(lifetime)]
        let output = Pipe()
        launcher.standardOutput = output
        try launcher.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        launcher.waitUntilExit()
        guard let pid = pid_t(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ServerError(reason: "the local test server (python3) could not be started")
        }
        self.pid = pid
        let deadline = Date().addingTimeInterval(10)
        var port: Int?
        while port == nil, Date() < deadline, kill(pid, 0) == 0 {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            kill(pid, SIGTERM)
            throw ServerError(reason: "the local test server (python3) did not start within 10 s")
        }
        self.port = port
    }

    deinit { stop() }

    func stop() {
        kill(pid, SIGTERM)
    }

    /// The requests answered so far, oldest first.
    func requests() -> [Request] {
        guard let log = try? String(contentsOf: logFile, encoding: .utf8) else { return [] }
        return log.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = object["path"] as? String, let status = object["status"] as? Int else { return nil }
            return Request(path: path, status: status, ifNoneMatch: object["if_none_match"] as? String,
                           userAgent: object["user_agent"] as? String)
        }
    }

    /// Waits (at most `seconds`) until a request for `path` has arrived; the server logs a slow
    /// request when it arrives, before answering.
    func waitForRequest(to path: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let log = try? String(contentsOf: logFile, encoding: .utf8), log.contains("\"arrived\": \"\(path)\"") { return true }
            usleep(20_000)
        }
        return false
    }

    /// A port on 127.0.0.1 that nothing listens on: bound, read, and closed again.
    static func unusedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError(reason: "cannot open a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw ServerError(reason: "cannot bind a socket on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct ServerError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    private static let handler = #"""
        import email.utils, hashlib, http.server, json, os, signal, sys, threading, time

        # Tests run in parallel, and this process may have inherited the pipes another test reads a
        # morgue's output from: close them, or that test would wait for this server to end.
        os.closerange(3, 65536)
        # The test runner blocks some signals and children inherit that: let SIGTERM stop the server.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        root, log_path, port_path, lifetime = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
        types = {".xml": "application/rss+xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
                 ".txt": "text/plain; charset=utf-8", ".json": "application/json", ".html": "text/html"}

        def log(entry):
            with open(log_path, "a") as f:
                f.write(json.dumps(entry) + "\n")

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                path = self.path.split("?")[0]
                if path.startswith("/slow/"):
                    log({"arrived": path})
                    _, _, seconds, rest = path.split("/", 3)
                    time.sleep(float(seconds))
                    path = "/" + rest
                file = os.path.join(root, path.lstrip("/"))
                if not os.path.isfile(file):
                    return self.answer(404, b"not found\n", {"Content-Type": "text/plain"})
                with open(file, "rb") as f:
                    body = f.read()
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                modified = email.utils.formatdate(os.path.getmtime(file), usegmt=True)
                headers = {"ETag": etag, "Last-Modified": modified,
                           "Content-Type": types.get(os.path.splitext(file)[1], "application/octet-stream")}
                match = self.headers.get("If-None-Match")
                if match == etag or (match is None and self.headers.get("If-Modified-Since") == modified):
                    return self.answer(304, b"", headers)
                self.answer(200, body, headers)

            def answer(self, status, body, headers):
                log({"path": self.path, "status": status, "if_none_match": self.headers.get("If-None-Match"),
                     "user_agent": self.headers.get("User-Agent")})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        with open(port_path + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(port_path + ".tmp", port_path)
        # Stop by itself, whatever happens to the test that started it.
        threading.Timer(lifetime, lambda: os._exit(0)).start()
        server.serve_forever()
        """#
}
