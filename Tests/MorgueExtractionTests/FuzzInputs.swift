import Foundation

// Shared by the extraction and reader fuzz tests: Tests/MorgueReadersTests/FuzzInputs.swift is a
// symbolic link to this file.

/// The fuzz budget: small in the fast suite (a debug build runs it), large from the environment
/// (`Scripts/soak` sets it).
enum FuzzBudget {
    static var cases: Int { environment("MORGUE_FUZZ_CASES") ?? 60 }
    static var seed: UInt64 { UInt64(environment("MORGUE_FUZZ_SEED") ?? 20_260_124) }
    static var lineMegabytes: Int { environment("MORGUE_FUZZ_LINE_MB") ?? 1 }
    /// How deep the deep-nesting inputs go.
    static var nestingDepth: Int { environment("MORGUE_FUZZ_DEPTH") ?? 10_000 }

    private static func environment(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }
    }
}

/// SplitMix64: a small, seeded, portable generator, so that a fuzz case can be replayed.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Story text of the shapes that break parsers: random scalars of every script, mutated real
/// stories, unbalanced quotes, right-to-left and combining marks, NULs and control characters.
enum HostileText {
    enum Shape: CaseIterable {
        case randomScalars, mutatedStory, quoteSoup, rightToLeft, combiningMarks, controlCharacters, cueSoup
    }

    static let story = """
        BAGHDAD (Reuters) — Protesters broke into the U.S. Embassy compound on Tuesday, December 31, 2019.

        “We will not leave until they go,” said Kadhim al-Hasan, a protest organiser. Defense Secretary \
        Mark Esper said the United States would respond. “This is an outrage,” he told reporters.

        According to the Associated Press, the crowd withdrew on Wednesday. The State Department said \
        in a statement that diplomats in Baghdad were safe. @StateDept wrote: "All staff accounted for."
        """

    static let pieces = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", " said ", " told reporters ", "according to ",
                         "Mr. ", "President ", "\n\n", "\n", " ", ".", ",", ":", "—", "@user", "#tag", "http://x.y/z",
                         "2019-12-31", "Tuesday", "last week", "Reuters", "AP", "Baghdad", "Paris", "Maria Okafor",
                         "\u{0}", "\u{1}", "\u{7F}", "\u{FEFF}", "\u{200B}", "\u{200F}", "\u{202E}", "\u{2066}",
                         "\u{301}", "\u{308}", "\u{20DD}", "שלום", "مرحبا", "日本", "🇺🇸", "👩🏽‍⚕️", "\u{10FFFF}", "\r\n"]

    static func make(_ shape: Shape, using random: inout FuzzRandom) -> String {
        switch shape {
        case .randomScalars:
            return String(String.UnicodeScalarView((0..<Int.random(in: 1...2_000, using: &random)).map { _ in
                anyScalar(using: &random)
            }))
        case .mutatedStory:
            return mutate(story, using: &random)
        case .quoteSoup:
            return (0..<Int.random(in: 1...400, using: &random)).map { _ in
                pieces[Int.random(in: 0..<12, using: &random)] + (Bool.random(using: &random) ? "Word" : "")
            }.joined()
        case .rightToLeft:
            return (0..<Int.random(in: 1...300, using: &random)).map { _ in
                ["\u{202B}", "\u{202E}", "\u{200F}", "שלום ", "قال ", "“", "”", "Esper said ", "\u{202C}"]
                    .randomElement(using: &random)!
            }.joined()
        case .combiningMarks:
            return story.unicodeScalars.map { scalar in
                String(scalar) + String(repeating: "\u{301}", count: Int.random(in: 0...3, using: &random))
            }.joined()
        case .controlCharacters:
            return String(String.UnicodeScalarView((0..<Int.random(in: 1...1_000, using: &random)).map { _ in
                Unicode.Scalar(UInt8.random(in: 0...0x20, using: &random))
            }))
        case .cueSoup:
            return (0..<Int.random(in: 1...500, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    /// A story with a handful of random edits: pieces inserted, ranges deleted or repeated.
    static func mutate(_ text: String, using random: inout FuzzRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: at)
            case 1: scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...40, using: &random)))
            case 2: scalars.insert(contentsOf: scalars[at..<min(scalars.count, at + 60)], at: at)
            default: scalars.insert(anyScalar(using: &random), at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func anyScalar(using random: inout FuzzRandom) -> Unicode.Scalar {
        while true {
            let value: UInt32
            switch Int.random(in: 0..<4, using: &random) {
            case 0: value = UInt32.random(in: 0...0x7F, using: &random)
            case 1: value = UInt32.random(in: 0x80...0x7FF, using: &random)
            case 2: value = UInt32.random(in: 0x800...0xFFFF, using: &random)
            default: value = UInt32.random(in: 0x10000...0x10FFFF, using: &random)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}
