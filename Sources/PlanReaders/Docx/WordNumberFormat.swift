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
        case "lowerRoman": return roman(value)?.lowercased() ?? String(value)
        case "upperRoman": return roman(value) ?? String(value)
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

    /// Upper-case Roman numeral for 1…3999.
    static func roman(_ value: Int) -> String? {
        guard value > 0, value < 4000 else { return nil }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, numeral) in table {
            while rest >= amount {
                out += numeral
                rest -= amount
            }
        }
        return out
    }
}
