/// The character formatting of one run of text, after styles and defaults are applied.
public struct RunFormat: Sendable, Codable, Hashable {
    /// Columns of the run within its paragraph (end exclusive).
    public var span: SourceSpan
    /// The font the run's Latin text uses (`w:rFonts w:ascii`, else `w:hAnsi`).
    public var font: String?
    /// Size in half-points (`w:sz`; 26 = 13 pt).
    public var halfPoints: Int?
    public var bold: Bool
    public var italic: Bool
    /// Shown in capitals by formatting (`w:caps`).
    public var caps: Bool
    /// Colour as six hex digits ("000000"), or "auto"; nil when not set.
    public var color: String?
    /// The run has at least one non-space character.
    public var hasVisibleText: Bool
    /// The run's text was written in a legacy 8-bit Vietnamese font and converted.
    public var legacyEncoding: LegacyEncoding?

    public init(span: SourceSpan, font: String? = nil, halfPoints: Int? = nil, bold: Bool = false, italic: Bool = false,
                caps: Bool = false, color: String? = nil, hasVisibleText: Bool = true, legacyEncoding: LegacyEncoding? = nil) {
        self.span = span
        self.font = font
        self.halfPoints = halfPoints
        self.bold = bold
        self.italic = italic
        self.caps = caps
        self.color = color
        self.hasVisibleText = hasVisibleText
        self.legacyEncoding = legacyEncoding
    }

    /// Size in points.
    public var points: Double? { halfPoints.map { Double($0) / 2 } }
}
