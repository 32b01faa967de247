import Foundation

/// Finds place names in a story and matches them against the gazetteer: "Baghdad", "#Baghdad",
/// "U.S.", demonyms ("Iraqi" → Iraq).
///
/// A name shared by several places ("Paris", "Georgia", "Columbus") goes to the one whose country the
/// story names elsewhere, weighed against population; "Columbus, Ohio" settles it outright. Words that
/// only look like places are left alone: months, everyday words ("Reading", "Split") unless the
/// sentence points at a place, surnames ("Jesse Jackson", and then "Jackson said"), outlet names
/// ("Washington Post"), and social handles.
struct LocationFinder: Sendable {
    let gazetteer: Gazetteer
    let outlets: OutletCatalog

    init(gazetteer: Gazetteer, outlets: OutletCatalog = .standard) {
        self.gazetteer = gazetteer
        self.outlets = outlets
    }

    /// A name found in the text, before ambiguity is settled.
    private struct Candidate {
        var span: TextSpan
        var positions: [Int32]
        /// Index of the name's first word.
        var first: Int
        /// Index of the word after the name.
        var next: Int
        /// The state or country written after the name ("Columbus, Ohio").
        var qualifier: Gazetteer.Place?
    }

    func locations(in text: ScalarText) -> [LocationMention] {
        locations(in: text, words: text.words())
    }

    /// The same, given the story's words (`text.words()`), so that finders can share one scan.
    func locations(in text: ScalarText, words: [Word]) -> [LocationMention] {
        var found: [Candidate] = []
        var surnames: Set<String> = []
        var i = 0
        while i < words.count {
            let word = words[i]
            guard !word.isHandle, text.isCapitalised(word), gazetteer.firstWords.mayContain(word, in: text)
                    || LocationWords.demonymFilter.mayContain(word, in: text),
                  var candidate = match(at: i, words: words, text: text)
            else { i += 1; continue }
            i = candidate.next
            // "New York Times", "USA Today": a place's name that begins an outlet's.
            if candidate.next < words.count, words[candidate.next].joinsPrevious,
               text.isCapitalised(words[candidate.next]),
               let outlet = outlets.match(at: candidate.first, words: words, text: text),
               outlet.next > candidate.next {
                i = outlet.next
                continue
            }
            switch verdict(on: candidate, words: words, text: text) {
            case .place:
                if candidate.positions.count > 1 {
                    candidate.qualifier = qualifier(after: candidate, words: words, text: text)
                }
                found.append(candidate)
            case .surname: surnames.insert(text.slice(candidate.span))
            case .notPlace: break
            }
        }
        // "Jesse Jackson … Jackson said": once a surname, a one-word city name is a surname throughout.
        if !surnames.isEmpty {
            found.removeAll { candidate in
                candidate.next == candidate.first + 1 && surnames.contains(text.slice(candidate.span))
                    && candidate.positions.allSatisfy { gazetteer.places[Int($0)].kind == .city }
            }
        }
        return resolve(found, text: text)
    }

    /// The longest gazetteer name or demonym that starts at word `i`.
    private func match(at i: Int, words: [Word], text: ScalarText) -> Candidate? {
        let first = text.slice(words[i])
        if let longest = gazetteer.longestNameStarting[first] ?? LocationWords.demonymStarts[first] {
            var n = min(longest, words.count - i)
            while n >= 2 {
                let last = words[i + n - 1]
                if (i + 1..<i + n).allSatisfy({ words[$0].joinsPrevious }), text.isCapitalised(last) {
                    let span = TextSpan(start: words[i].start, end: last.end)
                    let name = text.slice(span)
                    if let positions = gazetteer.positions(named: name) ?? demonym(name) {
                        return Candidate(span: span, positions: positions, first: i, next: i + n)
                    }
                }
                n -= 1
            }
        }
        guard let positions = gazetteer.positions(named: first) ?? demonym(first) else { return nil }
        return Candidate(span: words[i].span, positions: positions, first: i, next: i + 1)
    }

    private func demonym(_ word: String) -> [Int32]? {
        guard let code = CountryNames.demonyms[word], let country = gazetteer.country(code: code),
              let position = gazetteer.positions(named: country.name)?.first(where: {
                  gazetteer.places[Int($0)].kind == .country
              })
        else { return nil }
        return [position]
    }

    private enum Verdict { case place, surname, notPlace }

    /// Whether the name is a place, a person's surname, or a word or part of a longer name.
    private func verdict(on candidate: Candidate, words: [Word], text: ScalarText) -> Verdict {
        let name = text.slice(candidate.span)
        if LocationWords.neverPlaces.contains(name) { return .notPlace }
        let places = candidate.positions.map { gazetteer.places[Int($0)] }
        let onlyCities = places.allSatisfy { $0.kind == .city }
        let first = words[candidate.first]
        let previous = candidate.first > 0 ? words[candidate.first - 1] : nil
        let following = candidate.next < words.count ? words[candidate.next] : nil

        if first.isHashtag { return .place }
        // "Jesse Jackson", "Sen. Warren": a capitalised word joined by a space before the name.
        if let previous, first.joinsPrevious, text.scalars[first.start - 1] == " ", text.isCapitalised(previous) {
            let before = text.slice(previous)
            let beforePlaces = gazetteer.places(named: before)
            if !LocationWords.leading.contains(before), !beforePlaces.contains(where: { $0.kind != .city }),
               CountryNames.demonyms[before] == nil {
                return .surname
            }
        }
        if let following, following.joinsPrevious, text.scalars[following.start - 1] == " " {
            let after = text.slice(following)
            if onlyCities, LocationWords.personVerbs.contains(after) { return .surname }
            // "Washington Post", "Denver Broncos", "Marco Rubio": a city's name inside a longer name.
            if onlyCities, text.isCapitalised(following) {
                return .notPlace
            }
        }
        // Everyday words ("Reading") and small towns that share a name with people ("Obama", "Rubio")
        // count only where the sentence points at a place.
        let everyday = CommonWordPlaceNames.names.contains(name) && places.allSatisfy { $0.population < 1_000_000 }
        let small = candidate.next == candidate.first + 1 && places.allSatisfy { $0.population < 150_000 }
        if onlyCities, everyday || small {
            let pointed = previous.map { LocationWords.locative.contains(text.slice($0)) } ?? false
            if !pointed && qualifier(after: candidate, words: words, text: text) == nil { return .notPlace }
        }
        return .place
    }

    /// A state or country written right after a city: "Columbus, Ohio", "Paris, Texas", "Split, Croatia".
    private func qualifier(after candidate: Candidate, words: [Word], text: ScalarText) -> Gazetteer.Place? {
        let next = candidate.next, end = candidate.span.end
        guard next < words.count, end + 2 == words[next].start, text.scalars[end] == ",",
              text.isCapitalised(words[next]) else { return nil }
        var n = next + 1 < words.count && words[next + 1].joinsPrevious ? 2 : 1
        while n >= 1 {
            let span = TextSpan(start: words[next].start, end: words[next + n - 1].end)
            if let place = gazetteer.places(named: text.slice(span)).first(where: { $0.kind != .city }) {
                return place
            }
            n -= 1
        }
        return nil
    }

    /// Settles each name on one place, using the countries of the places the story names without
    /// doubt: names of one place, and names whose likeliest place far outweighs the others ("Madrid":
    /// Spain's capital, not a small town of the same name).
    private func resolve(_ found: [Candidate], text: ScalarText) -> [LocationMention] {
        var context: Set<String> = []
        for candidate in found where candidate.positions.count == 1 {
            context.insert(gazetteer.places[Int(candidate.positions[0])].countryCode)
        }
        for candidate in found where candidate.positions.count > 1 {
            let populations = candidate.positions.map { gazetteer.places[Int($0)].population }.sorted(by: >)
            if populations[0] >= 10 * max(populations[1], 1) {
                context.insert(best(candidate, context: [], text: text).countryCode)
            }
        }
        return found.map { candidate in
            let place = best(candidate, context: context, text: text)
            // A hashtag is mentioned with its mark: "#Baghdad".
            var span = candidate.span
            if span.start > 0, text.scalars[span.start - 1] == "#" { span.start -= 1 }
            return LocationMention(name: place.name, mention: text.slice(span), span: span,
                                   geonameID: place.geonameID, countryCode: place.countryCode, kind: place.kind)
        }
    }

    private func best(_ candidate: Candidate, context: Set<String>, text: ScalarText) -> Gazetteer.Place {
        var places = candidate.positions.map { gazetteer.places[Int($0)] }
        if let qualifier = candidate.qualifier {
            let pinned = places.filter {
                $0.countryCode == qualifier.countryCode && (qualifier.kind != .region || $0.admin1 == qualifier.admin1)
            }
            if !pinned.isEmpty { places = pinned }
        }
        guard places.count > 1 else { return places[0] }
        let stateWanted = followedByState(candidate.span.end, text: text)
        func score(_ place: Gazetteer.Place) -> Double {
            // Naming the country elsewhere counts as much as 40 times the population.
            var value = log10(Double(max(place.population, 1)))
            if context.contains(place.countryCode) { value += 1.6 }
            if place.kind == .country { value += 0.5 }
            if place.kind == .region {
                // "New York", "Washington": the city, unless the story says "state".
                let bigCity = places.contains {
                    $0.kind == .city && $0.countryCode == place.countryCode && $0.population > 100_000
                }
                value += stateWanted ? 3 : bigCity ? -3 : 0
            }
            return value
        }
        return places.max { score($0) < score($1) }!
    }

    /// "Washington state", "New York State".
    private func followedByState(_ end: Int, text: ScalarText) -> Bool {
        guard end + 6 <= text.count, text.scalars[end] == " " else { return false }
        let next = text.slice(from: end + 1, to: end + 6)
        return next == "state" || next == "State"
    }
}
