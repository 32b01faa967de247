/// Places and their names.
public struct Gazetteer: Sendable {
    public static let bundled = Gazetteer()
}
