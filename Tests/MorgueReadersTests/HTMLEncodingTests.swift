import Foundation
import Testing
@testable import MorgueReaders

@Suite("HTML reader: encodings")
struct HTMLEncodingTests {
    /// A story whose quotes and accents are single bytes in Windows-1252: 0x93/0x94 curly quotes, 0xE9 é.
    private func windows1252Page(declaring head: String) -> Data {
        var bytes = Array("<html><head>\(head)<title>Caf".utf8) + [0xE9] + Array("</title></head><body><article>".utf8)
        for paragraph in HTMLTestPages.storyParagraphs.dropFirst() {
            bytes += Array("<p>".utf8) + [0x93] + Array("Le caf".utf8) + [0xE9, 0x94]
                + Array(" is open, ".utf8) + Array(paragraph.replacingOccurrences(of: "\u{201C}", with: "")
                    .replacingOccurrences(of: "\u{201D}", with: "").utf8) + Array("</p>".utf8)
        }
        return Data(bytes + Array("</article></body></html>".utf8))
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
    ])
    func windows1252PageWithDeclaredCharset(head: String) throws {
        let article = try HTMLArticleReader().read(windows1252Page(declaring: head), path: "cafe.html")
        #expect(article.draft.title == "Café")
        #expect(article.draft.body.hasPrefix("\u{201C}Le café\u{201D} is open, We have never seen water"))
    }

    @Test func utf16PageWithByteOrderMark() throws {
        let html = HTMLTestPages.page(head: "<title>Sturm über dem Hafen</title>")
        var data = Data([0xFF, 0xFE])
        data.append(html.data(using: .utf16LittleEndian)!)
        let article = try HTMLArticleReader().read(data, path: "sturm.html")
        #expect(article.draft.title == "Sturm über dem Hafen")
        #expect(article.draft.body == HTMLTestPages.storyBody)
    }

    @Test func utf8WithByteOrderMarkIgnoresALatinDeclaration() throws {
        let html = HTMLTestPages.page(head: "<meta charset=\"iso-8859-1\"><title>Caf\u{E9} du port</title>")
        let article = try HTMLArticleReader().read(Data([0xEF, 0xBB, 0xBF] + Array(html.utf8)), path: "port.html")
        #expect(article.draft.title == "Café du port")
    }

    @Test func mislabelledUTF8PageIsReadAsUTF8() throws {
        let html = HTMLTestPages.page(head: "<meta charset=\"windows-1252\"><title>Caf\u{E9} du port</title>")
        let article = try HTMLArticleReader().read(Data(html.utf8), path: "port.html")
        #expect(article.draft.title == "Café du port")
    }

    @Test func pageInACharsetLeftToLibxml2() throws {
        // "Шторм" in Windows-1251.
        let title: [UInt8] = [0xD8, 0xF2, 0xEE, 0xF0, 0xEC]
        let head = Array("<html><head><meta charset=\"windows-1251\"><title>".utf8) + title
        let rest = Array("</title></head><body><article>\(HTMLTestPages.storyHTML)</article></body></html>".utf8)
        let article = try HTMLArticleReader().read(Data(head + rest), path: "storm-ru.html")
        #expect(article.draft.title == "Шторм")
    }

    @Test(arguments: [
        ("<meta charset=\"Windows-1252\">", "windows-1252"),
        ("<meta charset=utf-8>", "utf-8"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">", "shift_jis"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>", "iso-8859-1"),
        ("<p>the word encoding=\"x\" in text</p>", nil),
        ("<title>No declaration</title>", nil),
    ] as [(String, String?)])
    func declaredCharsetIsFoundInTheHead(html: String, charset: String?) {
        #expect(HTMLCharset.declared(in: Array(html.utf8)) == charset)
    }
}
