/// Folds a quote's words into a key, so that the same quote carried by several stories is
/// recognised as one even when the stories differ in quotation marks, case, spacing or punctuation.
///
///     QuoteKey.fold("Iran killed an American contractor, wounding many.")
///     // "iran killed an american contractor wounding many"
public enum QuoteKey {
    public static func fold(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // don't → dont, whatever the apostrophe
            } else {
                pendingSpace = true
            }
        }
        return String(key)
    }
}
