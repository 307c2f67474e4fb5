/// The numbering styles found in Vietnamese plans.
public enum NumberingStyle: String, Codable, Sendable, Hashable {
    /// "I.", "II." — top-level parts.
    case roman
    /// "1.", "2." — areas.
    case arabic
    /// "1.1.", "2.2." — decimal sub-numbering.
    case decimal
    /// "a)", "b)", … "đ)" — Vietnamese letters.
    case letter
    /// "A.", "B." — capital-letter headings in capitals ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
    /// above the Roman parts of a list of procedures or a long appendix.
    case capital
    /// "a1)", "a.2)", "b1)" — letter with a number.
    case letterNumber
    /// "(1)", "(2)" — parenthesised numbers.
    case parenthesized
    /// "PHỤ LỤC I", "Phụ lục 2" — an appendix: a part of its own, numbering restarts in it.
    case appendix
    /// "Mẫu số 01" — a form or template: the numbering inside it is the form's, not the document's.
    case form
    /// "PHẦN I", "Phần 1" — a part of a legal act or a long plan.
    case part
    /// "Chương I" — a chapter of a legal act.
    case chapter
    /// "Mục 1" — a section of a chapter in a legal act.
    case legalSection
    /// "Điều 1." — an article; its khoản (1., 2.) and điểm (a), b)) restart in every article.
    case article
}

extension NumberingStyle {
    /// The structural units of legal acts and the parts of a document (appendices, forms),
    /// each introduced by a keyword ("Điều 3.", "Chương II", "PHỤ LỤC I").
    public var isStructural: Bool {
        switch self {
        case .appendix, .form, .part, .chapter, .legalSection, .article: return true
        default: return false
        }
    }
}

/// A numbering marker as written at the start of a heading or item.
public struct NumberingMarker: Sendable, Codable, Hashable {
    public var style: NumberingStyle
    /// The label used in paths: "II", "2", "1.1", "a", "đ", "a1".
    public var label: String
    /// Position in its sequence (I=1, b=2, đ=6 in the Vietnamese alphabet, 1.2 → 2).
    public var ordinal: Int
    /// The marker exactly as normalised ("II.", "a)", "1.1.").
    public var text: String
    public var span: SourceSpan

    public init(style: NumberingStyle, label: String, ordinal: Int, text: String, span: SourceSpan) {
        self.style = style
        self.label = label
        self.ordinal = ordinal
        self.text = text
        self.span = span
    }
}
