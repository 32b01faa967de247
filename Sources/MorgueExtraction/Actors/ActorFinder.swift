/// Finds the people and organisations a story names and merges their aliases.
struct ActorFinder: Sendable {
    func actors(in text: ScalarText, quotes: [Quote]) -> (actors: [Actor], quotes: [Quote]) { ([], quotes) }
}
