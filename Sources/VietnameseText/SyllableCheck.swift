import Foundation

/// Whether a word is a well-formed Vietnamese syllable, for the text-quality gate.
///
/// A syllable is (onset)(nucleus)(coda) over the folded letters, uses only Vietnamese
/// letters, and carries at most one tone mark. Garbled OCR ("Thirc", "cüa", "v11")
/// fails; text typed without diacritics ("thuc hien") passes, which is why the gate
/// reports missing diacritics separately. Works on scalars with precomputed tables:
/// it runs on every word of every plan.
public enum SyllableCheck {
    public static func isValidSyllable(_ word: String) -> Bool {
        isValidSyllable(scalars: Array(word.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// Same as `isValidSyllable(_:)` for NFC scalars (what the normaliser produces).
    public static func isValidSyllable<C: Collection>(scalars: C) -> Bool where C.Element == Unicode.Scalar {
        guard scalars.count <= 8 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
            var n = 0, tones = 0
            for s in scalars {
                guard s.value < 0x2000 else { return false }
                let info = letters[Int(s.value)]
                guard info != 0 else { return false }
                buffer[n] = info & 0x7F
                n += 1
                if info & 0x80 != 0 { tones += 1 }
            }
            guard tones <= 1 else { return false }
            return isValidShape(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Whether a word carries a Vietnamese mark or tone (or đ).
    public static func hasDiacritic(_ word: String) -> Bool {
        word.unicodeScalars.contains { VietnameseFolding.hasDiacritic($0) }
    }

    static func isValidShape(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        for onset in onsets where onset.count < n && (onset.isEmpty || s.prefix(onset.count).elementsEqual(onset)) {
            for coda in codas where n - onset.count > coda.count {
                var ok = true
                for (k, c) in coda.enumerated() where s[n - coda.count + k] != c { ok = false; break }
                guard ok else { continue }
                let length = n - onset.count - coda.count
                guard length <= 3 else { continue }
                var key: UInt32 = 0
                for k in onset.count..<(onset.count + length) { key = key << 8 | UInt32(s[k]) }
                if nuclei.contains(key) { return true }
            }
        }
        return false
    }

    private static let onsets: [[UInt8]] = ([""] + ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
                                                   "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]).map { Array($0.utf8) }
    private static let codas: [[UInt8]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map { Array($0.utf8) }
    /// Nuclei packed into integers (up to three letters), for a cheap set lookup.
    private static let nuclei: Set<UInt32> = Set([
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oai", "oay",
        "oe", "oi", "oo", "ua", "uai", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uye", "uyu",
        "ye", "yeu", "ieu", "oeo", "uau", "uao", "io",
    ].map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

    /// Every Vietnamese letter, both cases, below U+2000: its folded base letter in the low
    /// seven bits, and the high bit when it carries a tone; 0 for anything else.
    private static let letters: [UInt8] = {
        let lower = "abcdeghiklmnopqrstuvxyđ" +
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        var table = [UInt8](repeating: 0, count: 0x2000)
        for ch in lower.precomposedStringWithCanonicalMapping.unicodeScalars {
            let base = UInt8(VietnameseFolding.fold(ch).value)
            let tone = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.contains { toneMarks.contains($0.value) }
            let info = base | (tone ? 0x80 : 0)
            table[Int(ch.value)] = info
            for up in String(ch).uppercased().precomposedStringWithCanonicalMapping.unicodeScalars where up != ch && up.value < 0x2000 {
                table[Int(up.value)] = info
            }
        }
        return table
    }()
}
