/// The actors of one story while they are being gathered, keyed by surname so that aliases merge.
struct ActorCast {
    private(set) var actors: [Actor] = []
    private var bySurname: [String: [Int]] = [:]

    static func surname(of words: [String]) -> String? {
        var index = words.count - 1
        while index > 0, NewsTitles.suffixes.contains(words[index].lowercased()) { index -= 1 }
        guard index >= 0 else { return nil }
        var word = words[index].lowercased()
        for suffix in ["’s", "'s"] where word.hasSuffix(suffix) { word.removeLast(2) }
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
        if let index = bySurname[key]?.last(where: { Self.compatible(actors[$0].name.split(separator: " ").map(String.init), words) }) {
            var actor = actors[index]
            let current = actor.name.split(separator: " ").count
            if words.count > current {
                if !actor.aliases.contains(actor.name) { actor.aliases.append(actor.name) }
                actor.name = name
            } else if name != actor.name, !actor.aliases.contains(name) {
                actor.aliases.append(name)
            }
            if actor.role == nil { actor.role = role }
            if actor.handle == nil, let handle {
                actor.handle = handle
                actor.aliases.append(handle)
            }
            if let span, !actor.mentions.contains(span) { actor.mentions.append(span) }
            actors[index] = actor
        } else {
            var actor = Actor(name: name, kind: ActorKindRules.kind(of: words), role: role, handle: handle,
                              mentions: span.map { [$0] } ?? [])
            if let handle { actor.aliases.append(handle) }
            actors.append(actor)
            bySurname[key, default: []].append(actors.count - 1)
        }
    }

    mutating func addSurname(_ word: String, span: TextSpan) {
        guard let key = Self.surname(of: [word]), let index = nearest(key, before: span.start) else { return }
        if !actors[index].aliases.contains(word), word != actors[index].name { actors[index].aliases.append(word) }
        if !actors[index].mentions.contains(span) { actors[index].mentions.append(span) }
    }

    /// The actor a name refers to at a place in the story: the one with that surname named last before it.
    func actor(named speaker: String, near position: Int) -> Actor? {
        let words = speaker.split(separator: " ").map(String.init)
        guard let key = Self.surname(of: words), let candidates = bySurname[key] else { return nil }
        let fitting = candidates.filter { Self.compatible(actors[$0].name.split(separator: " ").map(String.init), words) }
        guard !fitting.isEmpty else { return nil }
        if words.count > 1 { return actors[fitting[0]] }
        return nearest(key, before: position).map { actors[$0] }
    }

    private func nearest(_ key: String, before position: Int) -> Int? {
        guard let candidates = bySurname[key], !candidates.isEmpty else { return nil }
        var best: (index: Int, at: Int)?
        for index in candidates {
            for mention in actors[index].mentions where mention.start <= position {
                if best == nil || mention.start > best!.at { best = (index, mention.start) }
            }
        }
        return best?.index ?? candidates[0]
    }
}
