import Foundation

/// Normalises one line of plan text without losing the way back to the original.
///
/// What it does, each step one-for-one or a deletion so columns stay exact:
/// - NFC per grapheme (plans arrive in NFD too);
/// - "ƣ/Ƣ" (U+01A3/U+01A2, a PDF-extraction glitch) → "ư/Ư";
/// - non-breaking and other odd spaces, tabs, form feeds → a plain space;
///   zero-width characters and soft hyphens removed;
/// - en/em dashes and the minus sign → "-" (plans mix them in "2021 – 2025");
/// - Markdown emphasis markers ("**", "*", "_" at word edges) and heading hashes removed.
public enum VietnameseNormalizer {
    public static func normalize(line: String, generatedPrefix: String = "") -> NormalizedLine {
        var out = NormalizedLine()
        out.scalars.reserveCapacity(line.unicodeScalars.count + generatedPrefix.unicodeScalars.count)
        out.columns.reserveCapacity(out.scalars.capacity)
        for s in generatedPrefix.unicodeScalars {
            out.scalars.append(s)
            out.columns.append(1)
        }
        var column: Int32 = 0
        var atLineStart = true
        let graphemes = Array(line)
        var i = 0
        while i < graphemes.count {
            let g = graphemes[i]
            column += 1
            defer { i += 1 }
            // Heading hashes at the start of a Markdown line.
            if atLineStart, g == "#" {
                var j = i
                while j < graphemes.count, graphemes[j] == "#" { j += 1 }
                if j - i <= 6, j < graphemes.count, graphemes[j] == " " {
                    column += Int32(j - i)  // skip the hashes and the space
                    i = j
                    continue
                }
            }
            if g == "*" { continue }
            if g == "_" && isEmphasisUnderscore(graphemes, i) { continue }
            if !(g == " " || g == "\t") { atLineStart = false }
            let scalars = g.unicodeScalars
            if scalars.count == 1 {
                if let mapped = mapSingle(scalars.first!) {
                    out.scalars.append(mapped)
                    out.columns.append(column)
                }
                continue
            }
            for s in String(g).precomposedStringWithCanonicalMapping.unicodeScalars {
                guard let mapped = mapSingle(s) else { continue }
                out.scalars.append(mapped)
                out.columns.append(column)
            }
        }
        out.originalWidth = Int(column)
        return out
    }

    /// Maps one scalar; nil removes it.
    @inline(__always)
    static func mapSingle(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x01A3: return "\u{01B0}"  // ƣ → ư
        case 0x01A2: return "\u{01AF}"  // Ƣ → Ư
        case 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x200B...0x200D, 0xFEFF, 0x00AD, 0x2060: return nil
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x00..<0x20: return nil  // other control characters
        default: return s
        }
    }

    /// An underscore is emphasis when it sits at a word edge ("_text_"), not inside a word.
    static func isEmphasisUnderscore(_ g: [Character], _ i: Int) -> Bool {
        let before = i > 0 ? g[i - 1] : " "
        let after = i + 1 < g.count ? g[i + 1] : " "
        let beforeIsWord = before.isLetter || before.isNumber
        let afterIsWord = after.isLetter || after.isNumber
        return beforeIsWord != afterIsWord || (!beforeIsWord && !afterIsWord && (before == "_" || after == "_"))
    }
}
