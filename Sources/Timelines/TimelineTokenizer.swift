import VietnameseText

/// Splits timeline text into words, numbers and marks over diacritic-folded scalars.
///
/// One pass over the scalars, no regular expressions. Markdown emphasis ("**", "*", "_",
/// "`") is transparent, dashes are unified, "ƣ" (a PDF-extraction glitch) reads as "u",
/// and a year split by OCR ("202 1") is joined back when the result is a plausible year.
enum TimelineTokenizer {
    /// Tokens of `scalars`, which must be NFC; offsets in the tokens index `scalars`.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TimelineToken] {
        var tokens: [TimelineToken] = []
        tokens.reserveCapacity(scalars.count / 3 + 1)
        var i = 0
        var sawSpace = false
        var spaceRun = 0
        var sawNewline = false
        let n = scalars.count
        while i < n {
            let raw = scalars[i]
            let s = folded(raw)
            if isEmphasis(s) { i += 1; continue }
            if s.properties.isWhitespace {
                sawSpace = true
                spaceRun += 1
                if s == "\n" || s == "\r" { sawNewline = true }
                i += 1
                continue
            }
            let gapIsSingleSpace = sawSpace && !sawNewline && spaceRun <= 2
            let spaceBefore = sawSpace
            sawSpace = false
            spaceRun = 0
            sawNewline = false

            guard isWordScalar(s) else {
                tokens.append(TimelineToken(kind: .mark(unifiedMark(s)), start: i, end: i + 1, spaceBefore: spaceBefore))
                i += 1
                continue
            }
            // A run of letters and digits; "." joins two runs only for known OCR spellings.
            let start = i
            var run = String.UnicodeScalarView()
            var allDigits = true
            while i < n {
                let f = folded(scalars[i])
                if isWordScalar(f) {
                    run.append(f)
                    if !isDigit(f) { allDigits = false }
                    i += 1
                } else if f == ".", !allDigits, i + 1 < n, isLetter(folded(scalars[i + 1])),
                          let joined = dottedJoin(run, scalars, from: i + 1) {
                    run = joined.run
                    i = joined.end
                } else {
                    break
                }
            }
            if allDigits, run.count <= 9 {
                var value = 0
                for d in run { value = value * 10 + Int(d.value - 48) }
                let token = TimelineToken(kind: .number(value, digits: run.count), start: start, end: i,
                                          spaceBefore: spaceBefore)
                if gapIsSingleSpace, let joined = joinedSplitYear(tokens.last, token, next: i < n ? scalars[i] : nil) {
                    tokens[tokens.count - 1] = joined
                } else {
                    tokens.append(token)
                }
            } else {
                tokens.append(TimelineToken(kind: .word(TimelineLexicon.canonical(String(run))), start: start, end: i,
                                            spaceBefore: spaceBefore))
            }
        }
        return tokens
    }

    /// "202 1" → 2021: OCR splits a year's digits; join only when the result is a
    /// four-digit plausible year and nothing date-like follows ("20 21/3" stays apart).
    private static func joinedSplitYear(_ previous: TimelineToken?, _ current: TimelineToken,
                                        next: Unicode.Scalar?) -> TimelineToken? {
        guard let previous, let left = previous.number, let right = current.number,
              (1...3).contains(left.digits), left.digits + right.digits == 4, next != "/" else { return nil }
        var value = left.value
        for _ in 0..<right.digits { value *= 10 }
        value += right.value
        guard TimelineToken.plausibleYears.contains(value) else { return nil }
        return TimelineToken(kind: .number(value, digits: 4), start: previous.start, end: current.end,
                             spaceBefore: previous.spaceBefore)
    }

    /// Extends `run` across a "." when the joined spelling is a known OCR form ("tri.roc").
    private static func dottedJoin(_ run: String.UnicodeScalarView, _ scalars: [Unicode.Scalar],
                                   from: Int) -> (run: String.UnicodeScalarView, end: Int)? {
        var candidate = run
        candidate.append(".")
        var j = from
        while j < scalars.count, isLetter(folded(scalars[j])) {
            candidate.append(folded(scalars[j]))
            j += 1
        }
        return TimelineLexicon.joinsAcrossDot(String(candidate)) ? (candidate, j) : nil
    }

    @inline(__always)
    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        // "ƣ"/"Ƣ" is what some PDF extractors produce for "ư"/"Ư".
        if s.value == 0x1A3 || s.value == 0x1A2 { return "u" }
        return VietnameseFolding.fold(s)
    }

    @inline(__always)
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always)
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value >= 97 && s.value <= 122) || (s.value >= 65 && s.value <= 90) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    @inline(__always)
    private static func isEmphasis(_ s: Unicode.Scalar) -> Bool {
        s == "*" || s == "_" || s == "`" || s.value == 0x200B || s.value == 0xAD || s.value == 0xFEFF
    }

    private static func unifiedMark(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1B: return ";"
        case 0xFF0C: return ","
        default: return s
        }
    }
}
