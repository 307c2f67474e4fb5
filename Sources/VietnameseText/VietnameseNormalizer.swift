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
        var out = normalizeScalars(line: line, generatedPrefix: generatedPrefix)
        removeHTMLComments(&out)
        return out
    }

    /// Drops "<!-- … -->" (planlint-disable markers, Markdown comments): not plan text.
    /// Columns of the remaining scalars are unchanged.
    static func removeHTMLComments(_ line: inout NormalizedLine) {
        let s = line.scalars
        guard s.count >= 7, s.contains("<") else { return }
        var keep = [Bool](repeating: true, count: s.count)
        var i = 0, found = false
        while i + 3 < s.count {
            if s[i] == "<", s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                guard j + 2 < s.count else { break }
                for k in i...(j + 2) { keep[k] = false }
                found = true
                i = j + 3
                continue
            }
            i += 1
        }
        guard found else { return }
        var scalars: [Unicode.Scalar] = [], columns: [Int32] = []
        for k in 0..<s.count where keep[k] { scalars.append(s[k]); columns.append(line.columns[k]) }
        line.scalars = scalars
        line.columns = columns
    }

    static func normalizeScalars(line: String, generatedPrefix: String) -> NormalizedLine {
        var out = NormalizedLine()
        out.scalars.reserveCapacity(line.unicodeScalars.count + generatedPrefix.unicodeScalars.count)
        out.columns.reserveCapacity(out.scalars.capacity)
        for s in generatedPrefix.unicodeScalars {
            out.scalars.append(s)
            out.columns.append(1)
        }
        // The line as NFC scalars, each with the column of the character it belongs to and
        // whether it starts that character. NFC Vietnamese text (the common case) has one
        // scalar per character and skips the costly grapheme split.
        var units: [Unicode.Scalar] = [], columns: [Int32] = [], starts: [Bool] = []
        var width = 0
        let simple = isOneScalarPerCharacter(line)
        if simple {
            units = Array(line.unicodeScalars)
        } else {
            for g in line {
                width += 1
                let scalars = g.unicodeScalars.count == 1 ? Array(g.unicodeScalars)
                    : Array(String(g).precomposedStringWithCanonicalMapping.unicodeScalars)
                for (k, u) in scalars.enumerated() {
                    units.append(u)
                    columns.append(Int32(width))
                    starts.append(k == 0)
                }
            }
        }
        func isWhole(_ i: Int) -> Bool { simple || (starts[i] && (i + 1 == units.count || starts[i + 1])) }
        var atLineStart = true
        var i = 0
        while i < units.count {
            let s = units[i]
            let whole = isWhole(i)
            // Heading hashes at the start of a Markdown line.
            if whole, atLineStart, s == "#" {
                var j = i
                while j < units.count, units[j] == "#", isWhole(j) { j += 1 }
                if j - i <= 6, j < units.count, units[j] == " " {
                    i = j + 1
                    continue
                }
            }
            if whole, s == "*" { i += 1; continue }
            if whole, s == "_", isEmphasisUnderscore(units, i) { i += 1; continue }
            if !(s == " " || s == "\t") { atLineStart = false }
            if let mapped = mapSingle(s) {
                out.scalars.append(mapped)
                out.columns.append(simple ? Int32(i + 1) : columns[i])
            }
            i += 1
        }
        return out
    }

    /// True when every scalar is a character of its own (no combining marks, joiners or
    /// other cluster-forming scalars): NFC Vietnamese text, the common case.
    static func isOneScalarPerCharacter(_ line: String) -> Bool {
        for s in line.unicodeScalars {
            let v = s.value
            if v < 0x300 || (v >= 0x370 && v < 0x1100) || (v >= 0x1E00 && v < 0x200B) || (v >= 0x2010 && v < 0x2060) { continue }
            return false
        }
        return true
    }

    /// An underscore is emphasis when it sits at a word edge ("_text_"), not inside a word.
    static func isEmphasisUnderscore(_ g: [Unicode.Scalar], _ i: Int) -> Bool {
        let before = i > 0 ? g[i - 1] : " "
        let after = i + 1 < g.count ? g[i + 1] : " "
        let beforeIsWord = ScalarClass.isLetter(before) || (before.value >= 0x30 && before.value <= 0x39)
        let afterIsWord = ScalarClass.isLetter(after) || (after.value >= 0x30 && after.value <= 0x39)
        return beforeIsWord != afterIsWord || (!beforeIsWord && !afterIsWord && (before == "_" || after == "_"))
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
}
