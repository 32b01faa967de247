import Foundation
import Testing
import MorgueReaders

@Suite("Text decoding")
struct TextDecodingTests {
    @Test(arguments: [
        ([0x93, 0x48, 0x69, 0x94] as [UInt8], "windows-1252", "\u{201C}Hi\u{201D}"),
        ([0x43, 0x61, 0x66, 0xE9], "iso-8859-1", "Café"),
        ([0x43, 0x61, 0x66, 0xC3, 0xA9], "iso-8859-1", "Café"),
        ([0x43, 0x61, 0x66, 0xE9], nil, "Café"),
        ([0xEF, 0xBB, 0xBF, 0x43, 0x61, 0x66, 0xC3, 0xA9], "windows-1252", "Café"),
        ([0xFF, 0xFE, 0x43, 0x00, 0xE9, 0x00], nil, "Cé"),
    ] as [([UInt8], String?, String)])
    func decodes(bytes: [UInt8], declared: String?, expected: String) throws {
        #expect(try TextDecoding.decode(Data(bytes), path: "a.html", declaredCharset: declared) == expected)
    }

    @Test func binaryFileIsRefusedNamingTheFile() {
        let bytes = Data((0..<200).map { UInt8($0 % 8) })
        #expect(throws: ReadError(path: "photo.jpg",
                                  reason: "this is a binary file, not a story (no text encoding fits it)")) {
            try TextDecoding.decode(bytes, path: "photo.jpg")
        }
    }
}
