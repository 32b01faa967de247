import Testing
@testable import MorgueExtraction

/// Sentence bounds used to cut claims.
@Suite struct AttributionSentenceTests {
    @Test(arguments: [
        ("The U.S. Embassy was hit. Staff left.", 5, "The U.S. Embassy was hit"),
        ("Sen. Warren spoke. Staff left.", 2, "Sen. Warren spoke"),
        ("Reuters is reporting that staff left:\n\nA post.", 0, "Reuters is reporting that staff left"),
        ("Donald J. Trump tweeted. Then he left!", 30, " Then he left"),
        ("He said “No breach.” Then calm.", 3, "He said “No breach"),
    ])
    func sentenceAroundAnOffset(body: String, offset: Int, expected: String) {
        let text = ScalarText(body)
        let range = Sentences(text).sentence(containing: offset)
        #expect(text.slice(from: range.lowerBound, to: range.upperBound) == expected)
    }
}
