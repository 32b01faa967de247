import Testing
@testable import MorgueExtraction

/// `WordSet` and the per-token list bits must answer exactly as `Set<String>` look-ups of the
/// lowered text did: they only make the answer cheaper.
struct WordListsTests {
    /// Words of every registered list, their capitalised forms, and spellings that only Unicode
    /// equivalence or length tell apart.
    private static var probes: [String] {
        var words = WordLists.registered.flatMap { Array($0) }
        words += words.map { $0.uppercased() } + words.map { $0 + "s" }
        words += ["", "said", "Said", "don’t", "—", "“", "K", "\u{212A}", "k", "vice-presidential",
                  "vice-presidentials", "attorney-general", "café", "cafe\u{301}", "a-very-long-word-of-ascii", "ß"]
        return words
    }

    @Test func everyListHasABitOfItsOwn() {
        let bits = WordLists.registered.map(\.list.rawValue)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
        #expect(bits.reduce(0, |) == (1 << 15) - 1)
    }

    @Test func vocabularyAgreesWithEachList() {
        for word in Self.probes {
            let lists = WordLists.vocabulary.lists(holding: word)
            for list in WordLists.registered {
                #expect(lists.contains(list.list) == list.strings.contains(word), "\(word)")
            }
        }
    }

    @Test func wordSetAnswersAsSetOfStrings() {
        let sets: [Set<String>] = [["K", "the"], ["café", "said"], ["vice-presidential", "he"], []]
        for strings in sets {
            let words = WordSet(strings)
            for probe in Self.probes + Array(strings) {
                #expect(words.contains(probe) == strings.contains(probe), "\(probe) in \(strings)")
            }
        }
    }

    @Test func tokensCarryTheBitsOfTheirLoweredText() {
        let text = ScalarText("“We are ready,” Defense Secretary Mark Esper told reporters. Sen. O’Rourke — a "
                              + "vice-presidential nominee — SAID it; the Café’s owner didn’t.")
        for token in WordTokenizer.tokens(of: text) {
            #expect(token.lists == WordLists.vocabulary.lists(holding: token.lowered), "\(token.text)")
            for list in WordLists.registered {
                #expect(list.contains(token) == list.contains(token.lowered), "\(token.text)")
            }
        }
    }
}
