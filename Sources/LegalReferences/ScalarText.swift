import VietnameseText

/// The scanned text as two parallel arrays of Unicode scalars: as written, and folded.
///
/// Folding is scalar-for-scalar (see `VietnameseFolding`), so an index means the same
/// place in both arrays and every offset the scanner records is an offset into the
/// caller's text.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    let folded: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        folded = scalars.map(VietnameseFolding.fold)
    }

    var count: Int { scalars.count }

    @inline(__always)
    func isDigit(_ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let v = scalars[i].value
        return v >= 0x30 && v <= 0x39
    }

    @inline(__always)
    func isLetter(_ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let v = scalars[i].value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalars[i].properties.isAlphabetic
    }

    @inline(__always)
    func isUppercaseLetter(_ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let v = scalars[i].value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalars[i].properties.isUppercase
    }

    /// Whitespace, including the line breaks a caller may leave in a joined paragraph.
    @inline(__always)
    func isSpace(_ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        switch scalars[i].value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2002...0x200A, 0x202F: return true
        default: return false
        }
    }

    @inline(__always)
    func isAlphanumeric(_ i: Int) -> Bool { isLetter(i) || isDigit(i) }

    @inline(__always)
    func scalar(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < scalars.count ? scalars[i] : nil
    }

    @inline(__always)
    func `is`(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < scalars.count && scalars[i] == c
    }

    /// The text as written in `range`.
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The folded text in `range`, with OCR's "j" read as "i" (Vietnamese has no "j",
    /// and OCR often renders "ị" as "j": "Nghj djnh").
    func matchKey(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for s in folded[range] { view.append(s == "j" ? "i" : s) }
        return String(view)
    }

    /// Index just past a run of at most `limit` whitespace scalars starting at `i`.
    func skipSpaces(from i: Int, limit: Int = 3) -> Int {
        var j = i
        while j < count, j - i < limit, isSpace(j) { j += 1 }
        return j
    }

    /// Index of the first scalar of a run of at most `limit` whitespace scalars ending before `i`.
    func skipSpacesBackward(from i: Int, limit: Int = 3) -> Int {
        var j = i
        while j > 0, i - j < limit, isSpace(j - 1) { j -= 1 }
        return j
    }

    /// End of the run of digits starting at `i`.
    func digitRunEnd(from i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j
    }

    /// Start of the run of digits ending just before `i`.
    func digitRunStart(endingAt i: Int) -> Int {
        var j = i
        while isDigit(j - 1) { j -= 1 }
        return j
    }

    /// The digits of `range` as written.
    func digits(_ range: Range<Int>) -> String { string(range) }
}
