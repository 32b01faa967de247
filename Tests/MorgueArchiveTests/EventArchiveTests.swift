import Foundation
import MorgueArchive
import MorgueExtraction
import Testing

/// Grouping stories into events through the archive, and users' corrections surviving regrouping.
@Suite struct EventArchiveTests {
    typealias Story = EventStoryBuilder.Story
    let builder: EventStoryBuilder
    var archive: Archive { builder.archive }

    init() throws { builder = try EventStoryBuilder() }

    @Test func storiesSharingAnEditedQuoteAndPlacesFormOneEvent() throws {
        let ids = try builder.store([EventStoryBuilder.liveBlog, EventStoryBuilder.wireStory, EventStoryBuilder.floodStory])
        let update = try archive.updateEvents()
        #expect(update.storiesGrouped == 2)
        #expect(update.newEvents.count == 1)
        let events = try archive.events()
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.stories == 2)
        #expect(event.origin == "auto")
        #expect(event.firstDate == "2019-12-31")
        #expect(event.lastDate == "2020-01-01")
        #expect(event.name == "Baghdad: Donald J. Trump, Mark Esper (2019-12-31 to 2020-01-01)")
        let detail = try archive.event(String(event.id))
        #expect(detail.stories.map(\.articleID) == [ids[0], ids[1]])
        #expect(detail.stories.allSatisfy { $0.origin == "auto" })
    }

    @Test func laterStoriesJoinWithoutRenumbering() throws {
        try builder.store([EventStoryBuilder.liveBlog, EventStoryBuilder.wireStory])
        try archive.updateEvents()
        let first = try #require(try archive.events().first)
        // The next night: a third embassy story carrying Esper's words, and two stories of a flood.
        var followUp = Story(title: "Embassy siege ends", outlet: "Other Paper", date: "2020-01-02",
                             body: "Esper said: “We are sending additional forces to support our personnel at the Embassy.” Calm returned to Baghdad.")
        followUp.quotes = [("We are sending additional forces to support our personnel at the Embassy.", "Mark Esper",
                            nil, .direct, nil)]
        followUp.places = [("Baghdad", .city, "IQ")]
        var flood2 = EventStoryBuilder.floodStory
        flood2.url = "https://example.com/flood-2"
        flood2.date = "2020-01-01"
        flood2.body = "In Valencia, Ana Ruiz repeated: “Stay away from the banks,” as the river rose."
        let ids = try builder.store([followUp, EventStoryBuilder.floodStory, flood2])
        let update = try archive.updateEvents()
        #expect(update.storiesGrouped == 3)
        #expect(update.newEvents.count == 1)
        let events = try archive.events()
        let embassy = try #require(events.first { $0.id == first.id })
        #expect(embassy.stories == 3)
        #expect(embassy.lastDate == "2020-01-02")
        let flood = try #require(events.first { $0.id != first.id })
        #expect(flood.id > first.id)
        #expect(flood.name.hasPrefix("Valencia: Ana Ruiz"))
        #expect(Set(try archive.event(String(flood.id)).stories.map(\.articleID)) == [ids[1], ids[2]])
    }

    @Test func aStoryAloneIsPairedWhenItsMatchArrivesLater() throws {
        let first = try builder.store([EventStoryBuilder.floodStory])[0]
        #expect(try archive.updateEvents().storiesGrouped == 0)
        var echo = EventStoryBuilder.floodStory
        echo.url = "https://example.com/flood-echo"
        echo.body += " Schools are closed."
        let second = try builder.store([echo])[0]
        let update = try archive.updateEvents()
        #expect(update.storiesGrouped == 2)
        let event = try #require(try archive.events().first)
        #expect(Set(try archive.event(String(event.id)).stories.map(\.articleID)) == [first, second])
        // Nothing new: nothing to do.
        #expect(try archive.updateEvents().storiesGrouped == 0)
    }

    @Test func quotesTooFarApartInTimeDoNotGroup() throws {
        var later = EventStoryBuilder.wireStory
        later.date = "2020-02-15"
        try builder.store([EventStoryBuilder.liveBlog, later])
        #expect(try archive.updateEvents().storiesGrouped == 0)
        #expect(try archive.events().isEmpty)
    }

    @Test func removalsAndRenamesSurviveRegrouping() throws {
        let ids = try builder.store([EventStoryBuilder.liveBlog, EventStoryBuilder.wireStory])
        try archive.updateEvents()
        let event = try #require(try archive.events().first)
        #expect(try archive.removeFromEvent(String(event.id), articles: [ids[1]]).stories == 1)
        #expect(try archive.renameEvent(String(event.id), to: "Embassy siege").name == "Embassy siege")
        var echo = EventStoryBuilder.wireStory
        echo.url = "https://example.com/echo"
        echo.date = "2019-12-31"
        echo.body += " Updated."
        try builder.store([echo])
        try archive.updateEvents()
        let detail = try archive.event("embassy siege")
        #expect(detail.event.id == event.id)
        #expect(detail.event.name == "Embassy siege")
        #expect(detail.removed == [ids[1]])
        #expect(!detail.stories.map(\.articleID).contains(ids[1]))
        #expect(detail.stories.count == 2)
        // Adding takes the removal back.
        #expect(try archive.addToEvent(String(event.id), articles: [ids[1]]).stories == 3)
        #expect(try archive.event(String(event.id)).removed.isEmpty)
    }

    @Test func userEventsHoldTheirQueryMatchesAndLaterOnes() throws {
        let ids = try builder.store([EventStoryBuilder.liveBlog, EventStoryBuilder.wireStory, EventStoryBuilder.floodStory])
        let created = try archive.createEvent(named: "Embassy", query: EventQuery(text: "embassy", location: nil))
        #expect(created.stories == 2)
        #expect(created.origin == "user")
        var later = EventStoryBuilder.floodStory
        later.url = "https://example.com/later"
        later.body = "The embassy in Valencia reopened on Monday."
        (later.quotes, later.actors, later.places) = ([], [], [])
        let laterID = try builder.store([later])[0]
        try archive.updateEvents()
        #expect(Set(try archive.event("Embassy").stories.map(\.articleID)) == [ids[0], ids[1], laterID])
        #expect { try archive.createEvent(named: "embassy", query: EventQuery(text: "x")) } throws: {
            "\($0)".contains("already called \"embassy\"")
        }
        #expect { try archive.event("Nothing like it") } throws: { "\($0)".contains("there is no event \"Nothing like it\"") }
        #expect { try archive.addToEvent("Embassy", articles: [999]) } throws: { "\($0)".contains("no story with id 999") }
    }
}

extension EventArchiveTests {
    /// Three stories the same day naming the same three organisations, given as actors.
    private func storiesNaming(_ names: [String], citing: Bool) -> [Story] {
        (0..<2).map { number in
            var story = Story(title: "Story \(number)", outlet: "Example News", date: "2021-03-0\(number + 1)",
                              url: "https://example.com/cited-\(number)",
                              body: names.map { "\($0) reported that the harbour closed." }.joined(separator: " ")
                                + " Story \(number).")
            story.actors = names.map { ($0, .organization, nil) }
            if citing {
                story.attributions = names.map { ($0, $0, "reported", "the harbour closed", true) }
            }
            return story
        }
    }

    @Test func outletsBothStoriesCiteAreNoEvidenceOfOneEvent() throws {
        try builder.store(storiesNaming(["Reuters", "Associated Press", "BBC"], citing: true))
        #expect(try archive.updateEvents().storiesGrouped == 0)
        #expect(try archive.events().isEmpty)
    }

    @Test func organisationsBothStoriesNameAreEvidence() throws {
        try builder.store(storiesNaming(["Harbour Authority", "Dockers Union", "Port Council"], citing: false))
        #expect(try archive.updateEvents().storiesGrouped == 2)
        #expect(try archive.events().count == 1)
    }

    @Test func regroupingAfterEachStoryGivesTheEventsOfOneRun() throws {
        // The embassy stories and the flood, stored and grouped one at a time, oldest first, give the
        // same events as grouping them together.
        let stories = [EventStoryBuilder.liveBlog, EventStoryBuilder.floodStory, EventStoryBuilder.wireStory]
        let other = try EventStoryBuilder()
        try other.store(stories)
        try other.archive.updateEvents()
        for story in stories {
            try builder.store([story])
            try archive.updateEvents()
        }
        let together = try other.archive.events().map { try other.archive.event(String($0.id)).stories.map(\.articleID) }
        let apart = try archive.events().map { try archive.event(String($0.id)).stories.map(\.articleID) }
        #expect(apart == together)
        #expect(apart.count == 1)
    }
}

/// The pure parts: quote resemblance and deterministic grouping.
@Suite struct EventGroupingTests {
    @Test(arguments: [
        ("Iran killed an American contractor, wounding many.", "iran killed an American contractor — wounding many!", true),
        ("Iran killed an American contractor, wounding many.", "Iran killed an American contractor, wounding several.", true),
        ("We will be held fully responsible for the attack on the embassy", "They will be held fully responsible", true),
        ("We are ready.", "We are not ready.", false),
        ("No comment", "No comment at all, sorry", false),
        ("The council approved the budget on Monday night", "The council rejected the new stadium plan", false),
    ])
    func sameQuoteEvenLightlyEdited(first: String, second: String, same: Bool) {
        #expect(QuoteResemblance.isSameQuote(first, second) == same)
    }

    @Test func groupingIsDeterministicAndKeepsExistingEvents() {
        let key = QuoteKey.fold("Iran killed an American contractor, wounding many.")
        let stories = [
            EventStory(articleID: 1, day: 100, quoteKeys: [key], event: 7),
            EventStory(articleID: 2, day: 101, quoteKeys: [key]),
            EventStory(articleID: 3, day: 101, actors: [1, 2], locations: [5]),
            EventStory(articleID: 4, day: 102, actors: [1, 2], locations: [5]),
            EventStory(articleID: 5, day: 102, actors: [1], locations: [5]),
            EventStory(articleID: 6, day: 100, quoteKeys: [key], excludedEvents: [7]),
        ]
        let placed = EventGrouping().place(stories)
        #expect(placed == [2: .existing(7), 3: .new(0), 4: .new(0)])
        #expect(EventGrouping().place(stories.reversed()) == placed)
    }

    @Test func aStoryMatchesAStoryOfTheEventNotTheSumOfItsFacts() {
        // The event's two stories name actors 1 and 2 and places 5 and 6 between them; the new story
        // shares two facts with one and one with the other: three in all, but no story of the event
        // shares enough with it.
        let stories = [
            EventStory(articleID: 1, day: 100, actors: [1, 3], locations: [5], event: 7),
            EventStory(articleID: 2, day: 100, actors: [2, 3], locations: [6], event: 7),
            EventStory(articleID: 3, day: 101, actors: [2], locations: [5, 6]),
            EventStory(articleID: 4, day: 101, actors: [2, 3], locations: [6]),
        ]
        #expect(EventGrouping().place(stories) == [4: .existing(7)])
    }

    @Test func anOlderStoryInNoEventJoinsOnlyAsANewStorysPartner() {
        let key = QuoteKey.fold("The river will peak overnight, stay away from the banks.")
        let stories = [
            EventStory(articleID: 1, day: 50, actors: [1, 2, 3], event: 9),
            // Older and alone: it matches the event's story, but grouping already left it alone.
            EventStory(articleID: 2, day: 51, actors: [1, 2, 3], isNew: false),
            EventStory(articleID: 3, day: 60, quoteKeys: [key], locations: [4], isNew: false),
            EventStory(articleID: 4, day: 62, quoteKeys: [key + " now"]),
            // Too far in time from every other story.
            EventStory(articleID: 5, day: 70, quoteKeys: [key]),
        ]
        #expect(EventGrouping().place(stories) == [3: .new(0), 4: .new(0)])
    }

    @Test func theBestMatchWinsAndTiesGoToTheOlderEvent() {
        let stories = [
            EventStory(articleID: 1, day: 10, actors: [1, 2, 3], event: 8),
            EventStory(articleID: 2, day: 10, actors: [1, 2, 3, 4], event: 5),
            EventStory(articleID: 3, day: 11, actors: [1, 2, 3, 4]),
            EventStory(articleID: 4, day: 11, actors: [1, 2, 3]),
            EventStory(articleID: 5, day: 11, actors: [1, 2, 3], excludedEvents: [5]),
        ]
        #expect(EventGrouping().place(stories) == [3: .existing(5), 4: .existing(5), 5: .existing(8)])
    }

    @Test func aFactManyStoriesShareComparesEachWithItsNeighboursAndStillMakesOneEvent() {
        // Forty new stories of three days share one quote, and ten stored ones of an event share it
        // too: each is compared with its three nearest through it, and all still end in that event.
        let key = QuoteKey.fold("We will rebuild every house the water took, street by street.")
        let stored = (1...10).map { EventStory(articleID: Int64($0), day: 200, quoteKeys: [key], event: 3, isNew: false) }
        let new = (11...50).map { EventStory(articleID: Int64($0), day: 200 + $0 % 3, quoteKeys: [key]) }
        var grouping = EventGrouping()
        grouping.neighbourLimit = 3
        let placed = grouping.place(stored + new)
        #expect(placed.count == 40)
        #expect(Set(placed.values) == [.existing(3)])
        // Without the event, they found one of their own.
        let alone = grouping.place(new)
        #expect(alone.count == 40)
        #expect(Set(alone.values) == [.new(0)])
    }

    @Test func undatedStoriesMatchStoriesOfAnyDay() {
        let stories = [
            EventStory(articleID: 1, day: 10, actors: [1, 2, 3]),
            EventStory(articleID: 2, day: nil, actors: [1, 2, 3]),
            EventStory(articleID: 3, day: 900, actors: [1, 2, 3]),
        ]
        #expect(EventGrouping().place(stories) == [1: .new(0), 2: .new(0), 3: .new(0)])
    }
}
