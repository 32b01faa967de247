/// Finds social posts embedded in a story: "text — Name (@handle) December 31, 2019".
struct EmbeddedPostFinder: Sendable {
    func posts(in text: ScalarText) -> [Quote] { [] }
}
