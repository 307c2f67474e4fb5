/// The page of one Word section (`w:sectPr`): paper size, orientation and margins.
///
/// Lengths are in twips (1/20 pt; 1 mm ≈ 56.7 twips), as Word stores them; `mm(_:)`
/// converts for messages and checks.
public struct PageSetup: Sendable, Codable, Hashable {
    /// 1-based section number in document order.
    public var index: Int
    /// Source lines (paragraph numbers) of the section's paragraphs.
    public var lines: ClosedRange<Int>
    /// Where the section's page setup is written (its first paragraph, for reports).
    public var span: SourceSpan
    public var pageWidth: Int?
    public var pageHeight: Int?
    /// Landscape when Word says so (`w:orient`) or the page is wider than it is tall.
    public var isLandscape: Bool
    public var marginTop: Int?
    public var marginBottom: Int?
    public var marginLeft: Int?
    public var marginRight: Int?
    /// "Different first page" (`w:titlePg`): the first page has its own header and footer.
    public var differentFirstPage: Bool

    public init(index: Int, lines: ClosedRange<Int>, span: SourceSpan, pageWidth: Int? = nil, pageHeight: Int? = nil,
                isLandscape: Bool = false, marginTop: Int? = nil, marginBottom: Int? = nil, marginLeft: Int? = nil,
                marginRight: Int? = nil, differentFirstPage: Bool = false) {
        self.index = index
        self.lines = lines
        self.span = span
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.isLandscape = isLandscape
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.differentFirstPage = differentFirstPage
    }

    /// Twips to millimetres.
    public static func mm(_ twips: Int) -> Double { Double(twips) * 25.4 / 1440 }
}
