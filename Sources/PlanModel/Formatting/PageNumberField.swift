/// A page-number field (`PAGE`) in a header or footer of one section.
public struct PageNumberField: Sendable, Codable, Hashable {
    public enum Placement: String, Sendable, Codable, Hashable { case header, footer }
    /// Which pages the header or footer is for (`w:headerReference w:type`).
    public enum Pages: String, Sendable, Codable, Hashable { case `default`, first, even }

    /// 1-based section number.
    public var section: Int
    public var placement: Placement
    public var pages: Pages
    public var alignment: ParagraphFormat.Alignment?
    public var halfPoints: Int?
    /// The header or footer part ("word/footer1.xml"), for reports.
    public var part: String

    public init(section: Int, placement: Placement, pages: Pages, alignment: ParagraphFormat.Alignment?,
                halfPoints: Int?, part: String) {
        self.section = section
        self.placement = placement
        self.pages = pages
        self.alignment = alignment
        self.halfPoints = halfPoints
        self.part = part
    }
}
