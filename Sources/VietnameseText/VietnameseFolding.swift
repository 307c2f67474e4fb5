import Foundation

/// Diacritic-insensitive folding for matching: tones and marks removed, đ→d, lower case.
///
/// Folding is scalar-for-scalar: every input scalar yields exactly one output scalar, so
/// an offset into folded text is the same offset into the text it came from. That keeps
/// matches made on folded text mappable to original positions without searching again.
/// Input should be NFC (see `VietnameseNormalizer`); a stray combining mark folds to itself.
public enum VietnameseFolding {
    /// Folds one scalar ("Ệ" → "e", "Đ" → "d", "A" → "a").
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
            return scalar
        }
        if v >= 0xC0 && v < 0x2000, let mapped = table[Int(v - 0xC0)] { return mapped }
        return scalar
    }

    /// Folds a string (NFC-normalising it first).
    public static func fold(_ text: String) -> String {
        // Text without combining marks is already NFC; skip Foundation's normalisation.
        let hasMarks = text.unicodeScalars.contains { $0.value >= 0x300 && $0.value < 0x370 }
        let source = hasMarks ? text.precomposedStringWithCanonicalMapping : text
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        for s in source.unicodeScalars { UTF8.encode(fold(s)) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds a sequence of scalars one for one.
    public static func fold<S: Sequence>(scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        scalars.map(fold)
    }

    /// Whether the scalar is a letter carrying a Vietnamese mark or tone (or is đ/Đ).
    @inline(__always)
    public static func hasDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v >= 0xC0 else { return false }
        return fold(scalar) != scalar && fold(scalar).value < 0x80
    }

    /// Lookup for U+00C0…U+1FFF: the base Latin letter, lower-cased, or nil to keep as is.
    private static let table: [Unicode.Scalar?] = {
        var t = [Unicode.Scalar?](repeating: nil, count: 0x2000 - 0xC0)
        for v in 0xC0..<0x2000 {
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { continue }
            if v == 0x110 || v == 0x111 { t[v - 0xC0] = "d"; continue }
            // "ƣ/Ƣ" (OI) is what PDF extraction gives for "ư/Ư".
            if v == 0x1A2 || v == 0x1A3 { t[v - 0xC0] = "u"; continue }
            let decomposed = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first, base.value < 0x80, base.properties.isAlphabetic else { continue }
            t[v - 0xC0] = Unicode.Scalar(base.value | 0x20)!
        }
        return t
    }()
}
