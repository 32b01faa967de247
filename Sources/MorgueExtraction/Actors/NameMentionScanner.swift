/// A name as written in the story, split from the title in front of it.
struct NameMention: Sendable {
    /// "Mark Esper"
    var name: String
    /// "Defense Secretary"
    var role: String?
    /// Where the name (without the title) stands.
    var span: TextSpan
    var words: [String]
}

/// Finds runs of capitalised words that name people and organisations ("Defense Secretary Mark Esper",
/// "the State Department", "Esper").
enum NameMentionScanner {
    static func mentions(in tokens: [WordToken]) -> [NameMention] {
        var mentions: [NameMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized || tokens[index].lists.contains(.honorifics) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < tokens.count, last - index < 8 {
                let next = tokens[last + 1]
                guard next.kind == .word else { break }
                if next.isCapitalized || (next.lists.contains(.nameParticles) && last + 2 < tokens.count
                                          && tokens[last + 2].isCapitalized) {
                    last += 1
                    continue
                }
                break
            }
            // Most one-word runs are sentence openers ("The", "But"): no need to read them as names.
            if last == index, tokens[index].lists.contains(.capitalisedFunctionWords) {
                index += 1
                continue
            }
            // The name is the run after the last title or opener: "Defense Secretary | Mark Esper".
            var nameStart = index
            for position in index...last
            where !tokens[position].lists.isDisjoint(with: [.titleWords, .capitalisedFunctionWords, .days]) {
                nameStart = position + 1
            }
            // "Given Reed's record", "Asserting Kim had…": a sentence's opening participle is no first name.
            if nameStart == index, index < last, SpeakerPhraseReader.isOpeningParticiple(tokens[index]),
               index == 0 || tokens[index - 1].kind != .word && tokens[index - 1].text != "," {
                nameStart = index + 1
            }
            // "CNN’s Jake Tapper": the owner before a possessive is another name, not part of this one
            // (but "Bush’s Facebook" is no person).
            if nameStart < last,
               let owner = (nameStart..<last).last(where: { SpeakerPhraseReader.isPossessive(tokens[$0]) }),
               ActorKindRules.kind(of: tokens[(owner + 1)...last].map(\.text)) == .person {
                nameStart = owner + 1
            }
            if nameStart <= last {
                var words = tokens[nameStart...last].map(\.text)
                // "Bill Clinton's aide": the possessive is not part of the name.
                if var lastWord = words.last, lastWord.hasSuffix("’s") || lastWord.hasSuffix("'s") {
                    lastWord.removeLast(2)
                    words[words.count - 1] = lastWord
                }
                var firstRole = index
                while firstRole < nameStart,
                      tokens[firstRole].lists.contains(.capitalisedFunctionWords) { firstRole += 1 }
                let role = firstRole < nameStart
                    ? tokens[firstRole..<nameStart].map(\.text).joined(separator: " ") : nil
                mentions.append(NameMention(name: words.joined(separator: " "), role: role,
                                            span: TextSpan(start: tokens[nameStart].start, end: tokens[last].end),
                                            words: words))
            }
            index = last + 1
        }
        return mentions
    }
}
