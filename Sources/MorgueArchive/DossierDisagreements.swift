/// Finds claims that disagree, by one rule simple enough to explain in a footnote: a claim that
/// denies an action ("there has been *no breach*") disagrees with every other claim in the event that
/// asserts the same action without denying it ("protesters actually *broke* into the compound",
/// "Protestors *Break* into U.S. Embassy"). The archive marks such pairs; it never says who is right.
///
/// A denial is a negation (no, not, never, n't, denied…) followed in the same clause by the action,
/// skipping small words ("no *evidence of a* breach"). Actions match by word family: regular endings
/// are stripped (attacked → attack) and a short table joins irregular forms (broke, broken, break →
/// breach; died, dead → kill).
enum DossierDisagreements {
    static func find(in claims: [Dossier.Claim]) -> [Dossier.Disagreement] {
        let parsed = claims.map { Parsed($0.text) }
        let folded = claims.map { QuoteKeyless.fold($0.text) }
        var found: [Dossier.Disagreement] = []
        var seenDenials = Set<String>()
        for (index, claim) in parsed.enumerated() {
            for denial in claim.denials {
                let key = denial.family + "|" + folded[index]
                guard seenDenials.insert(key).inserted else { continue }
                var assertions: [Dossier.Claim] = []
                var seenAssertions = Set<String>()
                for (other, otherClaim) in parsed.enumerated() where other != index {
                    guard folded[other] != folded[index], otherClaim.asserts(denial.family),
                          seenAssertions.insert(folded[other]).inserted else { continue }
                    assertions.append(claims[other])
                }
                guard !assertions.isEmpty else { continue }
                found.append(Dossier.Disagreement(
                    subject: denial.word, denial: claims[index], assertions: assertions,
                    rule: "\"\(denial.phrase)\" denies an action (\(denial.family)) that the other claims assert "
                        + "without negation"))
            }
        }
        return found
    }

    /// A claim cut into words and clauses, with its denials found.
    struct Parsed {
        struct Word {
            var text: String
            var family: String
            var clause: Int
            var isNegation: Bool
        }
        struct Denial {
            /// The denied action as written ("breach"), its family, and the words from the negation on.
            var word: String
            var family: String
            var phrase: String
        }

        var words: [Word] = []
        var denials: [Denial] = []

        init(_ text: String) {
            var clause = 0
            var current = ""
            func flush() {
                guard !current.isEmpty else { return }
                let lower = current.lowercased()
                words.append(Word(text: current, family: ActionWords.family(of: lower), clause: clause,
                                  isNegation: ActionWords.isNegation(lower)))
                current = ""
            }
            for scalar in text.unicodeScalars {
                if ActionWords.isWordScalar(scalar) {
                    current.unicodeScalars.append(scalar)
                } else if scalar == "'" || scalar == "’" {
                    if !current.isEmpty { current.unicodeScalars.append("'") }
                } else {
                    flush()
                    if ",;:.!?—–()\"“”…".unicodeScalars.contains(scalar) { clause += 1 }
                }
            }
            flush()
            for (index, word) in words.enumerated() where word.isNegation {
                var next = index + 1
                while next < words.count, words[next].clause == word.clause,
                      ActionWords.fillers.contains(words[next].text.lowercased()) {
                    next += 1
                }
                guard next < words.count, words[next].clause == word.clause, !words[next].isNegation,
                      words[next].family.count >= 4 else { continue }
                denials.append(Denial(word: words[next].text, family: words[next].family,
                                      phrase: words[index...next].map(\.text).joined(separator: " ")))
            }
        }

        /// Whether the claim names the action without a negation before it in the same clause.
        func asserts(_ family: String) -> Bool {
            words.indices.contains { index in
                words[index].family == family && !words[..<index].contains {
                    $0.clause == words[index].clause && $0.isNegation
                }
            }
        }
    }

    /// Folds a claim's text for recognising the same claim twice.
    enum QuoteKeyless {
        static func fold(_ text: String) -> String {
            var folded = String.UnicodeScalarView()
            for scalar in text.lowercased().unicodeScalars where ActionWords.isWordScalar(scalar) { folded.append(scalar) }
            return String(folded)
        }
    }
}

/// The words of claims about actions: negations, small words to skip after them, and word families.
enum ActionWords {
    /// Letters and digits, ASCII checked first: claims are scanned once each, thousands a dossier.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic
        }
    }

    static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't")
    }

    static let negations: Set<String> = [
        "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
        "deny", "denies", "denied", "denying",
    ]

    /// Words between a negation and the action it denies: "no *evidence of a* breach".
    static let fillers: Set<String> = [
        "a", "an", "the", "any", "been", "be", "being", "have", "has", "had", "is", "was", "were", "are", "single",
        "such", "further", "more", "longer", "yet", "ever", "to", "going", "really", "actually", "evidence", "sign",
        "signs", "of", "that", "reports", "report", "claims", "claim", "indication", "well", "immediate", "confirmed",
        "one", "us", "we", "it", "there",
    ]

    /// The family of a word: irregular forms by table, others by stripping -ing, -ed, -s and a final -e.
    static func family(of word: String) -> String {
        if let family = irregular[word] { return family }
        var stem = Substring(word)
        for suffix in ["ing", "ed", "s"] where stem.hasSuffix(suffix) && stem.count - suffix.count >= 3 {
            if suffix == "s" && stem.hasSuffix("ss") { break }
            stem = stem.dropLast(suffix.count)
            break
        }
        if stem.hasSuffix("e") && stem.count > 3 { stem = stem.dropLast() }
        return String(stem)
    }

    static let irregular: [String: String] = {
        let families: [String: [String]] = [
            // Not "breaking": in news it is mostly "#BREAKING" and "breaking news".
            "breach": ["breach", "breached", "breaches", "breaching", "break", "breaks", "broke", "broken"],
            "kill": ["kill", "kills", "killed", "killing", "killings", "dead", "died", "die", "dies", "death", "deaths"],
            "injure": ["injure", "injured", "injures", "injuring", "injury", "injuries", "wounded", "wounding",
                       "wound", "wounds", "hurt"],
            "burn": ["burn", "burned", "burnt", "burning", "burns", "fire", "fires", "flames", "blaze", "ablaze"],
            "evacuate": ["evacuate", "evacuated", "evacuates", "evacuating", "evacuation"],
            "arrest": ["arrest", "arrested", "arrests", "detain", "detained", "detains", "detention"],
            "attack": ["attack", "attacked", "attacks", "attacking", "assault", "assaulted", "stormed", "storm", "storming"],
        ]
        var table: [String: String] = [:]
        for (family, words) in families { for word in words { table[word] = family } }
        return table
    }()
}
