/// Tells the name of a place ("New Hampshire", "South Carolina", "San Bernardino") from a person's name,
/// so that a place that opens a clause is no speaker and no "he" or "she".
///
/// Asks the extractor's gazetteer (countries, US states, cities of 15,000+ people): one hash lookup per
/// name. Only names of two words or more count: a single word that names a place is too often a
/// surname as well ("Jackson", "Lincoln", "Warren").
struct PlaceNames: Sendable {
    private let gazetteer: Gazetteer?

    /// Place names from `gazetteer`; with `nil`, no name is a place (finders built on their own in tests).
    init(gazetteer: Gazetteer?) {
        self.gazetteer = gazetteer
    }

    /// No gazetteer: no name is taken for a place.
    static let none = PlaceNames(gazetteer: nil)

    /// Whether `name`, as written, is exactly the name of a known place and has more than one word.
    func isPlace(_ name: String) -> Bool {
        guard let gazetteer, name.utf8.contains(UInt8(ascii: " ")) else { return false }
        return gazetteer.positions(named: name) != nil
    }

    /// The same for a name given as its words.
    func isPlace(words: [String]) -> Bool {
        guard gazetteer != nil, words.count >= 2 else { return false }
        return isPlace(words.joined(separator: " "))
    }
}
