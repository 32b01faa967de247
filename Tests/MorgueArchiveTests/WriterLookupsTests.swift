import Foundation
import MorgueArchive
import MorgueExtraction
import Testing

/// The writer remembers the archive's actors from one batch to the next, and forgets them as soon as
/// anyone else changes the archive: a merge made meanwhile is followed, never undone or broken.
@Suite struct WriterLookupsTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lookups-\(UUID().uuidString).sqlite").path
    let extractor = Extractor()

    private func story(_ number: Int, _ text: String) -> ExtractedArticle {
        let draft = ArticleDraft(title: "Story \(number)", url: "https://example.com/\(number)", body: text)
        return ExtractedArticle(draft: draft, contentHash: String(repeating: "\(number)", count: 64),
                                extraction: extractor.extract(draft))
    }

    private func mosesActors(in archive: Archive) throws -> [ActorSummary] {
        try archive.actors(matching: "Moses").filter { $0.kind == "person" }
    }

    @Test func aMergeByAnotherConnectionBetweenBatchesIsFollowed() throws {
        let writer = try Archive(path: path)
        _ = try writer.store([story(1, "“The bridge is safe,” Robert Moses said on Monday."),
                              story(2, "“Traffic will flow again,” Bob Moses said on Tuesday.")])
        #expect(try mosesActors(in: writer).count == 2)

        // As `morgue alias add` in another process: Bob Moses is merged into Robert Moses and deleted.
        let change = try Archive(path: path).addAliases(["Bob Moses"], to: "Robert Moses")
        #expect(change.merged == ["Bob Moses"])

        // The writer knew Bob Moses's id; it must find the merged actor now.
        _ = try writer.store([story(3, "“The tolls will stay,” Bob Moses said on Wednesday.")])
        let actors = try mosesActors(in: writer)
        #expect(actors.map(\.name) == ["Robert Moses"])
        #expect(actors.first?.quotes == 3)
        #expect(try writer.verify(reextract: false).isSound)
    }

    @Test func aMergeThroughTheSameArchiveBetweenBatchesIsFollowed() throws {
        let archive = try Archive(path: path)
        _ = try archive.store([story(1, "“The bridge is safe,” Robert Moses said on Monday."),
                               story(2, "“Traffic will flow again,” Bob Moses said on Tuesday.")])
        _ = try archive.addAliases(["Bob Moses"], to: "Robert Moses")
        _ = try archive.store([story(3, "“The tolls will stay,” Bob Moses said on Wednesday.")])
        let actors = try mosesActors(in: archive)
        #expect(actors.map(\.name) == ["Robert Moses"])
        #expect(actors.first?.quotes == 3)
    }

    @Test func aKnownActorNamedAgainInALaterBatchIsTheSameActor() throws {
        let archive = try Archive(path: path)
        _ = try archive.store([story(1, "“The bridge is safe,” Mayor Robert Moses said on Monday.")])
        _ = try archive.store([story(2, "“Traffic will flow again,” Robert Moses said on Tuesday."),
                               story(3, "“The tolls will stay,” Moses said on Wednesday.")])
        let actors = try mosesActors(in: archive)
        #expect(actors.map(\.name) == ["Robert Moses"])
        #expect(actors.first?.role == "Mayor")
        #expect(actors.first?.articles == 3)
        #expect(actors.first?.quotes == 3)
        #expect(try archive.verify(reextract: false).isSound)
    }
}
