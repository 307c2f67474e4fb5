/// A plan read from one file: the document model every rule evaluates.
public struct Plan: Sendable, Codable, Hashable {
    public var source: SourceFile
    public var header: Header
    /// The plan's year: from the title ("… năm 2023"), else from the date.
    public var year: Int?
    /// The last year of a multi-year plan ("… đến năm 2030", "giai đoạn 2021-2025"); its
    /// `year` is then the year of issue. Deadlines up to the horizon are within the plan.
    public var horizonYear: Int?
    /// Paragraphs stating the plan's basis ("Căn cứ …", "Thực hiện …").
    public var basis: [Located<String>]
    /// Top-level sections, each with its subtree.
    public var sections: [Section]
    /// All tasks, flat, in document order.
    public var tasks: [PlanTask]
    /// Duties given to units under unit headings in "Tổ chức thực hiện" (not tasks).
    public var assignments: [Assignment]
    /// Parts after the signature: the plan a Quyết định issues, appendices, forms.
    public var parts: [AttachedPart]
    /// Every legal citation in the text, in document order.
    public var references: [LegalReference]
    public var recipients: Recipients?
    public var signature: Signature?
    public var quality: TextQuality
    /// How many lines the source had (for reports).
    public var lineCount: Int
    /// Page setup and paragraph/run formatting, for a Word file (nil for text).
    public var formatting: DocumentFormatting?
    /// Text converted from a legacy encoding (TCVN3, VNI) by the reader.
    public var legacyEncoding: LegacyEncodingUse?

    public init(source: SourceFile, header: Header = Header(), year: Int? = nil, basis: [Located<String>] = [],
                sections: [Section] = [], tasks: [PlanTask] = [], assignments: [Assignment] = [],
                parts: [AttachedPart] = [], references: [LegalReference] = [],
                recipients: Recipients? = nil, signature: Signature? = nil,
                quality: TextQuality = TextQuality(words: 0, validSyllableRatio: 1, diacriticRatio: 1),
                lineCount: Int = 0) {
        self.source = source
        self.header = header
        self.year = year
        self.basis = basis
        self.sections = sections
        self.tasks = tasks
        self.assignments = assignments
        self.parts = parts
        self.references = references
        self.recipients = recipients
        self.signature = signature
        self.quality = quality
        self.lineCount = lineCount
    }

    /// The date to judge time-dependent facts on (which laws were in force): the date of
    /// issue, else the month written in a draft's blank date, else 1 January of the plan's year.
    public var judgingDate: CivilDate? {
        header.date?.value ?? header.approximateDate ?? year.map { CivilDate(year: $0, month: 1, day: 1) }
    }

    /// The plan a Quyết định issues with it ("ban hành kèm theo"): its sections and tasks are
    /// this plan's, and its number and date are those of `header`, the issuing act.
    public var issuedPlan: AttachedPart? { parts.first { $0.kind == .plan } }

    /// The header of the act that issues the plan, when the plan is attached to one.
    public var issuingAct: Header? { issuedPlan == nil ? nil : header }

    /// Every section in document order.
    public var allSections: [Section] { sections.flatMap(\.flattened) }
}
