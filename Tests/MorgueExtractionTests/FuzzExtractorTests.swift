import Foundation
import MorgueExtraction
import Testing

/// Drives the extractor with random and hostile text for a fixed budget of cases (seeded, so a
/// failure is reproducible): it must never crash or hang, and every offset it returns must point
/// inside the story. `MORGUE_FUZZ_CASES` raises the budget (`Scripts/soak` does), `MORGUE_FUZZ_SEED`
/// picks another seed and `MORGUE_FUZZ_LINE_MB` the size of the single-line story.
@Suite struct FuzzExtractorTests {
    let extractor = Extractor()

    @Test func randomAndMutatedStories() {
        var random = FuzzRandom(seed: FuzzBudget.seed)
        for index in 0..<FuzzBudget.cases {
            let shape = HostileText.Shape.allCases[index % HostileText.Shape.allCases.count]
            let body = HostileText.make(shape, using: &random)
            check(body, case: "\(shape) #\(index)")
        }
        print("FuzzExtractorTests: \(FuzzBudget.cases) random and mutated stories, seed \(FuzzBudget.seed)")
    }

    @Test(arguments: ["[", "(", "{", "<div>", "“", "\"", "«", "'", "‘"])
    func deepNesting(opener: String) {
        let body = String(repeating: opener, count: FuzzBudget.nestingDepth) + " Officials said it. "
            + String(repeating: opener, count: 10)
        check(body, case: "\(FuzzBudget.nestingDepth) × \(opener)")
    }

    @Test func singleLineOfManyMegabytes() {
        let sentence = "“We will not wait,” said Mayor Maria Okafor in Paris on Tuesday, according to Reuters. "
        let count = FuzzBudget.lineMegabytes * 1_048_576 / sentence.utf8.count
        check(String(repeating: sentence, count: count), case: "\(FuzzBudget.lineMegabytes) MB single line")
    }

    @Test func unbalancedQuotesEverywhere() {
        let count = min(FuzzBudget.cases * 80, 20_000)
        let body = (0..<count).map { "“Unclosed \($0), said Mr. Brown " + ($0 % 3 == 0 ? "”" : "") }.joined()
        check(body, case: "\(count) unbalanced quotes")
    }

    /// Extracts `body` and checks that every span lies inside it and that extraction is deterministic.
    private func check(_ body: String, case name: String) {
        let draft = ArticleDraft(outlet: "Reuters", published: NewsDate(year: 2020, month: 1, day: 3), body: body)
        let extraction = extractor.extract(draft)
        let length = body.unicodeScalars.count
        var spans = extraction.quotes.map(\.span) + extraction.quotes.compactMap(\.speakerSpan)
        spans += extraction.attributions.map(\.sourceSpan) + extraction.attributions.compactMap(\.claimSpan)
        spans += extraction.actors.flatMap(\.mentions) + extraction.outlets.compactMap(\.span)
        spans += extraction.locations.map(\.span) + extraction.dates.map(\.span)
        let outside = spans.filter { $0.start < 0 || $0.end > length }
        #expect(outside.isEmpty, "\(name): spans outside the \(length)-scalar story: \(outside.prefix(3))")
        if length < 20_000 {
            #expect(extractor.extract(draft) == extraction, "\(name): extraction is not deterministic")
        }
    }
}
