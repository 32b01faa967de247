/// What can go wrong when naming or editing an event, in words a newsroom user can act on.
public enum EventError: Error, Sendable, CustomStringConvertible {
    /// No event has this id or name.
    case noSuchEvent(String)
    /// Several events share this name; the user must give an id.
    case ambiguousName(String, ids: [Int64])
    /// A user event already has this name.
    case nameTaken(String, id: Int64)
    /// The name is empty or only digits (digits name an event by id).
    case unusableName(String)
    /// These article ids are not in the archive.
    case noSuchArticles([Int64])

    public var description: String {
        switch self {
        case let .noSuchEvent(reference):
            return "there is no event \(reference): `morgue events` lists them with their ids"
        case let .ambiguousName(name, ids):
            return "several events are called \"\(name)\" (ids \(ids.map(String.init).joined(separator: ", "))): "
                + "name the event by its id"
        case let .nameTaken(name, id):
            return "event \(id) is already called \"\(name)\": choose another name"
        case let .unusableName(name):
            return "\"\(name)\" cannot name an event: use words (digits alone refer to an event by id)"
        case let .noSuchArticles(ids):
            return "no story with id \(ids.map(String.init).joined(separator: ", ")) in the archive "
                + "(`morgue search` shows story ids)"
        }
    }
}
