/// Reads the small Roman numerals plans use for quarters ("Quý III") and section numbers.
///
/// OCR turns Roman "I" into "1" or "l", so "111" and "lV" are read as III and IV
/// when `ocrTolerant` is set; an ordinary Arabic number is never treated that way.
enum RomanNumeral {
    /// The value of a folded (lower-case) Roman numeral, or nil when it is not one.
    ///
    /// - Parameters:
    ///   - text: lower-case letters ("iv") or, with `ocrTolerant`, OCR look-alikes ("1v", "111").
    ///   - ocrTolerant: read "1" and "l" as "i".
    /// - Returns: 1…3999, or nil for anything that is not a canonical numeral.
    static func value(of text: Substring, ocrTolerant: Bool = false) -> Int? {
        guard !text.isEmpty, text.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        var letters: [Character] = []
        letters.reserveCapacity(text.count)
        for character in text.reversed() {
            var c = character
            if ocrTolerant, c == "1" || c == "l" { c = "i" }
            guard let v = digitValue(c) else { return nil }
            letters.append(c)
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, canonical(total) == String(letters.reversed()) else { return nil }
        return total
    }

    /// Convenience for whole strings.
    static func value(of text: String, ocrTolerant: Bool = false) -> Int? {
        value(of: Substring(text), ocrTolerant: ocrTolerant)
    }

    /// The canonical lower-case spelling of 1…3999 ("iv", "xii").
    static func canonical(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return "" }
        var n = number
        var out = ""
        for (value, symbol) in symbols {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }

    private static let symbols: [(Int, String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    private static func digitValue(_ c: Character) -> Int? {
        switch c {
        case "i": return 1
        case "v": return 5
        case "x": return 10
        case "l": return 50
        case "c": return 100
        case "d": return 500
        case "m": return 1000
        default: return nil
        }
    }
}
