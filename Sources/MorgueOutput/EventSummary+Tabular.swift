import MorgueArchive

extension EventSummary: TabularRecord {
    public static let columns = ["id", "name", "origin", "stories", "first_date", "last_date"]
    public static let flexibleColumn = 1
    public var cells: [String] {
        [String(id), name, origin, String(stories), firstDate ?? "", lastDate ?? ""]
    }
}

extension EventMember: TabularRecord {
    public static let columns = ["article_id", "published", "outlet", "title", "origin"]
    public static let flexibleColumn = 3
    public var cells: [String] {
        [String(articleID), published ?? "", outlet ?? "", title ?? "", origin]
    }
}
