import Foundation
import GRDB
import MorgueArchive
import MorgueExtraction
import Testing

/// Search input of any shape, in word mode and as raw FTS5 (`--fts`): the archive returns results
/// or `ArchiveError.invalidSearchSyntax`, never a crash nor SQLite's own error leaking out.
/// Seeded; `MORGUE_FUZZ_CASES` raises the number of queries.
@Suite struct HostileInputSearchTests {
    static let fragments = ["\"", "\"\"", "'", "(", ")", "((", "NEAR(", "NEAR(a b, 2)", "NEAR(a b, x)", "*", "^", "-", "+",
                            ":", "title:", "body:", "text:", "nosuch:", "{title body}:", "{", "}", "AND", "OR", "NOT",
                            "and", "harbour", "ferry", "harb*", "*harb", "\u{0}", "\\", "%", "_", "[", "]", ";",
                            "DROP TABLE article;", "' OR 1=1 --", "שלום", "مرحبا", "\u{202E}", "e\u{301}", "日本",
                            "🇺🇸", "\u{FEFF}", "\n", "\t", " ", "  ", "\u{10FFFF}", String(repeating: "a", count: 3_000),
                            String(repeating: "(", count: 500), String(repeating: "\"a ", count: 300)]

    @Test func anyQueryGivesResultsOrAClearError() throws {
        let archive = try Self.archive()
        var state: UInt64 = 99
        var outcomes = (results: 0, clearErrors: 0)
        let cases = ProcessInfo.processInfo.environment["MORGUE_FUZZ_CASES"].flatMap { Int($0) } ?? 1_500
        for _ in 0..<cases {
            var words: [String] = []
            for _ in 0..<(Self.next(&state) % 6 + 1) {
                words.append(Self.fragments[Int(Self.next(&state) % UInt64(Self.fragments.count))])
            }
            let text = words.joined(separator: Self.next(&state) % 3 == 0 ? "" : " ")
            for raw in [false, true] {
                do {
                    _ = try archive.searchArticles(ArticleQuery(text: text, isRawFTS5: raw))
                    _ = try archive.quotes(QuoteQuery(text: text, isRawFTS5: raw))
                    outcomes.results += 1
                } catch let error as ArchiveError {
                    guard case .invalidSearchSyntax = error else {
                        Issue.record("\(text.debugDescription) (raw: \(raw)): \(error)")
                        continue
                    }
                    outcomes.clearErrors += 1
                } catch {
                    Issue.record("\(text.debugDescription) (raw: \(raw)) leaked \(type(of: error)): \(error)")
                }
            }
        }
        #expect(outcomes.results > 0 && outcomes.clearErrors > 0)
        print("HostileInputSearchTests: \(cases * 2) queries, \(outcomes.results) answered, \(outcomes.clearErrors) refused clearly")
    }

    @Test func columnFiltersOnTheWrongIndexAreRefusedClearly() throws {
        let archive = try Self.archive()
        #expect(try archive.searchArticles(ArticleQuery(text: "title:harbour", isRawFTS5: true)).count == 1)
        #expect(try archive.quotes(QuoteQuery(text: "text:harbour", isRawFTS5: true)).count == 1)
        #expect(throws: ArchiveError.self) { try archive.quotes(QuoteQuery(text: "title:harbour", isRawFTS5: true)) }
    }

    static func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    static func archive() throws -> Archive {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).sqlite").path
        let archive = try Archive(path: path)
        let body = "“The harbour is open,” the mayor said. The ferry resumed."
        var extraction = Extraction()
        extraction.quotes = [Quote(text: "The harbour is open", span: TextSpan(start: 1, end: 20), kind: .direct)]
        _ = try archive.store([ExtractedArticle(draft: ArticleDraft(title: "Harbour reopens", url: "https://x.y/1", body: body),
                                                contentHash: String(repeating: "b", count: 64), extraction: extraction)])
        return archive
    }
}
