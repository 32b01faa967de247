/// A story body as an array of Unicode scalars, so that extractors can scan it once, index it in
/// constant time, and report offsets that match `TextSpan` (and Python's `str` indexing).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        var text = text
        // Decoded by hand from the string's UTF-8 (always valid): one pass, no count taken first.
        scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    var value = lead
                    if lead < 0x80 {
                        i += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[n] = Unicode.Scalar(value).unsafelyUnwrapped
                    n += 1
                }
                count = n
            }
        }
    }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        string(from: span.start, to: span.end)
    }

    /// The text between two offsets, encoded straight into the string's UTF-8.
    public func string(from start: Int, to end: Int) -> String {
        scalars[start..<end].withUnsafeBufferPointer(Self.string)
    }

    /// A string of scalars, built from bytes without going through `String.UnicodeScalarView`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var ascii = true
        for scalar in scalars where scalar.value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for k in 0..<scalars.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return scalars.count
            }
        }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: value)
                    n += 1
                } else if value < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 2
                } else if value < 0x1_0000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
