/// The presentation facts a structured reader (Word) found: page setup per section, the
/// formatting of every paragraph and run, and where page numbers are printed.
///
/// Values are as Word shows them, after styles and document defaults are applied, so a
/// check compares them with Nghị định 30/2020/NĐ-CP, Phụ lục I without knowing Word.
/// Text formats have none (`Plan.formatting` is nil).
public struct DocumentFormatting: Sendable, Codable, Hashable {
    /// Sections in order (a landscape appendix is a section of its own).
    public var sections: [PageSetup]
    /// Body paragraphs in order; `line` is the `SourceLine.number` of the paragraph.
    public var paragraphs: [ParagraphFormat]
    /// Page-number fields found in headers and footers.
    public var pageNumbers: [PageNumberField]
    /// The paragraphs that carry a reviewer's comment (`w:commentReference`), one span per
    /// comment, in document order: a draft still under review.
    public var comments: [SourceSpan]

    public init(sections: [PageSetup] = [], paragraphs: [ParagraphFormat] = [], pageNumbers: [PageNumberField] = [],
                comments: [SourceSpan] = []) {
        self.sections = sections
        self.paragraphs = paragraphs
        self.pageNumbers = pageNumbers
        self.comments = comments
    }

    enum CodingKeys: String, CodingKey { case sections, paragraphs, pageNumbers, comments }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sections = try c.decode([PageSetup].self, forKey: .sections)
        paragraphs = try c.decode([ParagraphFormat].self, forKey: .paragraphs)
        pageNumbers = try c.decode([PageNumberField].self, forKey: .pageNumbers)
        comments = try c.decodeIfPresent([SourceSpan].self, forKey: .comments) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sections, forKey: .sections)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(pageNumbers, forKey: .pageNumbers)
        // Most files have none; the key is left out then, so extracts of them do not change.
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }

    /// The paragraph on source line `line`, if it was recorded.
    public func paragraph(atLine line: Int) -> ParagraphFormat? {
        // Paragraphs are recorded in line order, so a binary search finds one.
        var low = 0, high = paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let n = paragraphs[mid].line
            if n == line { return paragraphs[mid] }
            if n < line { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The section a paragraph belongs to.
    public func section(ofLine line: Int) -> PageSetup? {
        sections.first { $0.lines.contains(line) } ?? sections.last
    }
}
