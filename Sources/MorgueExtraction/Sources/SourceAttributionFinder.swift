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
        let words = text.words()
        let strings = words.map { text.slice($0) }
        let sentences = Sentences(text)
        var found: [SourceAttribution] = []
        var i = 0
        while i < words.count {
            guard let source = source(at: i, words: words, strings: strings, text: text) else { i += 1; continue }
            // The mention may take in a "the" before word `i`.
            let first = source.span.start < words[i].start ? i - 1 : i
            if let attribution = attribution(of: source, first: first, words: words, strings: strings, text: text,
                                              sentences: sentences) {
                found.append(attribution)
            }
            i = source.next
        }
        return found
    }

    private func source(at i: Int, words: [Word], strings: [String], text: ScalarText) -> Source? {
        if let match = outlets.match(at: i, words: words, text: text) {
            return Source(name: match.name, span: match.span, next: match.next, isOutlet: true)
        }
        if let match = bodies.match(at: i, words: words, text: text) {
            return Source(name: match.name, span: match.span, next: match.next, isOutlet: false)
        }
        // "Iraqi officials", "U.S. officials", "Iranian state media".
        let word = strings[i]
        guard CountryNames.demonyms[word] != nil || CountryNames.aliases[word] != nil else { return nil }
        var k = i + 1
        if k < words.count, ["state", "security", "government", "military", "senior", "top"].contains(strings[k]),
           words[k].joinsPrevious { k += 1 }
        guard k < words.count, words[k].joinsPrevious, SourceBodies.collectiveNouns.contains(strings[k]) else { return nil }
        let span = TextSpan(start: words[i].start, end: words[k].end)
        return Source(name: text.slice(span), span: span, next: k + 1, isOutlet: false)
    }

    private func attribution(of source: Source, first: Int, words: [Word], strings: [String], text: ScalarText,
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
