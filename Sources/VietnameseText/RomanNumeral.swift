/// Roman numerals as Vietnamese documents use them: section numbers ("II."), Phần and Chương
/// ("Chương IV"), quarters ("Quý III") and Word's automatic upper-Roman lists.
///
/// The one definition every module shares. OCR turns Roman "I" into "1" or "l", so "111" and
/// "lV" are read as III and IV when `ocrTolerant` is set; an ordinary Arabic number is never
/// treated that way.
public enum RomanNumeral {
    /// The largest value written (MMMCMXCIX); Word's upper-Roman lists stop there too.
    public static let maximum = 3999

    /// The value of a canonical numeral written in one case ("iv" or "IV", never "Iv"),
    /// or nil when the text is not one.
    ///
    /// - Parameters:
    ///   - text: the letters; with `ocrTolerant`, "1" and "l" also stand for "i".
    ///   - ocrTolerant: read OCR look-alikes of "I".
    /// - Returns: 1…3999, or nil for anything that is not a canonical numeral.
    public static func value<S: StringProtocol>(of text: S, ocrTolerant: Bool = false) -> Int? {
        let scalars = text.unicodeScalars
        guard !scalars.isEmpty, scalars.count <= 15 else { return nil }
        var folded = ""
        folded.unicodeScalars.reserveCapacity(scalars.count)
        var sawUpper = false, sawLower = false
        for var s in scalars {
            if ocrTolerant, s == "1" || s == "l" { s = "i"; folded.unicodeScalars.append(s); continue }
            if s.value >= 0x41, s.value <= 0x5A { sawUpper = true; s = Unicode.Scalar(s.value + 0x20)! } else { sawLower = true }
            folded.unicodeScalars.append(s)
        }
        // OCR look-alikes carry no case; letters must agree among themselves.
        guard !(sawUpper && sawLower) || ocrTolerant else { return nil }
        var total = 0
        var previous = 0
        for s in folded.unicodeScalars.reversed() {
            guard let v = digitValue(s) else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, lowercase(total) == folded else { return nil }
        return total
    }

    /// The value of a numeral given as scalars (the structure scanner's form).
    public static func value(ofScalars scalars: [Unicode.Scalar]) -> Int? {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return value(of: text)
    }

    /// The canonical lower-case spelling of 1…3999 ("iv", "xii"); nil outside that range.
    public static func lowercase(_ number: Int) -> String? {
        guard number > 0, number <= maximum else { return nil }
        var n = number
        var out = ""
        for (value, symbol) in symbols {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }

    /// The canonical upper-case spelling of 1…3999 ("IV", "XII"); nil outside that range.
    public static func uppercase(_ number: Int) -> String? {
        lowercase(number)?.uppercased()
    }

    private static let symbols: [(Int, String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    private static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
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
