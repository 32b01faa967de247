import Foundation

extension String {
    /// The string without leading and trailing white space and line breaks, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it, but without calling Foundation when
    /// neither end can be white space (an ASCII letter, digit or mark at each end): that call is slow
    /// even when it trims nothing, and names and dates rarely need it.
    var trimmedOfSpace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        func isQuiet(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 && c.value != 0x20 && !(0x09...0x0D).contains(c.value) }
        return isQuiet(first) && isQuiet(last) ? self : trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
