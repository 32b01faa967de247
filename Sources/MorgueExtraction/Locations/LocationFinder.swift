/// Finds place names in a story.
struct LocationFinder: Sendable {
    let gazetteer: Gazetteer
    func locations(in text: ScalarText) -> [LocationMention] { [] }
}
