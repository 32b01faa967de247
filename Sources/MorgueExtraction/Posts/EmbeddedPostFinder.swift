/// Finds social posts embedded in a story, written the way embeds print them:
///
///     Protesters set fire to a guard tower https://t.co/1dh — BBC Breaking News (@BBCBreaking) December 31, 2019
///
/// Each post becomes a `Quote` of kind `.embeddedPost`: the words of the post (trailing `https://t.co/…`
/// and `pic.twitter.com/…` links left out), the display name as speaker, the handle, the post's own
/// date, and the cue "tweeted" when a link shows Twitter ("posted" otherwise). A post runs from the
/// start of its paragraph to the dash before the name.
struct EmbeddedPostFinder: Sendable {
    func posts(in text: ScalarText) -> [Quote] {
        // Every post's signature holds "(@": find those first, in one tight pass.
        let openings: [Int] = text.scalars.withUnsafeBufferPointer { scalars in
            var found: [Int] = []
            var k = 0
            while k + 1 < scalars.count {
                if scalars[k] == "(", scalars[k + 1] == "@" { found.append(k) }
                k += 1
            }
            return found
        }
        var posts: [Quote] = []
        var floor = 0
        for i in openings where i >= floor {
            guard let signature = signature(at: i, in: text, floor: floor),
                  let post = post(signature, in: text, floor: floor)
            else { continue }
            posts.append(post)
            floor = signature.end
        }
        return posts
    }

    /// The closing line of a post: "— Name (@handle) December 31, 2019".
    private struct Signature {
        /// Offset of the dash.
        var dash: Int
        var name: TextSpan
        var handle: String
        var date: NewsDate
        /// Offset one past the date.
        var end: Int
    }

    /// Reads the signature whose `(@` is at `open`, or `nil` when the words around do not fit.
    private func signature(at open: Int, in text: ScalarText, floor: Int) -> Signature? {
        var close = open + 2
        while close < text.count, Self.isHandleScalar(text[close]) { close += 1 }
        guard close > open + 2, close < text.count, text[close] == ")" else { return nil }
        guard let (date, end) = Self.date(after: close + 1, in: text) else { return nil }
        // The name sits between the dash and the parenthesis, on the same line.
        var k = open - 1
        while k > floor, text[k] == " " { k -= 1 }
        let nameEnd = k + 1
        var dash: Int?
        while k > floor, text[k] != "\n" {
            let c = text[k]
            if (c == "—" || c == "–" || c == "-"), text[k - 1] == " ", text[k + 1] == " " {
                dash = k
                break
            }
            k -= 1
        }
        guard let dash, dash + 2 < nameEnd else { return nil }
        return Signature(dash: dash, name: TextSpan(start: dash + 2, end: nameEnd),
                         handle: "@" + text.slice(from: open + 2, to: close), date: date, end: end)
    }

    /// A post from the start of the paragraph to its signature.
    private func post(_ signature: Signature, in text: ScalarText, floor: Int) -> Quote? {
        var start = signature.dash
        while start > floor, text[start - 1] != "\n" { start -= 1 }
        while start < signature.dash, ScalarText.isSpace(text[start]) { start += 1 }
        let body = start..<signature.dash
        let twitter = Self.mentionsTwitter(text, in: body)
        let end = Self.endWithoutLinks(text, in: body)
        guard start < end else { return nil }
        let span = TextSpan(start: start, end: end)
        let name = text.slice(signature.name)
        return Quote(text: text.slice(span), span: span, kind: .embeddedPost, speaker: name, speakerMention: name,
                     speakerSpan: signature.name, speakerHandle: signature.handle,
                     cue: twitter ? "tweeted" : "posted", date: signature.date)
    }

    /// Where the post's words end once trailing links are dropped; a link glued to the last word
    /// ("#Erbilhttps://t.co/…") is cut off at its start.
    private static func endWithoutLinks(_ text: ScalarText, in body: Range<Int>) -> Int {
        var end = body.upperBound
        while true {
            while end > body.lowerBound, ScalarText.isSpace(text[end - 1]) { end -= 1 }
            var tokenStart = end
            while tokenStart > body.lowerBound, !ScalarText.isSpace(text[tokenStart - 1]) { tokenStart -= 1 }
            guard tokenStart < end, let link = linkStart(text, in: tokenStart..<end) else { return end }
            end = link
            if link > tokenStart { return end }
        }
    }

    /// The offset where a link begins inside a token: `https://`, `http://` or `pic.twitter.com/`.
    private static func linkStart(_ text: ScalarText, in token: Range<Int>) -> Int? {
        for k in token {
            if text.startsLink(at: k) || text.starts(with: "pic.twitter.com/", at: k) { return k }
        }
        return nil
    }

    private static func mentionsTwitter(_ text: ScalarText, in body: Range<Int>) -> Bool {
        for k in body where text[k] == "t" {
            if text.starts(with: "t.co/", at: k) || text.starts(with: "twitter.com/", at: k) { return true }
        }
        return false
    }

    /// "December 31, 2019" or "Dec 31, 2019" after optional spaces.
    private static func date(after offset: Int, in text: ScalarText) -> (NewsDate, Int)? {
        var k = offset
        while k < text.count, text[k] == " " || text[k] == "\u{A0}" { k += 1 }
        let monthStart = k
        while k < text.count, ScalarText.isLetter(text[k]) { k += 1 }
        if k < text.count, text[k] == "." { k += 1 }
        guard let month = DateParser.month(named: text.slice(from: monthStart, to: k)) else { return nil }
        while k < text.count, text[k] == " " { k += 1 }
        guard let (day, afterDay) = number(at: k, in: text), k < afterDay, afterDay + 2 < text.count,
              text[afterDay] == ",", text[afterDay + 1] == " ",
              let (year, end) = number(at: afterDay + 2, in: text), end - afterDay - 2 == 4,
              let date = NewsDate(year: year, month: month, day: day)
        else { return nil }
        return (date, end)
    }

    /// The decimal number written at `offset` (four digits at most) and the offset after it.
    static func number(at offset: Int, in text: ScalarText) -> (Int, Int)? {
        var k = offset, value = 0
        while k < text.count, k - offset < 4, text[k] >= "0", text[k] <= "9" {
            value = value * 10 + Int(text[k].value - 48)
            k += 1
        }
        return k > offset ? (value, k) : nil
    }

    private static func isHandleScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_"
    }
}

extension ScalarText {
    /// Whether the ASCII `prefix` is written at `offset`.
    func starts(with prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= self.count else { return false }
        return prefix.withUTF8Buffer { bytes in
            for (k, byte) in bytes.enumerated() where scalars[offset + k].value != UInt32(byte) { return false }
            return true
        }
    }
}
