/// The actors of one story while they are being gathered, keyed by surname so that aliases merge.
///
/// Every operation costs about the same however long the story is: mentions are kept in sets, and the
/// "named last before here" look-up is a binary search over the mentions of one surname.
struct ActorCast {
    private(set) var actors: [Actor] = []
    /// Each actor's name split at spaces, kept beside it so that matching a name does not split it again.
    private var nameWords: [[String]] = []
    private var bySurname: [String: [Int]] = [:]
    /// The mentions of each actor, as a set, to keep `actors[i].mentions` free of repeats cheaply.
    private var mentionSets: [Set<TextSpan>] = []
    /// For each surname, where an actor with it is named (offset and actor index), sorted by offset.
    /// Built by `indexMentions()` from the full names and speakers; lone surnames are left out (see there).
    private var placesBySurname: [String: [(start: Int, actor: Int)]] = [:]

    static func surname(of words: [String]) -> String? {
        var index = words.count - 1
        while index > 0, NewsTitles.suffixes.contains(words[index].lowercased()) { index -= 1 }
        guard index >= 0 else { return nil }
        var word = words[index].lowercased()
        if word.hasSuffix("’s") { word.removeLast(2) }
        if word.hasSuffix("'s") { word.removeLast(2) }
        return word
    }

    /// Two full names are the same person when their first names agree or one is an initial of the other.
    private static func compatible(_ a: [String], _ b: [String]) -> Bool {
        guard a.count > 1, b.count > 1 else { return true }
        let x = a[0].lowercased(), y = b[0].lowercased()
        return x == y || x.hasPrefix(String(y.prefix(1))) && (x.count <= 2 || y.count <= 2)
    }

    mutating func add(words: [String], role: String?, span: TextSpan?, handle: String?) {
        let handleName = words.count == 1 && words[0].hasPrefix("@")
        guard let key = Self.surname(of: words), !handleName else { return }
        let name = words.joined(separator: " ")
        if let index = bySurname[key]?.last(where: { Self.compatible(nameWords[$0], words) }) {
            let current = nameWords[index].count
            if words.count > current {
                if !actors[index].aliases.contains(actors[index].name) { actors[index].aliases.append(actors[index].name) }
                actors[index].name = name
                nameWords[index] = Self.split(name)
            } else if name != actors[index].name, !actors[index].aliases.contains(name) {
                actors[index].aliases.append(name)
            }
            if actors[index].role == nil { actors[index].role = role }
            if actors[index].handle == nil, let handle {
                actors[index].handle = handle
                actors[index].aliases.append(handle)
            }
            if let span { addMention(span, to: index) }
        } else {
            var actor = Actor(name: name, kind: ActorKindRules.kind(of: words), role: role, handle: handle)
            if let handle { actor.aliases.append(handle) }
            actors.append(actor)
            nameWords.append(Self.split(name))
            mentionSets.append([])
            bySurname[key, default: []].append(actors.count - 1)
            if let span { addMention(span, to: actors.count - 1) }
        }
    }

    /// The words of a name, split at spaces as `split(separator: " ")` splits them; an ASCII name by its
    /// bytes, where every space is a separator of its own.
    private static func split(_ name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ").map(String.init) }
        return name.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    private mutating func addMention(_ span: TextSpan, to index: Int) {
        if mentionSets[index].insert(span).inserted { actors[index].mentions.append(span) }
    }

    /// Sorts where each surname is named, for `nearest`. Call once every full name and speaker is in,
    /// before the lone surnames: a lone surname joins the actor named last before it, so adding it
    /// never changes which actor is named last before any later place.
    mutating func indexMentions() {
        placesBySurname = [:]
        for (key, indices) in bySurname {
            var places: [(start: Int, actor: Int)] = []
            for index in indices { places += actors[index].mentions.map { ($0.start, index) } }
            places.sort { ($0.start, -$0.actor) < ($1.start, -$1.actor) }
            placesBySurname[key] = places
        }
    }

    mutating func addSurname(_ word: String, span: TextSpan) {
        guard let key = Self.surname(of: [word]), let index = nearest(key, before: span.start) else { return }
        if !actors[index].aliases.contains(word), word != actors[index].name { actors[index].aliases.append(word) }
        addMention(span, to: index)
    }

    /// The actor a name refers to at a place in the story: the one with that surname named last before it.
    func actor(named speaker: String, near position: Int) -> Actor? {
        let words = speaker.split(separator: " ").map(String.init)
        guard let key = Self.surname(of: words), let candidates = bySurname[key] else { return nil }
        if words.count > 1 {
            let first = candidates.first { Self.compatible(nameWords[$0], words) }
            return first.map { actors[$0] }
        }
        return nearest(key, before: position).map { actors[$0] }
    }

    /// The actor with this surname named last at or before `position` (the first one when none is).
    private func nearest(_ key: String, before position: Int) -> Int? {
        guard let candidates = bySurname[key], !candidates.isEmpty else { return nil }
        guard let places = placesBySurname[key], !places.isEmpty else { return candidates[0] }
        // The first place after `position`; the one before it is the answer.
        var low = 0, high = places.count
        while low < high {
            let middle = (low + high) / 2
            if places[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? places[low - 1].actor : candidates[0]
    }
}
