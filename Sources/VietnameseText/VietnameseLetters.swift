/// Letter numbering in Vietnamese documents: a b c d đ e g h i k l m n o p q r s t u v x y
/// (no f j w z, and đ follows d). The one definition the parser, the rules and the Word
/// reader share.
public enum VietnameseLetters {
    public static let sequence: [Unicode.Scalar] = Array("abcdđeghiklmnopqrstuvxy".unicodeScalars)

    /// The letters of the English alphabet that the Vietnamese one does not use.
    public static let foreignLetters: Set<Unicode.Scalar> = ["f", "j", "w", "z"]

    /// 1-based position in the Vietnamese sequence, or nil for f, j, w, z.
    public static func ordinal(of letter: Unicode.Scalar) -> Int? {
        sequence.firstIndex(of: letter).map { $0 + 1 }
    }

    /// 1-based position in the English alphabet (Word's automatic lettering).
    public static func englishOrdinal(of letter: Unicode.Scalar) -> Int? {
        guard letter.value >= 0x61, letter.value <= 0x7A else { return nil }
        return Int(letter.value - 0x61) + 1
    }

    public static func letter(atVietnameseOrdinal n: Int) -> String? {
        guard n >= 1, n <= sequence.count else { return nil }
        return String(sequence[n - 1])
    }

    /// The n-th letter of the English alphabet (1 → "a"), nil outside 1…26.
    public static func letter(atEnglishOrdinal n: Int) -> String? {
        guard n >= 1, n <= 26 else { return nil }
        return String(Unicode.Scalar(UInt8(0x60 + n)))
    }
}
