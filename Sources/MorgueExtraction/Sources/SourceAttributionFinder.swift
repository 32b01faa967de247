/// Finds claims a story credits to an outlet or a body rather than to a person:
///
/// - "Reuters reports that…", "Reuters is reporting that…", "The NY Times reported that…",
///   "An AP reporter also reports…", "the State Department said…";
/// - "…, the Associated Press reports.", "…, Iraqi officials said, as…";
/// - "…, according to the Associated Press.", "According to the Pentagon, …", "…, per WaPo.";
/// - "More from CNN:".
///
/// Outlets come from the catalog (or are learnt from the story's own words); bodies are government
/// bodies and agencies ("the Pentagon") and a nation's officials or forces ("Iraqi officials").
/// The claim is the clause after "that" (or after the verb), or the part of the sentence before the
/// comma when the source closes it.
struct SourceAttributionFinder: Sendable {
    let outlets: OutletCatalog
    private let bodies = OutletCatalog(outlets: SourceBodies.lines.map(OutletCatalog.Outlet.init(line:)),
                                       learnsNames: false)

    init(outlets: OutletCatalog) {
        self.outlets = outlets
    }

    /// A source named in the text.
    private struct Source {
        var name: String
        var span: TextSpan
        /// Index of the word after the name.
        var next: Int
        var isOutlet: Bool
    }

    func attributions(in text: ScalarText) -> [SourceAttribution] {
        attributions(in: text, words: text.words())
    }

    /// The same, given the story's words (`text.words()`), so that finders can share one scan.
    func attributions(in text: ScalarText, words: [Word]) -> [SourceAttribution] {
        let strings = WordTexts(text: text, words: words)
        var sentences: Sentences?
        var found: [SourceAttribution] = []
        var taken: Set<Int> = []
        // Only the words around a cue can name a source: find the cues, then look beside them.
        for k in words.indices where SourceCues.filter.mayContain(words[k], in: text) {
            let (starts, end) = sourceStarts(forCueAt: k, words: words, strings: strings, text: text)
            for var i in starts where i < words.count {
                if strings[i] == "the", i + 1 < words.count { i += 1 }
                guard !taken.contains(i), let source = source(at: i, words: words, strings: strings, text: text),
                      end == nil || source.next == end else { continue }
                let first = source.span.start < words[i].start ? i - 1 : i
                if sentences == nil { sentences = Sentences(text) }
                if let attribution = attribution(of: source, first: first, words: words, strings: strings, text: text,
                                                  sentences: sentences!) {
                    taken.insert(i)
                    found.append(attribution)
                    break
                }
            }
        }
        return found.sorted { $0.sourceSpan < $1.sourceSpan }
    }

    /// Where a source may start for the cue at word `k`, and the word it must end before (for a cue
    /// after the source): "according to ▸X", "per ▸X", "More from ▸X", "▸The NY Times reported",
    /// "▸An AP reporter also reports", "▸Iraqi officials said".
    private func sourceStarts(forCueAt k: Int, words: [Word], strings: WordTexts,
                              text: ScalarText) -> (starts: [Int], end: Int?) {
        let word = strings[k]
        switch word {
        case "according", "According": return k + 2 < words.count && strings[k + 1] == "to" ? ([k + 2], nil) : ([], nil)
        case "per", "Per": return ([k + 1], nil)
        case "from": return k > 0 && strings[k - 1].lowercased() == "more" ? ([k + 1], nil) : ([], nil)
        default: break
        }
        guard SourceCues.verbs.contains(word) else { return ([], nil) }
        var j = k - 1
        var auxiliaries = 0
        while j >= 0, auxiliaries < 2, SourceCues.auxiliaries.contains(strings[j]) { j -= 1; auxiliaries += 1 }
        guard j >= 0 else { return ([], nil) }
        // "Iraqi officials said", "Iranian state media reported".
        if SourceBodies.collectiveNouns.contains(strings[j]), !text.isCapitalised(words[j]) {
            var starts = [j - 1, j - 2].filter { $0 >= 0 }
            // "A State Department spokesperson said": the role noun follows the source.
            if j >= 1, text.isCapitalised(words[j - 1]) { starts += runStarts(endingAt: j - 1, words: words, strings: strings, text: text) }
            return (starts, nil)
        }
        if SourceCues.roleNouns.contains(strings[j]) { j -= 1 }
        guard j >= 0, text.isCapitalised(words[j]) || words[j].isHandle else { return ([], nil) }
        return (runStarts(endingAt: j, words: words, strings: strings, text: text), j + 1)
    }

    /// Every word a name ending at word `j` may start at, longest first: a run of capitalised words,
    /// with "of", "for", "and" inside ("Department of Homeland Security").
    private func runStarts(endingAt j: Int, words: [Word], strings: WordTexts, text: ScalarText) -> [Int] {
        var r = j
        while r > 0, j - r < 7, words[r].joinsPrevious || OutletCatalog.adjacent(words[r - 1], words[r], text) {
            let previous = words[r - 1]
            if text.isCapitalised(previous) { r -= 1; continue }
            if r >= 2, ["of", "for", "and"].contains(strings[r - 1]), text.isCapitalised(words[r - 2]) { r -= 2; continue }
            break
        }
        return Array(r...j)
    }

    private func source(at i: Int, words: [Word], strings: WordTexts, text: ScalarText) -> Source? {
        if let match = outlets.match(at: i, words: words, text: text) {
            return Source(name: match.name, span: match.span, next: match.next, isOutlet: true)
        }
        if let match = bodies.match(at: i, words: words, text: text) {
            return Source(name: match.name, span: match.span, next: match.next, isOutlet: false)
        }
        // "Iraqi officials", "U.S. officials", "Iranian state media".
        let word = strings[i]
        guard text.isCapitalised(words[i]), LocationWords.nationFilter.mayContain(words[i], in: text),
              CountryNames.demonyms[word] != nil || CountryNames.aliases[word] != nil else { return nil }
        var k = i + 1
        if k < words.count, ["state", "security", "government", "military", "senior", "top"].contains(strings[k]),
           words[k].joinsPrevious { k += 1 }
        guard k < words.count, words[k].joinsPrevious, SourceBodies.collectiveNouns.contains(strings[k]) else { return nil }
        let span = TextSpan(start: words[i].start, end: words[k].end)
        return Source(name: text.slice(span), span: span, next: k + 1, isOutlet: false)
    }

    private func attribution(of source: Source, first: Int, words: [Word], strings: WordTexts, text: ScalarText,
                             sentences: Sentences) -> SourceAttribution? {
        let sentence = sentences.sentence(containing: source.span.start)
        let mention = text.slice(source.span)
        func make(cue: String, claim: Range<Int>?) -> SourceAttribution {
            let claimSpan = claim.flatMap { Self.trimmed($0, in: text) }
            return SourceAttribution(source: source.name, sourceMention: mention, sourceSpan: source.span, cue: cue,
                                     claim: claimSpan.map { text.slice($0) }, claimSpan: claimSpan,
                                     isOutlet: source.isOutlet)
        }
        // Cues before the source: "according to", "per", "More from".
        if first >= 1 {
            let previous = strings[first - 1]
            let twoBack = first >= 2 ? strings[first - 2].lowercased() : ""
            var cueStart: Int?
            var cue = ""
            if previous == "to", twoBack == "according" { cueStart = first - 2; cue = "according to" }
            else if previous.lowercased() == "per" { cueStart = first - 1; cue = "per" }
            else if previous == "from", twoBack == "more" { cueStart = first - 2; cue = "more from" }
            if let cueStart {
                if cue == "more from" { return make(cue: cue, claim: nil) }
                let cueOffset = words[cueStart].start
                if let comma = Self.comma(before: cueOffset, in: text), comma > sentence.lowerBound {
                    return make(cue: cue, claim: sentence.lowerBound..<comma)
                }
                // "According to the Pentagon, the strikes…": the rest of the sentence.
                if source.span.end < sentence.upperBound, text[source.span.end] == "," {
                    return make(cue: cue, claim: source.span.end + 1..<sentence.upperBound)
                }
                return make(cue: cue, claim: nil)
            }
        }
        // Cues after the source: "reports", "is reporting", "reporter also reports", "said".
        var k = source.next
        if k < words.count, ["reporter", "reporters", "correspondent", "spokesperson", "spokesman", "spokeswoman",
                             "official", "officials", "statement"].contains(strings[k]) { k += 1 }
        let cueStart = k
        while k < words.count, k - cueStart < 2, SourceCues.auxiliaries.contains(strings[k]) { k += 1 }
        guard k < words.count, words[k].start < sentence.upperBound, SourceCues.verbs.contains(strings[k]),
              source.isOutlet || SourceCues.bodyVerbs.contains(strings[k])
        else { return nil }
        let cue = text.slice(from: words[cueStart].start, to: words[k].end)
        let afterVerb = words[k].end
        // "…, the Associated Press reports." / "…, Iraqi officials said, as…": the sentence before the comma.
        if let comma = Self.comma(before: source.span.start, in: text), comma > sentence.lowerBound,
           Self.closes(afterVerb, sentence: sentence, text: text) {
            return make(cue: cue, claim: sentence.lowerBound..<comma)
        }
        var claimStart = afterVerb
        var m = k + 1
        // "said in a statement", "reported on Tuesday that…"
        while m < words.count, words[m].start < sentence.upperBound,
              let skipped = SourceCues.skippedPhrase(at: m, strings: strings) {
            m += skipped
        }
        if m < words.count, strings[m] == "that", words[m].start < sentence.upperBound { claimStart = words[m].end }
        else if m > k + 1 { claimStart = words[m - 1].end }
        guard claimStart < sentence.upperBound else { return make(cue: cue, claim: nil) }
        return make(cue: cue, claim: claimStart..<sentence.upperBound)
    }

    /// The offset of a comma directly before `offset` (spaces between).
    private static func comma(before offset: Int, in text: ScalarText) -> Int? {
        var k = offset - 1
        while k >= 0, text[k] == " " { k -= 1 }
        return k >= 0 && text[k] == "," ? k : nil
    }

    /// Whether the sentence ends, or a comma closes the clause, right after `offset`.
    private static func closes(_ offset: Int, sentence: Range<Int>, text: ScalarText) -> Bool {
        offset >= sentence.upperBound || text[offset] == "," || text[offset] == "."
    }

    /// The range without surrounding spaces, quotation marks and closing punctuation, or `nil` if empty.
    private static func trimmed(_ range: Range<Int>, in text: ScalarText) -> TextSpan? {
        var start = range.lowerBound, end = min(range.upperBound, text.count)
        let junk: Set<Unicode.Scalar> = [" ", "\n", "\t", "“", "”", "\"", ",", ":", ".", "‘", "’"]
        while start < end, junk.contains(text[start]) { start += 1 }
        while end > start, junk.contains(text[end - 1]) { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }
}

/// The words of a story as strings, made when asked for: most are never needed.
struct WordTexts {
    let text: ScalarText
    let words: [Word]

    var count: Int { words.count }

    subscript(index: Int) -> String { text.slice(words[index]) }
}
