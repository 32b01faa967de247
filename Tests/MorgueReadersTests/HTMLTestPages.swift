import Foundation

/// Small news pages written for the HTML reader's tests: a three-paragraph story about a harbour
/// storm, wrapped in whatever head and boilerplate a test needs.
enum HTMLTestPages {
    static let storyParagraphs = [
        "A winter storm pushed the harbour wall past its limit on Tuesday night, flooding the fish market, "
            + "three warehouses and the lower town, according to the port authority.",
        "\u{201C}We have never seen water this high,\u{201D} said Maria Ortiz, who has run the harbour cafe for "
            + "twenty years. Crews worked through the night to pump the market dry, and the coast guard closed "
            + "the channel until Thursday.",
        "The council will meet on Friday to decide whether to rebuild the wall, raise it, or move the market "
            + "inland, a choice that has divided the town for a decade.",
    ]

    /// The story as the reader should return it.
    static var storyBody: String { storyParagraphs.joined(separator: "\n\n") }

    static var storyHTML: String {
        storyParagraphs.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
    }

    /// A page with `head` in `<head>`, and the story in `<article>` between `before` and `after`.
    static func page(head: String = "<title>Storm floods harbour</title>", before: String = "",
                     inside: String = "", after: String = "") -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">\(head)</head>
        <body>
        \(before)
        <article class="story">
        <h1>Storm floods harbour</h1>
        <div class="story-body">
        \(storyHTML)
        \(inside)
        </div>
        </article>
        \(after)
        </body></html>
        """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
