/// One lexical unit of a timeline: a folded word, a whole number, or a punctuation mark.
///
/// Offsets count Unicode scalars of the NFC text, so a token maps straight back to the
/// words the user wrote (folding is scalar-for-scalar).
struct TimelineToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// A folded word in its canonical spelling ("truoc" for "trước", "TruOc", "tnrOc").
        case word(String)
        /// A run of ASCII digits, with its length (leading zeros count: "01" has two).
        case number(Int, digits: Int)
        /// A single punctuation mark; dashes are unified to "-".
        case mark(Unicode.Scalar)
    }

    var kind: Kind
    /// First scalar of the token in the NFC text.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// Whitespace separates the token from the previous one (emphasis markers do not count).
    var spaceBefore: Bool

    var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    var number: (value: Int, digits: Int)? {
        if case .number(let v, let d) = kind { return (v, d) }
        return nil
    }

    func isWord(_ w: String) -> Bool {
        if case .word(let x) = kind { return x == w }
        return false
    }

    func isMark(_ m: Unicode.Scalar) -> Bool {
        if case .mark(let x) = kind { return x == m }
        return false
    }

    /// A four-digit number between 1990 and 2100: the years plans speak of.
    var plausibleYear: Int? {
        guard case .number(let v, 4) = kind, TimelineToken.plausibleYears.contains(v) else { return nil }
        return v
    }

    /// Years a plan can mean; anything else written as a year is a typo or OCR garbage.
    static let plausibleYears = 1990...2100
}
