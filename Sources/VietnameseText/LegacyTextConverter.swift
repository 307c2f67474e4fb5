import Foundation

/// Converts text in TCVN3 (ABC) or VNI to Unicode NFC, keeping for every output character
/// the index of the input character it starts at, so positions in the converted text
/// lead back to the original.
///
/// TCVN3 maps one code to one letter. VNI writes a letter as its base and one or two mark
/// codes after it ("Vieät" is "Việt"); the marks join the preceding base letter.
public enum LegacyTextConverter {
    /// The converted text and, for each of its characters, the index (0-based) of the
    /// first input character it came from.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var origins: [Int]
    }

    public static func convert(_ text: String, from charset: LegacyCharset, capitals: Bool = false) -> Result {
        switch charset {
        case .tcvn3: return fromTCVN3(text, capitals: capitals)
        case .vni: return fromVNI(text)
        }
    }

    /// Unicode (NFC) to the legacy encoding: for tests and for writing samples.
    public static func encode(_ text: String, to charset: LegacyCharset) -> String {
        var out = ""
        for ch in text.precomposedStringWithCanonicalMapping {
            switch charset {
            case .tcvn3: out += LegacyTables.tcvn3Encode[ch].map(String.init) ?? String(ch)
            case .vni: out += LegacyTables.vniEncode[ch] ?? String(ch)
            }
        }
        return out
    }

    static func fromTCVN3(_ text: String, capitals: Bool) -> Result {
        var out = "", origins: [Int] = []
        for (i, ch) in text.enumerated() {
            var mapped = LegacyTables.tcvn3Decode[ch] ?? ch
            if capitals { mapped = Character(String(mapped).uppercased()) }
            out.append(mapped)
            origins.append(i)
        }
        return Result(text: out, origins: origins)
    }

    static func fromVNI(_ text: String) -> Result {
        let chars = Array(text)
        var out = "", origins: [Int] = []
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if let single = LegacyTables.vniSingle[ch] {
                // "ô" and "ö" are ơ and ư, and take tone codes after them.
                var letter = single, j = i + 1
                if j < chars.count, let tone = LegacyTables.vniTone[chars[j]], LegacyTables.vniHornBases.contains(ch) {
                    letter = compose(letter, tone)
                    j += 1
                }
                out.append(letter); origins.append(i); i = j
                continue
            }
            if LegacyTables.vniBases.contains(ch), i + 1 < chars.count, let marks = LegacyTables.vniMarks(after: ch, chars[i + 1]) {
                var letter = ch
                for m in marks { letter = compose(letter, m) }
                out.append(letter); origins.append(i); i += 2
                continue
            }
            out.append(ch); origins.append(i); i += 1
        }
        return Result(text: out, origins: origins)
    }

    /// Adds a combining mark to a letter and recomposes.
    static func compose(_ letter: Character, _ mark: Unicode.Scalar) -> Character {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(letter).decomposedStringWithCanonicalMapping.unicodeScalars)
        scalars.append(mark)
        return Character(String(scalars).precomposedStringWithCanonicalMapping)
    }
}
