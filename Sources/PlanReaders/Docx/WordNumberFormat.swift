import VietnameseText

/// Renders one counter value the way Word shows it for a `w:numFmt`.
///
/// Word's letter formats use the English alphabet (a b c d e …, then aa bb …), not the
/// Vietnamese sequence (a b c d đ e g …) that typed plans use; the reader shows what Word
/// shows, and leaves judging the sequence to the rules.
enum WordNumberFormat {
    /// The text of `value` in `format`; formats the reader does not know fall back to decimal.
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value, base: "a") ?? String(value)
        case "upperLetter": return letters(value, base: "A") ?? String(value)
        case "lowerRoman": return RomanNumeral.lowercase(value) ?? String(value)
        case "upperRoman": return RomanNumeral.uppercase(value) ?? String(value)
        case "none": return ""
        default: return String(value)
        }
    }

    /// Highest value shown in letters (30 repetitions, "zzz…z"); above it the value is
    /// shown in digits, so a prefix stays short however far a list counts.
    static let maxLetterValue = 26 * 30

    /// Word's letter numbering: 1 → a, 26 → z, 27 → aa, 53 → aaa.
    static func letters(_ value: Int, base: Character) -> String? {
        guard value > 0, value <= maxLetterValue, let baseValue = base.asciiValue else { return nil }
        let letter = Character(Unicode.Scalar(baseValue + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

}
