import Testing
@testable import MorgueExtraction

@Suite struct DateFinderTests {
    let finder = DateFinder()
    /// A Tuesday.
    let published = NewsDate(year: 2019, month: 12, day: 31)!

    func dates(_ body: String, published: NewsDate? = nil) -> [String] {
        let text = ScalarText(body)
        return finder.dates(in: text, published: published ?? self.published).map {
            #expect(text.string($0.span) == $0.text)
            return "\($0.text)=\($0.date)\($0.isRelative ? "~" : "")"
        }
    }

    @Test(arguments: [
        ("It happened on December 31, 2019, at noon.", ["December 31, 2019=2019-12-31"]),
        ("Talks resume Dec. 31.", ["Dec. 31=2019-12-31"]),
        ("Filed 31 December 2019 in Baghdad.", ["31 December 2019=2019-12-31"]),
        ("Posted 2019-12-31 by the desk.", ["2019-12-31=2019-12-31"]),
        ("On Tuesday, Dec. 31, crowds gathered.", ["Tuesday, Dec. 31=2019-12-31"]),
        ("The vote is set for Jan. 3 and Sept. 11th.", ["Jan. 3=2020-01-03", "Sept. 11th=2019-09-11"]),
        ("Born March 4, 1950, he left in May.", ["March 4, 1950=1950-03-04"]),
    ])
    func absoluteDates(body: String, expected: [String]) {
        #expect(dates(body) == expected)
    }

    @Test(arguments: [
        ("Airstrikes on Sunday killed 25.", ["Sunday=2019-12-29~"]),
        ("He spoke Tuesday.", ["Tuesday=2019-12-31~"]),
        ("The killing last week angered many.", ["last week=2019-12-24~"]),
        ("Yesterday the gates fell; today they burn.", ["Yesterday=2019-12-30~", "today=2019-12-31~"]),
        ("He tweeted this morning.", ["this morning=2019-12-31~"]),
        ("Sales fell last month and two days ago.", ["last month=2019-11-30~", "two days ago=2019-12-29~"]),
        ("It started a week ago, last Tuesday.", ["a week ago=2019-12-24~", "last Tuesday=2019-12-24~"]),
        ("Talks resume next Monday.", ["next Monday=2020-01-06~"]),
        ("Prices rose 3 years ago.", ["3 years ago=2016-12-31~"]),
        ("The Senate will vote on Friday.", ["Friday=2020-01-03~"]),
        ("They’ll meet Tuesday, aides said.", ["Tuesday=2019-12-31~"]),
        ("He will resign. The vote came Friday.", ["Friday=2019-12-27~"]),
        ("Iraqi forces were attacked by militias on Sunday.", ["Sunday=2019-12-29~"]),
    ])
    func relativeDates(body: String, expected: [String]) {
        #expect(dates(body) == expected)
    }

    @Test func relativeDatesNeedTheStoryDate() {
        let found = finder.dates(in: ScalarText("On Sunday, and on Dec. 31, 2019, and yesterday."), published: nil)
        #expect(found.map(\.text) == ["Dec. 31, 2019"])
    }

    @Test(arguments: ["May I ask?", "The March on Washington.", "He is 31 today-ish", "Sunday Times readers"])
    func wordsThatAreNotDates(body: String) {
        #expect(dates(body).filter { !$0.hasSuffix("~") } == [])
    }

    @Test func sampleReportResolvesSunday() throws {
        let text = ScalarText(try SampleStory.story("003_40eb1917c92ca66c.txt"))
        let found = finder.dates(in: text, published: published)
        let sunday = try #require(found.first { $0.text == "Sunday" })
        #expect(sunday.date == NewsDate(year: 2019, month: 12, day: 29))
        #expect(sunday.isRelative)
        #expect(found.first { $0.text == "last week" }?.date == NewsDate(year: 2019, month: 12, day: 24))
    }

    @Test func samplePostsCarryTheirDates() throws {
        let text = ScalarText(try SampleStory.story("000_4ec155f8137147e7.txt"))
        let found = finder.dates(in: text, published: nil)
        #expect(found.filter { $0.text == "December 31, 2019" }.count == 10)
    }
}
