/// The kinds of document a header can name: the administrative types of Nghị định
/// 30/2020/NĐ-CP Phụ lục III with their abbreviations, the normative types (Luật, Nghị
/// định, Thông tư, …), the công văn (which prints no type name) and the văn bản hợp nhất.
///
/// Defined once here so that parsing, header rules and citations share one table (it can
/// replace `LegalReferences.LegalDocumentTypes`).
public struct DocumentType: Sendable, Codable, Hashable {
    /// Stable identifier used in rule files (`where: { document_type: [ke-hoach] }`).
    public let id: String
    /// The name as printed in a header, in capitals ("KẾ HOẠCH").
    public let name: String
    /// The abbreviation of NĐ 30 Phụ lục III used in symbols ("KH"); nil for the công văn.
    public let code: String?
    /// A normative document (văn bản quy phạm pháp luật), or the consolidated text of one.
    public let isNormative: Bool
    /// Whether every document of the type carries a year segment in its symbol
    /// ("107/2021/NĐ-CP"); a văn bản hợp nhất does not ("89/VBHN-BQP").
    public let symbolHasYear: Bool
    /// A plan-like document: planlint's plan rules apply to it.
    public let isPlan: Bool

    public init(id: String, name: String, code: String?, isNormative: Bool = false, symbolHasYear: Bool? = nil, isPlan: Bool = false) {
        self.id = id
        self.name = name
        self.code = code
        self.isNormative = isNormative
        self.symbolHasYear = symbolHasYear ?? isNormative
        self.isPlan = isPlan
    }

    /// Vietnamese name in sentence case ("Quyết định") for messages.
    public var displayName: String {
        guard let first = name.first else { return name }
        return String(first) + name.dropFirst().lowercased()
    }

    public static let congVan = DocumentType(id: "cong-van", name: "CÔNG VĂN", code: nil)
    public static let vanBanHopNhat = DocumentType(id: "van-ban-hop-nhat", name: "VĂN BẢN HỢP NHẤT", code: "VBHN", isNormative: true, symbolHasYear: false)

    /// Every type, longest names first so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ".
    public static let all: [DocumentType] = [
        DocumentType(id: "thong-tu-lien-tich", name: "THÔNG TƯ LIÊN TỊCH", code: "TTLT", isNormative: true),
        DocumentType(id: "nghi-quyet-lien-tich", name: "NGHỊ QUYẾT LIÊN TỊCH", code: "NQLT", isNormative: true),
        DocumentType(id: "luat", name: "LUẬT", code: nil, isNormative: true),
        DocumentType(id: "phap-lenh", name: "PHÁP LỆNH", code: nil, isNormative: true),
        DocumentType(id: "nghi-dinh", name: "NGHỊ ĐỊNH", code: "NĐ", isNormative: true),
        DocumentType(id: "thong-tu", name: "THÔNG TƯ", code: "TT", isNormative: true),
        DocumentType(id: "nghi-quyet", name: "NGHỊ QUYẾT", code: "NQ"),
        DocumentType(id: "quyet-dinh", name: "QUYẾT ĐỊNH", code: "QĐ"),
        DocumentType(id: "chi-thi", name: "CHỈ THỊ", code: "CT"),
        DocumentType(id: "quy-che", name: "QUY CHẾ", code: "QC"),
        DocumentType(id: "quy-dinh", name: "QUY ĐỊNH", code: "QyĐ"),
        DocumentType(id: "thong-cao", name: "THÔNG CÁO", code: "TC"),
        DocumentType(id: "thong-bao", name: "THÔNG BÁO", code: "TB"),
        DocumentType(id: "huong-dan", name: "HƯỚNG DẪN", code: "HD"),
        DocumentType(id: "chuong-trinh", name: "CHƯƠNG TRÌNH", code: "CTr", isPlan: true),
        DocumentType(id: "ke-hoach", name: "KẾ HOẠCH", code: "KH", isPlan: true),
        DocumentType(id: "phuong-an", name: "PHƯƠNG ÁN", code: "PA", isPlan: true),
        DocumentType(id: "de-an", name: "ĐỀ ÁN", code: "ĐA", isPlan: true),
        DocumentType(id: "du-an", name: "DỰ ÁN", code: "DA", isPlan: true),
        DocumentType(id: "bao-cao", name: "BÁO CÁO", code: "BC"),
        DocumentType(id: "bien-ban", name: "BIÊN BẢN", code: "BB"),
        DocumentType(id: "to-trinh", name: "TỜ TRÌNH", code: "TTr"),
        DocumentType(id: "hop-dong", name: "HỢP ĐỒNG", code: "HĐ"),
        DocumentType(id: "cong-dien", name: "CÔNG ĐIỆN", code: "CĐ"),
        DocumentType(id: "ban-ghi-nho", name: "BẢN GHI NHỚ", code: "GN"),
        DocumentType(id: "ban-thoa-thuan", name: "BẢN THỎA THUẬN", code: "TTh"),
        DocumentType(id: "giay-uy-quyen", name: "GIẤY ỦY QUYỀN", code: "GUQ"),
        DocumentType(id: "giay-moi", name: "GIẤY MỜI", code: "GM"),
        DocumentType(id: "giay-gioi-thieu", name: "GIẤY GIỚI THIỆU", code: "GGT"),
        DocumentType(id: "giay-nghi-phep", name: "GIẤY NGHỈ PHÉP", code: "NP"),
        DocumentType(id: "phieu-gui", name: "PHIẾU GỬI", code: "PG"),
        DocumentType(id: "phieu-chuyen", name: "PHIẾU CHUYỂN", code: "PC"),
        DocumentType(id: "phieu-bao", name: "PHIẾU BÁO", code: "PB"),
        DocumentType(id: "thu-cong", name: "THƯ CÔNG", code: nil),
        vanBanHopNhat,
        congVan,
    ]

    /// The type with this identifier.
    public static func withID(_ id: String) -> DocumentType? { all.first { $0.id == id } }

    /// The type whose symbol code this is ("QĐ" in "QĐ-UBND"), compared without case.
    public static func withCode(_ code: String) -> DocumentType? {
        let c = code.uppercased()
        return all.first { $0.code?.uppercased() == c }
    }
}
