/// Collapses the whitespace of HTML text the way a browser shows it: any run of spaces, tabs,
/// newlines and no-break spaces becomes one space, with none at either end.
enum WhitespaceNormalizer {
    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if scalar.value == 0xAD || scalar.value == 0x200B || scalar.value == 0xFEFF { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x2028, 0x2029, 0x3000, 0x202F, 0x205F: return true
        case 0x2000...0x200A: return true
        default: return false
        }
    }
}
