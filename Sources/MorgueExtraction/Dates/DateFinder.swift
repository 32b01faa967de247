/// Finds dates in a story.
struct DateFinder: Sendable {
    func dates(in text: ScalarText, published: NewsDate?) -> [DateMention] { [] }
}
