import PlanModel
import VietnameseText

/// Recognises the numbering marker, bullet or noise at the start of a paragraph.
///
/// Tolerates what extraction and OCR do to markers: "I1." and "I11." for "II." and "III.",
/// "al)" and "a.2)" for "a1)" and "a2)", "1.Mục đích" without a space, leading "~ " noise.
enum MarkerScanner {
    struct Match {
        var style: NumberingStyle
        var label: String
        var ordinal: Int
        /// Index of the first marker scalar and just after the marker (before spaces).
        var range: Range<Int>
        /// Index where the content after the marker starts.
        var contentStart: Int
    }

    /// Index after any leading noise ("~ ") and spaces.
    static func contentStart(_ t: MappedText) -> Int {
        var i = t.skipSpaces(from: 0)
        while i < t.count, t.scalars[i] == "~" {
            i = t.skipSpaces(from: i + 1)
        }
        return i
    }

    static func numbering(_ t: MappedText, at start: Int) -> Match? {
        let s = t.scalars, f = t.folded, n = t.count
        guard start < n else { return nil }
        let c = s[start]
        if c.properties.isUppercase, let m = structural(t, at: start) { return m }
        // Parenthesised number "(1)".
        if c == "(" {
            var j = start + 1, value = 0, digits = 0
            while j < n, let d = digit(s[j]), digits < 2 { value = value * 10 + d; j += 1; digits += 1 }
            guard digits > 0, j < n, s[j] == ")" else { return nil }
            return Match(style: .parenthesized, label: String(value), ordinal: value, range: start..<(j + 1), contentStart: t.skipSpaces(from: j + 1))
        }
        // Capital-letter heading "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH" (a heading in capitals; "I", "V",
        // "X" are Roman numerals).
        if c.value >= 0x41, c.value <= 0x5A || c == "Đ", !["I", "V", "X"].contains(c), start + 2 < n, s[start + 1] == ".",
           s[start + 2] == " ", LineClassifier.isAllCaps(t),
           let lower = String(c).lowercased().unicodeScalars.first, let ordinal = VietnameseLetters.ordinal(of: lower) {
            return Match(style: .capital, label: String(c), ordinal: ordinal, range: start..<(start + 2), contentStart: t.skipSpaces(from: start + 2))
        }
        // Roman numeral "II." (OCR: "I1.", "I11.", "Il.").
        if c == "I" || c == "V" || c == "X" {
            var j = start, value = 0, romanChars: [Unicode.Scalar] = []
            while j < n, ["I", "V", "X", "1", "l"].contains(s[j]) { romanChars.append(s[j] == "1" || s[j] == "l" ? "I" : s[j]); j += 1 }
            if j < n, s[j] == ".", romanChars.count <= 6, let v = RomanNumeral.value(ofScalars: romanChars) {
                value = v
                let after = j + 1
                if after >= n || s[after] == " " || s[after].properties.isUppercase {
                    let label = RomanNumeral.uppercase(value)!
                    return Match(style: .roman, label: label, ordinal: value, range: start..<after, contentStart: t.skipSpaces(from: after))
                }
            }
            return nil
        }
        // Arabic "1." or decimal "1.1." / "1.1".
        if digit(c) != nil {
            var components: [Int] = []
            var j = start
            while true {
                var value = 0, digits = 0
                while j < n, let d = digit(s[j]) { value = value * 10 + d; j += 1; digits += 1 }
                guard digits >= 1, digits <= 2 else { return nil }
                components.append(value)
                if j < n, s[j] == ".", j + 1 < n, digit(s[j + 1]) != nil, components.count < 4 { j += 1; continue }
                break
            }
            var end = j
            if j < n, s[j] == "." || (s[j] == ")" && components.count == 1) { end = j + 1 }
            else if components.count == 1 { return nil }  // "5 tháng" is not a marker
            // "1.[9]": a consolidated text (VBHN) puts its footnote reference right after the marker.
            let footnote = end + 1 < n && s[end] == "[" && digit(s[end + 1]) != nil
            guard end >= n || s[end] == " " || s[end].properties.isAlphabetic || footnote else { return nil }
            if end < n, s[end] != " ", components.count > 1 { return nil }
            let label = components.map(String.init).joined(separator: ".")
            return Match(style: components.count == 1 ? .arabic : .decimal, label: label, ordinal: components.last!,
                         range: start..<end, contentStart: t.skipSpaces(from: end))
        }
        // Letter "a)", "đ)"; letter-number "a1)", "a.2)", "al)".
        // A list letter has no tone mark ("ủ)" is a word's broken end, not a marker).
        if f[start].value >= 0x61, f[start].value <= 0x7A, !c.properties.isUppercase, c == f[start] || c == "đ" {
            let letter: Unicode.Scalar = c == "đ" ? "đ" : f[start]
            var j = start + 1
            if j < n, s[j] == ")" {
                guard let ordinal = VietnameseLetters.ordinal(of: letter) ?? VietnameseLetters.englishOrdinal(of: letter) else { return nil }
                return Match(style: .letter, label: String(letter), ordinal: ordinal, range: start..<(j + 1), contentStart: t.skipSpaces(from: j + 1))
            }
            if j < n, s[j] == "." { j += 1 }
            var value = 0, digits = 0
            while j < n, digits < 2, let d = digit(s[j]) ?? (s[j] == "l" ? 1 : nil) { value = value * 10 + d; j += 1; digits += 1 }
            guard digits > 0, j < n, s[j] == ")" else { return nil }
            return Match(style: .letterNumber, label: "\(letter)\(value)", ordinal: value, range: start..<(j + 1), contentStart: t.skipSpaces(from: j + 1))
        }
        return nil
    }

    /// Keywords of structural units, folded, with their style and the label prefix used in paths.
    static let structuralKeywords: [(pattern: String, style: NumberingStyle, prefix: String)] = [
        ("phu luc", .appendix, "PL"), ("mau so", .form, "Mẫu "), ("mau", .form, "Mẫu "), ("phan", .part, "Phần "),
        ("chuong", .chapter, "Chương "), ("muc", .legalSection, "Mục "), ("dieu", .article, "Điều "),
    ]

    /// "Điều 3.", "Chương II", "Mục 1. …", "PHẦN I.", "PHỤ LỤC II", "Mẫu số 01": the keyword,
    /// then a Roman or Arabic number, then the end, "." or ":" (a heading may also go on in
    /// capitals: "Chương I QUY ĐỊNH CHUNG"). "Điều kiện", "Chương trình", "Mục tiêu" have no
    /// number and are words. An appendix may have no number when it stands alone ("PHỤ LỤC").
    static func structural(_ t: MappedText, at start: Int) -> Match? {
        let s = t.scalars, n = t.count
        for (pattern, style, prefix) in structuralKeywords {
            guard let kwEnd = t.matchFolded(pattern, at: start) else { continue }
            // A whole word: "Mục" but not "Mục tiêu" is checked by the number below; "Phầnmềm" is no keyword.
            guard kwEnd >= n || !s[kwEnd].properties.isAlphabetic else { continue }
            var j = t.skipSpaces(from: kwEnd)
            if j >= n {
                // "PHỤ LỤC" on its own line: an unnumbered appendix (all capitals only).
                guard style == .appendix, s[start + 1].properties.isUppercase else { return nil }
                return Match(style: style, label: prefix, ordinal: 1, range: start..<kwEnd, contentStart: n)
            }
            guard j > kwEnd else { return nil }
            let numberStart = j
            var value = 0, digits = 0
            while j < n, let d = digit(s[j]), digits < 3 { value = value * 10 + d; j += 1; digits += 1 }
            var label: String
            if digits > 0 {
                label = String(s[numberStart..<j].map(Character.init))
                // "Điều 5a." — an article inserted by an amendment.
                if style == .article, j < n, s[j].properties.isLowercase, j + 1 >= n || s[j + 1] == "." {
                    label.append(Character(s[j])); j += 1
                }
            } else {
                var roman: [Unicode.Scalar] = []
                while j < n, ["I", "V", "X", "L"].contains(s[j]), roman.count < 7 { roman.append(s[j]); j += 1 }
                guard !roman.contains("L"), let v = RomanNumeral.value(ofScalars: roman) else { return nil }
                value = v
                label = RomanNumeral.uppercase(v)!
            }
            // What may follow the number.
            let after = j
            var contentStart = after
            if after < n {
                let next = s[after]
                if next == "." || next == ":" || next == ")" {
                    contentStart = t.skipSpaces(from: after + 1)
                } else if next == " " {
                    // An article needs its full stop; other headings may go on in capitals or after a dash.
                    guard style != .article else { return nil }
                    let k = t.skipSpaces(from: after)
                    guard k < n, s[k].properties.isUppercase || s[k] == "-" || s[k] == "–" || s[k] == "(" else { return nil }
                    // "Phần 2 của …" is a sentence; a part heading that goes on is in capitals.
                    if style == .part, !LineClassifier.isAllCaps(t) { return nil }
                    contentStart = k
                } else if next == "/" || next == "-" {
                    return nil  // "Mẫu số 03/TNDN": a form code inside a sentence.
                } else {
                    return nil
                }
            }
            let fullLabel = style == .appendix ? "\(prefix).\(label)" : prefix + label
            return Match(style: style, label: fullLabel, ordinal: value, range: start..<after, contentStart: contentStart)
        }
        return nil
    }

    /// A bullet ("-", "+", "•") at `start`; returns the bullet and where content starts.
    static func bullet(_ t: MappedText, at start: Int) -> (Unicode.Scalar, Int)? {
        guard start < t.count else { return nil }
        let c = t.scalars[start]
        guard ["-", "+", "•", "·", "○", "◦", "▪"].contains(c) else { return nil }
        // "-2021" is not a bullet, "- 2021" is content.
        if start + 1 < t.count, digit(t.scalars[start + 1]) != nil { return nil }
        var j = start + 1
        while j < t.count, t.scalars[j] == " " || t.scalars[j] == "," { j += 1 }
        return (c == "•" || c == "·" || c == "○" || c == "◦" || c == "▪" ? "-" : c, j)
    }

    @inline(__always) static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }
}
