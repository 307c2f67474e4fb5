import Foundation

/// Recognises plain text typed in TCVN3 or VNI and read as Latin-1 ("Céng hoµ",
/// "Coäng hoøa"): words that are not Vietnamese as they stand but become Vietnamese
/// syllables with marks once converted.
///
/// Such text must be converted, never judged as damaged OCR: its letters are all there.
public enum LegacyTextDetector {
    /// The encoding the text is in, or nil for Unicode text (or too little evidence).
    /// - Parameter minimumWords: converted words needed before deciding.
    public static func detect(_ text: String, minimumWords: Int = 8) -> LegacyCharset? {
        var best: (LegacyCharset, Int)?
        let words = candidateWords(text)
        guard words.count >= minimumWords else { return nil }
        // Words already in Vietnamese Unicode (ă đ ơ ư, the letters of U+1EA0…) speak against.
        let unicodeWords = words.filter { w in w.unicodeScalars.contains { isVietnameseOnly($0) } }.count
        for charset in LegacyCharset.allCases {
            var gained = 0
            for w in words where !SyllableCheck.isValidSyllable(w) || !SyllableCheck.hasDiacritic(w) {
                let converted = LegacyTextConverter.convert(w, from: charset).text
                if converted != w, SyllableCheck.isValidSyllable(converted.lowercased()), SyllableCheck.hasDiacritic(converted) {
                    gained += 1
                }
            }
            if gained > (best?.1 ?? 0) { best = (charset, gained) }
        }
        guard let (charset, gained) = best, gained >= minimumWords, gained * 2 >= words.count, unicodeWords * 4 < gained else {
            return nil
        }
        return charset
    }

    /// Words holding a character of U+00A0…U+00FF (where both encodings put their codes).
    static func candidateWords(_ text: String) -> [String] {
        var out: [String] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace || ",.;:()\"'“”!?/-".contains($0) }) {
            guard raw.count <= 10, raw.unicodeScalars.contains(where: { (0xA0...0xFF).contains($0.value) || isVietnameseOnly($0) })
            else { continue }
            out.append(String(raw))
            if out.count >= 4000 { break }
        }
        return out
    }

    static func isVietnameseOnly(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0128, 0x0129, 0x0168, 0x0169, 0x1EA0...0x1EF9:
            return true
        default: return false
        }
    }
}
