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
        for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 6, let id = Int(fields[0]), let population = Int(fields[5]) else { continue }
            let kind: LocationKind = switch fields[2] {
            case "C": .country
            case "R": .region
            default: .city
            }
            let place = Place(geonameID: id, name: String(fields[1]), kind: kind, countryCode: String(fields[3]),
                              admin1: String(fields[4]), population: population)
            let position = Int32(places.count)
            places.append(place)
            byID[id] = position
            if kind == .country { countries[place.countryCode] = position }
            index[place.name, default: []].append(position)
            if fields.count > 6, !fields[6].isEmpty {
                for alternate in fields[6].split(separator: "|") where alternate != fields[1] {
                    index[String(alternate), default: []].append(position)
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
            let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count > 1, let first = words.first {
                longest[String(first)] = max(longest[String(first)] ?? 0, words.count)
            }
        }
        self.places = places
        self.index = index
        self.countries = countries
        self.longestNameStarting = longest
        self.firstWords = WordFilter(firstWordsOf: index.keys, folding: .exact, bitCount: 1 << 21)
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
