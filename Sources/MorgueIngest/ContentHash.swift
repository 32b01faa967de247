import Crypto
import Foundation
import MorgueExtraction

/// The SHA-256 of a story's title, outlet, byline, date, URL and body: equal hashes mean the
/// archive already holds the story exactly as it is.
enum ContentHash {
    static func of(_ draft: ArticleDraft) -> String {
        let separator = "\u{1F}"
        let fields = [draft.title ?? "", draft.outlet ?? "", draft.byline ?? "", draft.published?.description ?? "",
                      draft.publishedAt ?? "", draft.url ?? "", draft.body]
        let digest = SHA256.hash(data: Data(fields.joined(separator: separator).utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
