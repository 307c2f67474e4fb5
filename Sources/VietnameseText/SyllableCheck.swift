import Foundation

/// Whether a word is a well-formed Vietnamese syllable, for the text-quality gate.
///
/// A syllable is (onset)(nucleus)(coda) over the folded letters, uses only Vietnamese
/// letters, and carries at most one tone mark. Garbled OCR ("Thirc", "cüa", "v11")
/// fails; text typed without diacritics ("thuc hien") passes, which is why the gate
/// reports missing diacritics separately.
public enum SyllableCheck {
    public static func isValidSyllable(_ word: String) -> Bool {
        let lower = word.lowercased().precomposedStringWithCanonicalMapping
        var folded = ""
        folded.reserveCapacity(lower.count)
        for s in lower.unicodeScalars {
            guard vietnameseLetters.contains(s) else { return false }
            folded.unicodeScalars.append(VietnameseFolding.fold(s))
        }
        var tones = 0
        for s in lower.decomposedStringWithCanonicalMapping.unicodeScalars where toneMarks.contains(s.value) { tones += 1 }
        guard tones <= 1 else { return false }
        return isValidShape(folded)
    }

    /// Whether a word carries a Vietnamese mark or tone (or đ).
    public static func hasDiacritic(_ word: String) -> Bool {
        word.unicodeScalars.contains { VietnameseFolding.hasDiacritic($0) }
    }

    static func isValidShape(_ f: String) -> Bool {
        let s = Array(f.unicodeScalars)
        var onsetOptions: [Int] = [0]
        for o in onsets where s.starts(with: o.unicodeScalars) { onsetOptions.append(o.unicodeScalars.count) }
        for start in onsetOptions {
            let rest = Array(s[start...])
            for coda in codas {
                let c = Array(coda.unicodeScalars)
                guard rest.count > c.count, rest.suffix(c.count).elementsEqual(c) else { continue }
                let nucleus = String(String.UnicodeScalarView(rest.dropLast(c.count)))
                if nuclei.contains(nucleus) { return true }
            }
        }
        return false
    }

    private static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
    private static let onsets = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
                                 "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    private static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""]
    private static let nuclei: Set<String> = [
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oai", "oay",
        "oe", "oi", "oo", "ua", "uai", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uye", "uyu",
        "ye", "yeu", "ieu", "oeo", "uau", "uao", "io", "ui", "uy",
    ]
    private static let vietnameseLetters: Set<Unicode.Scalar> = {
        let letters = "abcdeghiklmnopqrstuvxyđ" +
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        return Set(letters.precomposedStringWithCanonicalMapping.unicodeScalars)
    }()
}
