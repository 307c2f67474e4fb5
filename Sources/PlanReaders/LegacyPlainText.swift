import PlanModel
import VietnameseText

/// Plain text typed in TCVN3 or VNI (copied out of an old Word file, so each 8-bit code
/// arrived as the Latin-1 character): recognised over the whole file and converted line by
/// line, so that the parser reads Vietnamese instead of judging the text as damaged.
///
/// TCVN3 converts one character to one, so columns are unchanged; VNI letters shrink
/// (base + mark codes → one letter) and columns then count the converted letters.
enum LegacyPlainText {
    static func convert(_ lines: inout [SourceLine], file: String) -> LegacyEncodingUse? {
        let sample = lines.prefix(400).map(\.text).joined(separator: "\n")
        guard let charset = LegacyTextDetector.detect(sample) else { return nil }
        var first: SourceSpan?
        var count = 0
        for i in lines.indices {
            var converted = LegacyTextConverter.convert(lines[i].text, from: charset).text
            if charset == .tcvn3 { converted = restoreCapitals(converted, original: lines[i].text) }
            guard converted != lines[i].text else { continue }
            if first == nil {
                first = SourceSpan(file: file, start: .init(line: lines[i].number, column: 1),
                                   end: .init(line: lines[i].number, column: converted.count + 1))
            }
            lines[i].text = converted
            count += 1
        }
        return first.map { LegacyEncodingUse(encoding: LegacyEncoding(charset), span: $0, count: count) }
    }

    /// TCVN3 has no codes for most accented capitals: a capitals-only font shows the
    /// lower-case codes as capitals, and plain text loses the font. A converted letter is
    /// made a capital when the other letters of its word are capitals ("QU¶NG" → "QUẢNG"),
    /// or, in a word with no other letter to tell, when every other word of the line is in
    /// capitals ("KÕ HO¹CH" → "KẾ HOẠCH"). The conversion is one letter for one, so the
    /// original and converted words line up.
    static func restoreCapitals(_ converted: String, original: String) -> String {
        let conv = Array(converted), orig = Array(original)
        guard conv.count == orig.count else { return converted }
        // Word ranges.
        var words: [Range<Int>] = []
        var start: Int?
        for (i, ch) in conv.enumerated() {
            if ch.isLetter { if start == nil { start = i } } else if let s = start { words.append(s..<i); start = nil }
        }
        if let s = start { words.append(s..<conv.count) }
        func plain(_ r: Range<Int>) -> [Character] { r.filter { conv[$0] == orig[$0] }.map { conv[$0] } }
        func isCaps(_ r: Range<Int>) -> Bool? {
            let letters = plain(r).filter(\.isLetter)
            return letters.isEmpty ? nil : letters.allSatisfy(\.isUppercase)
        }
        var out = conv
        for (k, w) in words.enumerated() {
            let letters = plain(w).filter(\.isLetter)
            var upper = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            if letters.count < 2 {
                let others = words.enumerated().filter { $0.offset != k }.compactMap { isCaps($0.element) }
                upper = !others.isEmpty && others.allSatisfy { $0 } && letters.allSatisfy(\.isUppercase)
            }
            if upper { for i in w where conv[i] != orig[i] { out[i] = Character(String(conv[i]).uppercased()) } }
        }
        return String(out)
    }
}
