/// Finds claims credited to outlets and bodies.
struct SourceAttributionFinder: Sendable {
    let outlets: OutletCatalog
    func attributions(in text: ScalarText) -> [SourceAttribution] { [] }
}
