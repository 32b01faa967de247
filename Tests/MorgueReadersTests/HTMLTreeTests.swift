import Testing
@testable import MorgueReaders

/// The page tree is built from libxml2's parsing events after script and style text is cut out;
/// these cases pin down that it is the tree libxml2 itself builds from the whole page.
@Suite("HTML reader: page tree")
struct HTMLTreeTests {
    private func stripped(_ html: String) -> String {
        String(decoding: RawTextStripper.stripped(Array(html.utf8)), as: UTF8.self)
    }

    @Test(arguments: [
        ("<p>a</p><script>var x = '<p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
        ("<STYLE type=\"text/css\">p { color: red }</STYLE>", "<STYLE type=\"text/css\"></STYLE>"),
        ("<script src=\"a.js\"></script>", "<script src=\"a.js\"></script>"),
        // libxml2 ends a script at the first "</script", whatever follows it.
        ("<script>a</scripts>b</script>", "<script></scripts>b</script>"),
    ])
    func scriptAndStyleTextIsCutOut(html: String, expected: String) {
        #expect(stripped(html) == expected)
    }

    @Test(arguments: [
        "<script type=\"application/ld+json\">{\"headline\": \"<script>\"}</script>",  // JSON-LD is read
        "<!-- <script> --><p>story</p><!-- </script> -->",  // a comment holds no script
        "<div data-embed=\"<script>\">story</div><p>more</p></script>",  // nor does an attribute value
        "<script/><p>story</p></script>",  // an empty script, then markup
        "<script src='x.js'>never closed",  // left as it is when the tag's end is not found
        "<p title=\"unclosed>story<script>x</script>",  // an open quote stops the cutting
    ])
    func textLibxml2ReadsIsLeftAlone(html: String) {
        #expect(stripped(html) == html)
    }

    @Test func treeFollowsLibxml2sOwnTreeBuilder() {
        let tree = HTMLTree(parsing: "<div>one<!-- c -->two &amp; three<o:p>word</o:p><script>x()</script>"
            + "<noscript><p>no</p></noscript></div>")
        let div = (0..<tree.count).first { tree[$0].tag == "div" }!
        let children = tree[div].children.map { tree[$0].isText ? "'\(tree[$0].text)'" : tree[$0].tag }
        // A comment keeps two runs of text apart, an entity does not; "o:p" is a "p"; the inside of
        // scripts and noscripts is left out.
        #expect(children == ["'one'", "'two & three'", "p", "script", "noscript"])
        #expect(tree[tree[div].children.last!].children.isEmpty)
    }
}
