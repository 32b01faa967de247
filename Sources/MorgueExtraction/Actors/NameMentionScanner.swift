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
        let reader = SpeakerPhraseReader(tokens: tokens)
        var mentions: [NameMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized || NewsTitles.honorifics.contains(tokens[index].lowered) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < tokens.count, last - index < 8 {
                let next = tokens[last + 1]
                guard next.kind == .word else { break }
                if next.isCapitalized || (NewsTitles.nameParticles.contains(next.lowered) && last + 2 < tokens.count
                                          && tokens[last + 2].isCapitalized) {
                    last += 1
                    continue
                }
                break
            }
            if let phrase = reader.build(from: index, through: last), let name = phrase.name {
                var words = name.split(separator: " ").map(String.init)
                // "Bill Clinton's aide": the possessive is not part of the name.
                if var lastWord = words.last, lastWord.hasSuffix("’s") || lastWord.hasSuffix("'s") {
                    lastWord.removeLast(2)
                    words[words.count - 1] = lastWord
                }
                let name = words.joined(separator: " ")
                let nameStart = phrase.mention.end - (phrase.name ?? name).unicodeScalars.count
                mentions.append(NameMention(name: name, role: phrase.role,
                                            span: TextSpan(start: max(phrase.mention.start, nameStart),
                                                           end: phrase.mention.end),
                                            words: words))
            }
            index = last + 1
        }
        return mentions
    }
}
