import GRDB

/// What the archive's writer has learnt about the archive's outlets, places and actors, kept across
/// the transactions of one `Archive` so that a name seen before costs no query: the id of each outlet
/// and place by its name, the actors going by each folded name, and which of an actor's names and
/// details are already stored.
///
/// It is a copy of rows, so it must never outlive a change it did not make. At the start of each
/// write transaction `validate(in:)` drops it when another connection committed anything
/// (`PRAGMA data_version`: a `morgue alias` merging actors meanwhile) or when this connection wrote
/// anything since the writer's last transaction (`Archive.addAliases` in the same process), and
/// the writer drops it when a transaction fails, since the rows it learnt there were rolled back.
/// Only the archive's single writer connection touches it, inside its serialised transactions.
final class WriterLookups: @unchecked Sendable {
    /// An actor going by a name, with its kind ("person", "organization").
    struct NamedActor: Equatable {
        var id: Int64
        var kind: String
    }

    /// What decides whether a mention can improve an actor's row: the length of its name (SQLite's
    /// `length()`), and whether it has a role and a handle.
    struct ActorDetails {
        var nameLength: Int
        var hasRole: Bool
        var hasHandle: Bool
    }

    /// An alias row's key: `(alias_key, actor_id)`.
    struct AliasPair: Hashable {
        var key: StoredText
        var actorID: Int64
    }

    var outletIDs: [StoredText: Int64] = [:]
    var locationIDsByGeonameID: [Int: Int64] = [:]
    var locationIDsByName: [LocationName: Int64] = [:]
    var actorsByAliasKey: [StoredText: [NamedActor]] = [:]
    var storedAliases: Set<AliasPair> = []
    var actorDetails: [Int64: ActorDetails] = [:]

    /// A place without a GeoNames id is known by its name and kind.
    struct LocationName: Hashable {
        var name: StoredText
        var kind: String
    }

    private var dataVersion: Int64?
    private var changesAfterLastTransaction: Int?

    /// Forgets everything, keeping the lookups correct whatever happened to the archive.
    func reset() {
        outletIDs = [:]
        locationIDsByGeonameID = [:]
        locationIDsByName = [:]
        actorsByAliasKey = [:]
        storedAliases = []
        actorDetails = [:]
        changesAfterLastTransaction = nil
    }

    /// Called first in a write transaction: forgets everything if anyone else wrote to the archive
    /// since the writer's last transaction.
    func validate(in db: Database) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion || db.totalChangesCount != changesAfterLastTransaction { reset() }
        dataVersion = version
    }

    /// Called last in a write transaction, once every row of it is written.
    func transactionDidWrite(in db: Database) {
        changesAfterLastTransaction = db.totalChangesCount
    }
}

/// Text as SQLite's `BINARY` collation compares it, byte for byte (Swift's `String` equality treats
/// "é" and "e\u{301}" as equal; SQLite does not), or, `caseInsensitive`, as `NOCASE` does (ASCII
/// letters only).
struct StoredText: Hashable {
    let bytes: [UInt8]

    init(_ text: String, caseInsensitive: Bool = false) {
        bytes = caseInsensitive ? text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 } : Array(text.utf8)
    }
}
