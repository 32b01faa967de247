/// The curated table of news outlets and their names.
public struct OutletCatalog: Sendable {
    public static let standard = OutletCatalog()
    /// The canonical name for an outlet name as written, or `nil` when it is not an outlet.
    public func canonicalName(for name: String) -> String? { nil }
    func mentions(in text: ScalarText, publisher: String?) -> [OutletMention] { [] }
}
