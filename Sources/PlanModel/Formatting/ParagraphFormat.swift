/// How one paragraph is laid out, with each run's character formatting.
///
/// Lengths are in twips; `nil` means Word's default applies (no indent, no spacing, left
/// alignment, single line spacing).
public struct ParagraphFormat: Sendable, Codable, Hashable {
    /// Horizontal alignment as Word names it.
    public enum Alignment: String, Sendable, Codable, Hashable {
        case left, center, right, justify, distribute
    }

    /// Line spacing: a multiple of single lines, or a fixed height in twips.
    public enum LineSpacing: Sendable, Codable, Hashable {
        /// `w:lineRule="auto"`: the value is in 240ths of a line (240 = single).
        case multiple(Double)
        /// Exactly this height (`exact`) or at least it (`atLeast`), in twips.
        case exactly(Int)
        case atLeast(Int)
    }

    /// `SourceLine.number` of the paragraph.
    public var line: Int
    /// The whole paragraph as the reader shows it.
    public var span: SourceSpan
    /// The paragraph style id (`w:pStyle`), nil for the default style.
    public var style: String?
    /// The style's display name ("Heading 1"), when styles.xml names it.
    public var styleName: String?
    public var alignment: Alignment?
    public var firstLineIndent: Int?
    public var hangingIndent: Int?
    public var leftIndent: Int?
    public var spacingBefore: Int?
    public var spacingAfter: Int?
    public var lineSpacing: LineSpacing?
    /// The paragraph carries Word's automatic numbering or bullet.
    public var isNumbered: Bool
    /// The paragraph sits in a table cell.
    public var inTable: Bool
    /// The paragraph has a bottom border (the short rule under a header component).
    public var hasBottomBorder: Bool
    /// The paragraph anchors a drawing, shape or picture (Word draws the short rules under
    /// header components as line shapes).
    public var hasDrawing: Bool
    /// The paragraph's text holds a typed rule: three or more of "_", "-", "─"… in a row.
    public var hasTypedRule: Bool
    public var runs: [RunFormat]

    public init(line: Int, span: SourceSpan, style: String? = nil, styleName: String? = nil, alignment: Alignment? = nil,
                firstLineIndent: Int? = nil, hangingIndent: Int? = nil, leftIndent: Int? = nil,
                spacingBefore: Int? = nil, spacingAfter: Int? = nil, lineSpacing: LineSpacing? = nil,
                isNumbered: Bool = false, inTable: Bool = false, hasBottomBorder: Bool = false, hasDrawing: Bool = false,
                hasTypedRule: Bool = false, runs: [RunFormat] = []) {
        self.line = line
        self.span = span
        self.style = style
        self.styleName = styleName
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.hangingIndent = hangingIndent
        self.leftIndent = leftIndent
        self.spacingBefore = spacingBefore
        self.spacingAfter = spacingAfter
        self.lineSpacing = lineSpacing
        self.isNumbered = isNumbered
        self.inTable = inTable
        self.hasBottomBorder = hasBottomBorder
        self.hasDrawing = hasDrawing
        self.hasTypedRule = hasTypedRule
        self.runs = runs
    }

    /// Whether `text` holds a typed rule (three or more rule characters in a row).
    public static func holdsTypedRule(_ text: String) -> Bool {
        var run = 0
        for c in text.unicodeScalars {
            if "_-‐–—─━═‗¯".unicodeScalars.contains(c) {
                run += 1
                if run >= 3 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Runs that show text (whitespace-only runs do not decide how a paragraph looks).
    public var textRuns: [RunFormat] { runs.filter { $0.hasVisibleText } }
}
