/// Places and the names they go by: countries, US states and cities of 15,000+ people from
/// GeoNames (CC BY 4.0), plus the everyday names newsrooms use for countries ("U.S.", "Britain").
///
/// Built once and shared: every lookup is a hash lookup.
///
///     Gazetteer.bundled.places(named: "Baghdad").first?.countryCode  // "IQ"
public struct Gazetteer: Sendable {
    /// One place of the gazetteer.
    public struct Place: Sendable, Hashable {
        /// GeoNames id.
        public var geonameID: Int
        /// The place's name in GeoNames ("Baghdad", "United States").
        public var name: String
        /// Country, region (a US state) or city.
        public var kind: LocationKind
        /// ISO 3166-1 alpha-2 country code ("IQ").
        public var countryCode: String
        /// GeoNames' first-level division code (a US state's postal code: "OH"); empty for countries.
        public var admin1: String
        /// GeoNames' population; for a US state, the sum of its listed cities.
        public var population: Int

        /// A place as the gazetteer table describes it.
        public init(geonameID: Int, name: String, kind: LocationKind, countryCode: String, admin1: String,
                    population: Int) {
            self.geonameID = geonameID
            self.name = name
            self.kind = kind
            self.countryCode = countryCode
            self.admin1 = admin1
            self.population = population
        }
    }

    /// The GeoNames data generated into `Gazetteer+Data.swift` by `Scripts/fetch-gazetteer`, with the
    /// curated country names of `CountryNames`. Parsed on first use.
    public static let bundled = Gazetteer(table: bundledTable, countryAliases: CountryNames.aliases,
                                          placeAliases: CountryNames.placeAliases)

    /// Every place, in table order.
    public let places: [Place]
    /// Name as written → indices into `places`.
    private let index: [String: [Int32]]
    /// Country code → index of the country.
    private let countries: [String: Int32]
    /// First word of a name of several words → the most words such a name has.
    let longestNameStarting: [String: Int]
    /// The first word of every name, for a quick "certainly not" before a lookup.
    let firstWords: WordFilter

    /// Reads a table in the format of `Gazetteer+Data.swift` (one place a line, tab-separated:
    /// geonameid, name, kind `C`/`R`/`P`, country code, admin1, population, alternate names joined by
    /// `|`). `countryAliases` maps more names to country codes, `placeAliases` to GeoNames ids.
    public init(table: String, countryAliases: [String: String] = [:], placeAliases: [String: Int] = [:]) {
        var places: [Place] = []
        var index: [String: [Int32]] = [:]
        var countries: [String: Int32] = [:]
        var byID: [Int: Int32] = [:]
        var table = table
        table.withUTF8 { bytes in
            let lines = GazetteerTable.lineCount(bytes)
            places.reserveCapacity(lines)
            index.reserveCapacity(lines + lines / 4)
            byID.reserveCapacity(lines)
            GazetteerTable.forEachRow(in: bytes) { row in
                let kind: LocationKind = switch row.kind.count == 1 ? bytes[row.kind.lowerBound] : 0 {
                case UInt8(ascii: "C"): .country
                case UInt8(ascii: "R"): .region
                default: .city
                }
                let place = Place(geonameID: row.geonameID, name: row.string(row.name), kind: kind,
                                  countryCode: row.string(row.countryCode), admin1: row.string(row.admin1),
                                  population: row.population)
                let position = Int32(places.count)
                places.append(place)
                byID[row.geonameID] = position
                if kind == .country { countries[place.countryCode] = position }
                index[place.name, default: []].append(position)
                row.forEachAlternate { field in
                    let alternate = row.string(field)
                    if alternate != place.name { index[alternate, default: []].append(position) }
                }
            }
        }
        for (alias, code) in countryAliases {
            if let position = countries[code], !(index[alias]?.contains(position) ?? false) {
                index[alias, default: []].append(position)
            }
        }
        for (alias, id) in placeAliases {
            if let position = byID[id], !(index[alias]?.contains(position) ?? false) {
                index[alias, default: []].append(position)
            }
        }
        var longest: [String: Int] = [:]
        for name in index.keys {
            if let (first, words) = Self.firstWord(of: name), words > 1 {
                longest[first] = max(longest[first] ?? 0, words)
            }
        }
        self.places = places
        self.index = index
        self.countries = countries
        self.longestNameStarting = longest
        self.firstWords = WordFilter(firstWordsOf: index.keys, folding: .exact, bitCount: 1 << 21)
    }

    /// The first word of a name and how many words it has, words being separated by spaces and
    /// hyphens ("Wahiawā-Whitmore" has two); `nil` for a name of separators only.
    private static func firstWord(of name: String) -> (String, Int)? {
        let utf8 = name.utf8
        var first: Range<String.Index>?
        var words = 0
        var wordStart: String.Index?
        var k = utf8.startIndex
        while k < utf8.endIndex {
            let byte = utf8[k]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                if let start = wordStart {
                    words += 1
                    if first == nil { first = start..<k }
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = k
            }
            k = utf8.index(after: k)
        }
        if let start = wordStart {
            words += 1
            if first == nil { first = start..<utf8.endIndex }
        }
        guard let first else { return nil }
        return (String(name[first]), words)
    }

    /// The number of places.
    public var count: Int { places.count }

    /// Every place that goes by `name`, spelled and capitalised as written ("Paris" gives the French
    /// capital and the Texas city; "U.S." gives the United States).
    public func places(named name: String) -> [Place] {
        index[name]?.map { places[Int($0)] } ?? []
    }

    /// Indices into `places` of every place named `name`.
    func positions(named name: String) -> [Int32]? { index[name] }

    /// The country with ISO code `code`.
    public func country(code: String) -> Place? {
        countries[code].map { places[Int($0)] }
    }
}
