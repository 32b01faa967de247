import Foundation
import GRDB
@testable import MorgueArchive
import MorgueExtraction
import Testing

/// How a search with filters meets its matches (`SearchPlan`): looking up the few stories of a
/// filter and walking the words' list find the same stories, ranked alike; the plan is chosen by
/// the sizes of both sides.
@Suite struct SearchPlanTests {
    /// 120 stories about the harbour, newest last; every tenth names Erbil, and story 7 a ferry.
    static func archive() throws -> Archive {
        let builder = try EventStoryBuilder()
        let stories = (1...120).map { number in
            var story = EventStoryBuilder.Story(
                title: "Harbour report \(number)", outlet: "Reuters", date: "2021-03-\(String(format: "%02d", number % 28 + 1))",
                url: "https://example.com/harbour/\(number)",
                body: "The harbour reopened on day \(number)." + String(repeating: " Harbour workers returned.", count: number % 4)
                    + (number % 10 == 0 ? " Officials in Erbil welcomed it." : "") + (number == 7 ? " A ferry sailed." : ""))
            if number % 10 == 0 { story.places = [("Erbil", .city, "IQ")] }
            return story
        }
        try builder.store(stories)
        return builder.archive
    }

    static var erbil: StoryFilter {
        StoryFilter(ids: """
        SELECT al.article_id FROM article_location al WHERE al.location_id IN
            (SELECT id FROM location WHERE name = ? COLLATE NOCASE OR country_code = ? COLLATE NOCASE)
            AND al.article_id >= ?
        """) { ["Erbil", "Erbil", $0] }
    }

    @Test func aCommonWordUnderASmallFilterLooksTheFilteredStoriesUp() throws {
        let archive = try Self.archive()
        let pattern = try #require(FTS5Pattern(matchingAllTokensIn: "harbour"))
        try archive.pool.read { db in
            let plan = try SearchPlan.choose(for: pattern, filters: [Self.erbil], window: 1_000, in: db, commonMatchCount: 50, lookupLimit: 20)
            #expect(plan.lookedUpIDs == Array(stride(from: 10, through: 120, by: 10)))
            let walked = try Archive.rankedMatches(pattern, plan: try SearchPlan.walk([Self.erbil], in: db), window: 1_000, limit: 20, in: db)
            let lookedUp = try Archive.rankedMatches(pattern, plan: plan, window: 1_000, limit: 20, in: db)
            #expect(lookedUp.best.map(\.0) == walked.best.map(\.0))
            #expect(lookedUp.best.map(\.1) == walked.best.map(\.1))
            #expect(Set(walked.best.map(\.0)) == Set(stride(from: 10, through: 120, by: 10).map(Int64.init)))
        }
    }

    @Test func rareWordsAndLargeFiltersAreWalked() throws {
        let archive = try Self.archive()
        try archive.pool.read { db in
            let ferry = try #require(FTS5Pattern(matchingAllTokensIn: "ferry"))
            let rare = try SearchPlan.choose(for: ferry, filters: [Self.erbil], window: 1_000, in: db, commonMatchCount: 50, lookupLimit: 20)
            #expect(rare.lookedUpIDs == nil && rare.sql.contains("morgue_in_story_set"))
            let harbour = try #require(FTS5Pattern(matchingAllTokensIn: "harbour"))
            let large = try SearchPlan.choose(for: harbour, filters: [Self.erbil], window: 1_000, in: db, commonMatchCount: 50, lookupLimit: 5)
            #expect(large.lookedUpIDs == nil)
        }
        let hits = try archive.searchArticles(ArticleQuery(text: "harbour", location: "Erbil", limit: 5))
        #expect(hits.count == 5)
        #expect(hits.allSatisfy { $0.id % 10 == 0 })
    }

    @Test func aWalkFromWhereTheWindowFillsFindsWhatTheWholeWalkFinds() throws {
        let archive = try Self.archive()
        let pattern = try #require(FTS5Pattern(matchingAllTokensIn: "harbour"))
        try archive.pool.read { db in
            // The newest 50 matches are stories 71 to 120, five of them naming Erbil: five matches
            // are expected in the newest 50 stories, and the walk reads from story 45 on.
            let plan = try SearchPlan.choose(for: pattern, filters: [Self.erbil], window: 5, in: db,
                                             commonMatchCount: 50, lookupLimit: 5)
            #expect(plan.lookedUpIDs == nil && plan.lowestID == 45)
            let bounded = try Archive.rankedMatches(pattern, plan: plan, window: 5, limit: 5, in: db)
            let whole = try Archive.rankedMatches(pattern, plan: try plan.unbounded(in: db), window: 5, limit: 5, in: db)
            #expect(bounded.windowed == 5)
            #expect(bounded.best.map(\.0) == whole.best.map(\.0))
            #expect(Set(whole.best.map(\.0)) == [80, 90, 100, 110, 120])
        }
    }
}
