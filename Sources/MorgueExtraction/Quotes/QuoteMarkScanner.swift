/// Words between a pair of double quotation marks, as positions in the token list.
struct QuotedPassage: Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark.
    var close: Int
    /// The quoted words, without the marks and the spaces next to them.
    var span: TextSpan
    /// Whether the passage runs over more than one paragraph.
    var spansParagraphs: Bool
}

/// Pairs double quotation marks into quoted passages.
///
/// Handles curly marks (“…”), straight marks ("…"), the doubled apostrophes some publishers print
/// (''…''), mismatched pairs (“…"), and the newsroom convention for a quote that runs over several
/// paragraphs: each paragraph opens with a mark and only the last one closes.
enum QuoteMarkScanner {
    static func passages(in text: ScalarText, tokens: [WordToken]) -> [QuotedPassage] {
        var passages: [QuotedPassage] = []
        var openIndex: Int?
        var crossedParagraph = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .quoteMark:
                let role = markRole(token, in: text)
                if let open = openIndex {
                    if role == .closing || (role == .either && index > open + 1) {
                        if let span = innerSpan(open: tokens[open], close: token, in: text) {
                            passages.append(QuotedPassage(open: open, close: index, span: span,
                                                          spansParagraphs: crossedParagraph))
                        }
                        openIndex = nil
                    } else {
                        // Another opening mark before any close. After a full stop the writer dropped the
                        // closing mark ("…at the Embassy. “As in all countries…”"): the first quote ends
                        // there. Otherwise the earlier mark was stray.
                        if index > open + 2, [".", "?", "!"].contains(tokens[index - 1].text),
                           let span = innerSpan(open: tokens[open], close: token, in: text) {
                            passages.append(QuotedPassage(open: open, close: index, span: span,
                                                          spansParagraphs: crossedParagraph))
                        }
                        openIndex = index
                        crossedParagraph = false
                    }
                } else if token.start > 0, text[token.start - 1] == "=" {
                    // A mark after "=" opens a markup attribute (tweet-date="…"), not a quotation: skip to its end.
                    var end = index + 1
                    while end < tokens.count, end - index < 30, tokens[end].kind != .quoteMark { end += 1 }
                    if end < tokens.count, tokens[end].kind == .quoteMark { index = end }
                } else if role != .closing {
                    openIndex = index
                    crossedParagraph = false
                }
            case .paragraphBreak:
                if openIndex != nil {
                    // An unclosed quote continues only when the next paragraph opens with a mark.
                    if index + 1 < tokens.count, tokens[index + 1].kind == .quoteMark,
                       markRole(tokens[index + 1], in: text) != .closing {
                        crossedParagraph = true
                        index += 1
                    } else {
                        openIndex = nil
                    }
                }
            default:
                break
            }
            index += 1
        }
        return passages
    }

    enum MarkRole { case opening, closing, either }

    /// Curly marks say which way they face; a straight mark faces the word it touches.
    static func markRole(_ token: WordToken, in text: ScalarText) -> MarkRole {
        if token.text == "“" || token.text == "„" { return .opening }
        if token.text == "”" { return .closing }
        let before: Unicode.Scalar = token.start > 0 ? text[token.start - 1] : "\n"
        let after: Unicode.Scalar = token.end < text.count ? text[token.end] : "\n"
        let spaceBefore = before.properties.isWhitespace || "([{—–-/".unicodeScalars.contains(before)
        let spaceAfter = after.properties.isWhitespace || ".,;:)]}?!—–".unicodeScalars.contains(after)
        if spaceBefore && !spaceAfter { return .opening }
        if spaceAfter && !spaceBefore { return .closing }
        return .either
    }

    private static func innerSpan(open: WordToken, close: WordToken, in text: ScalarText) -> TextSpan? {
        var start = open.end
        var end = close.start
        while start < end, text[start].properties.isWhitespace { start += 1 }
        while end > start, text[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextSpan(start: start, end: end) : nil
    }
}
