/// Which personal pronoun a named person takes, when the name or title tells: "Mrs. Clinton", "Hillary",
/// "Mr. Trump", "Bernie". Used only to skip an antecedent that cannot fit ("she" never refers to
/// "Bernie Sanders"); an unknown name fits either pronoun.
enum PronounGender: Sendable {
    case he, she, unknown

    static func of(name: String, role: String?) -> PronounGender {
        if let role {
            let words = role.lowercased().split(separator: " ")
            // Only words a newsroom never uses for the other sex: "spokesman" and "chairman" are used for women.
            if words.contains(where: { ["mr.", "mr", "sir", "king", "prince", "father", "lord", "brother", "son",
                                        "husband"].contains($0) }) {
                return .he
            }
            if words.contains(where: { ["mrs.", "mrs", "ms.", "ms", "lady", "dame", "queen", "princess", "mother",
                                        "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "sister",
                                        "daughter", "wife"].contains($0) }) {
                return .she
            }
        }
        let words = name.split(separator: " ")
        guard let first = words.first.map({ $0.lowercased() }) else { return .unknown }
        // A name of one word may be a surname ("Clinton", "Wesley"): only names common in the news tell.
        return FirstNames.gender(of: first, alone: words.count == 1)
    }

    /// Whether a pronoun can refer to a person of this gender.
    func fits(_ pronoun: String) -> Bool {
        switch (self, pronoun) {
        case (.he, "she"), (.she, "he"): return false
        default: return true
        }
    }
}
