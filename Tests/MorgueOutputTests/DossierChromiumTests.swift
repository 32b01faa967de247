import Foundation
import MorgueOutput
import Testing

/// The HTML dossier opened in headless Chromium (Debian's `chromium`, which `Scripts/test` installs):
/// it renders (a non-blank screenshot), shows the title and quotes, and holds no script element.
@Suite(.serialized) struct DossierChromiumTests {
    let fixture: RenderingFixture
    let folder: URL

    init() throws {
        fixture = try RenderingFixture()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func screenshotRendersTitleAndQuotes() throws {
        let page = folder.appendingPathComponent("dossier.html")
        try Data(DossierFormat.html.render(fixture.dossier).utf8).write(to: page)
        let blankPage = folder.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankPage)

        let shot = try Chromium.screenshot(of: page, in: folder, named: "dossier.png")
        let blank = try Chromium.screenshot(of: blankPage, in: folder, named: "blank.png")
        #expect(Array(shot.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        #expect(Chromium.pngSize(shot) == (1200, 1600))
        // A page of text compresses far worse than an empty white page of the same size.
        #expect(shot.count > 4 * blank.count, "screenshot \(shot.count) bytes, blank page \(blank.count) bytes")

        let dom = try Chromium.dumpDOM(of: page)
        #expect(dom.contains("<h1>Baghdad (2019-12-31)</h1>"))
        #expect(dom.contains("Iran killed an American contractor, wounding many. We strongly responded."))
        #expect(dom.contains("&lt;script&gt;alert('quote')&lt;/script&gt; we will not leave"))
        #expect(!dom.lowercased().contains("<script"))
    }
}

/// Runs Debian's headless Chromium.
enum Chromium {
    static var executable: String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    static func run(_ arguments: [String]) throws -> Data {
        let binary = try #require(executable, "headless Chromium is needed: run Scripts/test, or apt-get install chromium")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--no-first-run", "--disable-dev-shm-usage"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    static func screenshot(of page: URL, in folder: URL, named name: String) throws -> Data {
        let png = folder.appendingPathComponent(name)
        _ = try run(["--screenshot=\(png.path)", "--window-size=1200,1600", page.absoluteString])
        return try Data(contentsOf: png)
    }

    static func dumpDOM(of page: URL) throws -> String {
        String(decoding: try run(["--dump-dom", page.absoluteString]), as: UTF8.self)
    }

    /// Width and height from the PNG's IHDR chunk.
    static func pngSize(_ png: Data) -> (Int, Int) {
        guard png.count >= 24 else { return (0, 0) }
        let bytes = [UInt8](png[16..<24])
        let width = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
        return (width, height)
    }
}
