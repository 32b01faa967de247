/// Finds direct quotes and their speakers.
struct QuoteFinder: Sendable {
    func quotes(in text: ScalarText, excluding: [TextSpan]) -> [Quote] { [] }
}
