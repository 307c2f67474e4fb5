/// The document components at the top of a plan (Nghị định 30/2020/NĐ-CP, Điều 8).
///
/// Every field is optional: absent means the parser did not find it, never a guess.
public struct Header: Sendable, Codable, Hashable {
    /// Issuing body, e.g. "VĂN PHÒNG" or "BAN DÂN TỘC".
    public var issuer: Located<String>?
    /// The body above the issuer, e.g. "UBND TỈNH QUẢNG NGÃI".
    public var parentIssuer: Located<String>?
    /// The "Số: 98/KH-BDT" line as found (its span covers the whole component).
    public var numberLine: Located<String>?
    /// The document number ("98"); an empty string when left blank in a draft ("Số: /KH-VP").
    public var number: Located<String>?
    /// The symbol after the number ("KH-BDT").
    public var symbol: Located<String>?
    /// Place of issue ("Quảng Ngãi").
    public var place: Located<String>?
    /// The whole place-and-date component as written.
    public var dateLine: Located<String>?
    /// The date of issue; nil when absent or left blank.
    public var date: Located<CivilDate>?
    /// True when the date line is present but its day or month is blank ("ngày   tháng 12 năm 2022").
    public var dateIsBlank: Bool
    /// The first day of the month (or year) written when the day is left blank; used only
    /// where an approximate date of issue is better than none (legal status on that date).
    public var approximateDate: CivilDate?
    /// Document type ("KẾ HOẠCH").
    public var documentType: Located<String>?
    /// The summary title: the whole trích yếu ("Cải cách hành chính năm 2023"); for a
    /// công văn its "V/v …" line.
    public var title: Located<String>?
    /// The national name, Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), as found.
    public var nationalName: Located<String>?
    /// The motto, Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc"), as found.
    public var motto: Located<String>?
    /// The document's type as its header shows it (the printed name, or for a công văn the
    /// absence of one); nil when the header does not tell.
    public var kind: DocumentType?

    public init(issuer: Located<String>? = nil, parentIssuer: Located<String>? = nil, numberLine: Located<String>? = nil,
                number: Located<String>? = nil, symbol: Located<String>? = nil, place: Located<String>? = nil,
                dateLine: Located<String>? = nil, date: Located<CivilDate>? = nil, dateIsBlank: Bool = false,
                documentType: Located<String>? = nil, title: Located<String>? = nil) {
        self.issuer = issuer
        self.parentIssuer = parentIssuer
        self.numberLine = numberLine
        self.number = number
        self.symbol = symbol
        self.place = place
        self.dateLine = dateLine
        self.date = date
        self.dateIsBlank = dateIsBlank
        self.approximateDate = nil
        self.documentType = documentType
        self.title = title
        self.kind = nil
        self.nationalName = nil
        self.motto = nil
    }

    /// True when "Số:" is present but its number is blank (a draft).
    public var numberIsBlank: Bool { number.map { $0.value.isEmpty } ?? false }
}
