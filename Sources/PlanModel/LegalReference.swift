/// A citation of a legal document found in a plan's text, with its parsed parts.
///
/// Produced by the `LegalReferences` grammar.
public struct LegalReference: Hashable, Codable, Sendable {
    /// The three shapes of Vietnamese document symbols, which number differently.
    public enum Shape: String, Hashable, Codable, Sendable {
        /// State normative document: "107/2021/NĐ-CP" (number/year/type-body).
        case normative
        /// State administrative document: "2108/QĐ-UBND" (numbers restart each year).
        case administrative
        /// Party document: "04-NQ/TU" (hyphen after the number).
        case party
        /// A law cited by its name and date without a symbol: "Luật Tổ chức chính quyền
        /// địa phương ngày 16/6/2025". `symbol` is then the name ("Luật Tổ chức chính quyền
        /// địa phương") and `number` is empty.
        case named
    }

    /// Canonical type word ("Quyết định", "Nghị định", "Công văn"…), nil if none was written.
    public var typeWord: String?
    /// The document number as digits, e.g. "2108".
    public var number: String
    /// The year segment of a normative symbol ("2021" in 107/2021/NĐ-CP).
    public var yearSegment: Int?
    /// Canonical type code of the symbol ("QĐ", "NĐ", "NQ"…), nil for Công văn.
    public var typeCode: String?
    /// Issuing-body code(s) of the symbol ("UBND", "CP", "TU", "BNV-CCHC" → "BNV-CCHC").
    public var issuerCode: String?
    public var shape: Shape
    /// Canonical symbol text, e.g. "107/2021/NĐ-CP", "2108/QĐ-UBND", "04-NQ/TU".
    public var symbol: String
    /// Date of issue when written ("ngày 23/12/2021"); may be an impossible date.
    public var date: CivilDate?
    /// The date exactly as written.
    public var dateText: String?
    /// The year of issue when only the year is written ("Nghị quyết 127/NQ-CP năm 2023"),
    /// or the date's year; nil when neither is written.
    public var issueYear: Int?
    /// Set when the date was read from before the citation ("Ngày 21/8/2025, Cục Thuế có
    /// công văn số …"): good enough to identify the document, too loose to accuse it.
    public var dateIsInferred: Bool
    /// Issuer words after the symbol ("của Chủ tịch UBND tỉnh"), if written.
    public var issuerText: String?
    /// The whole citation as written (normalised text).
    public var text: String
    public var span: SourceSpan

    public init(typeWord: String?, number: String, yearSegment: Int?, typeCode: String?, issuerCode: String?,
                shape: Shape, symbol: String, date: CivilDate?, dateText: String?, issuerText: String?,
                text: String, span: SourceSpan, issueYear: Int? = nil, dateIsInferred: Bool = false) {
        self.typeWord = typeWord
        self.number = number
        self.yearSegment = yearSegment
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.shape = shape
        self.symbol = symbol
        self.date = date
        self.dateText = dateText
        self.issueYear = issueYear ?? date?.year
        self.dateIsInferred = dateIsInferred
        self.issuerText = issuerText
        self.text = text
        self.span = span
    }
}
