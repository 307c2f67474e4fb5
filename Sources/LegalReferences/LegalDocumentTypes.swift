import PlanModel
import VietnameseText

/// The kinds of document a citation names, and the type codes their symbols carry.
///
/// Codes follow Nghị định 30/2020/NĐ-CP, Phụ lục III (abbreviations of document types)
/// for state documents, plus the normative codes (NĐ, TT, TTLT) and the party's own
/// (KL, QĐi). Rules use this table to tell whether a type word agrees with its symbol.
public enum LegalDocumentTypes {
    /// Canonical type words, each with the type codes its symbol may carry.
    ///
    /// An empty list means the symbol carries no type code (Công văn: "3759/BNV-CCHC";
    /// "CV" is tolerated because offices write it). Type words absent from this table
    /// (Luật, Pháp lệnh) are not checked against a code.
    public static let expectedCodes: [String: [String]] = {
        var table: [String: [String]] = [:]
        for type in DocumentType.all { if let code = type.code { table[type.displayName] = [code] } }
        // The party writes its Quy định "QĐi"; offices tolerate "CV" on a công văn.
        table["Quy định", default: []].append("QĐi")
        table["Công văn"] = ["CV"]
        for (word, code) in partyTypes { table[word] = [code] }
        return table
    }()

    /// Types the party issues that are not state administrative documents (Hướng dẫn
    /// 36-HD/VPTW), with their codes.
    static let partyTypes: [String: String] = ["Kết luận": "KL"]

    /// Type words whose documents are normative and so carry a year segment
    /// ("107/2021/NĐ-CP"); citing one without it is malformed.
    public static let normativeTypeWords: Set<String> = [
        "Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết liên tịch", "Luật",
        "Bộ luật", "Pháp lệnh",
    ]

    /// Type codes that only normative documents carry, each with a year segment.
    public static let normativeTypeCodes: Set<String> = Set(DocumentType.all.filter(\.symbolHasYear).compactMap(\.code))

    /// The canonical form of a type code as written ("QD" → "QĐ", "CTR" → "CTr"),
    /// or nil when the text is not a known type code.
    public static func canonicalTypeCode(_ written: String) -> String? {
        let upper = written.uppercased()
        if let code = codesByUppercase[upper] { return code }
        // OCR drops the stroke of Đ; restore it only where no other code is meant
        // ("DA" stays Dự án and "HD" stays Hướng dẫn, since both are codes themselves).
        return codesWithoutStroke[VietnameseFolding.fold(written).uppercased()]
    }

    /// Whether two codes are the same once Đ and D are not told apart, which is what
    /// OCR and keyboards without Vietnamese input lose.
    public static func sameCode(_ a: String, _ b: String) -> Bool {
        VietnameseFolding.fold(a) == VietnameseFolding.fold(b)
    }

    // MARK: - Tables used by the scanner

    static let allCodes: [String] = DocumentType.all.compactMap(\.code) + Array(partyTypes.values) + ["QĐi", "CV"]

    private static let codesByUppercase: [String: String] = {
        var table: [String: String] = [:]
        for code in allCodes { table[code.uppercased()] = code }
        return table
    }()

    private static let codesWithoutStroke: [String: String] = [
        "QD": "QĐ", "ND": "NĐ", "QYD": "QyĐ", "QDI": "QĐi", "CD": "CĐ",
    ]

    /// Type words by match key: folded, "j" read as "i", spaces removed. OCR forms
    /// seen in real plans are listed beside the clean ones.
    static let typeWordsByKey: [String: String] = {
        let forms: [String: [String]] = [
            "Quyết định": ["quyetdinh", "quytdinh", "quyetdnh"],
            "Nghị định": ["nghidinh", "nghdinh"],
            "Nghị quyết": ["nghiquyet", "nghiquyt", "nghquyet"],
            "Nghị quyết liên tịch": ["nghiquyetlientich"],
            "Chỉ thị": ["chithi"],
            "Công văn": ["congvan"],
            "Kế hoạch": ["kehoach", "kehoch", "khoach", "khoch", "kehotch", "kehogch", "kehooch"],
            "Thông tư": ["thongtu"],
            "Thông tư liên tịch": ["thongtulientich"],
            "Thông báo": ["thongbao"],
            "Báo cáo": ["baocao"],
            "Hướng dẫn": ["huongdan"],
            "Chương trình": ["chuongtrinh"],
            "Quy định": ["quydinh"],
            "Quy chế": ["quyche"],
            "Đề án": ["dean"],
            "Phương án": ["phuongan"],
            "Tờ trình": ["totrinh"],
            "Kết luận": ["ketluan"],
            "Công điện": ["congdien"],
            "Luật": ["luat"],
            "Pháp lệnh": ["phaplenh"],
            "Bộ luật": ["boluat"],
            "Văn bản hợp nhất": ["vanbanhopnhat"],
        ]
        var table: [String: String] = [:]
        for (word, keys) in forms { for key in keys { table[key] = word } }
        return table
    }()

    /// Upper-case abbreviations written in place of a type word ("QĐ số 1765/…").
    static let typeWordsByAbbreviation: [String: String] = [
        "QĐ": "Quyết định", "QD": "Quyết định", "NĐ": "Nghị định", "ND": "Nghị định",
        "NQ": "Nghị quyết", "CT": "Chỉ thị", "KH": "Kế hoạch", "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch", "CV": "Công văn", "TB": "Thông báo", "KL": "Kết luận",
    ]

    /// Longest type word, in tokens ("thông tư liên tịch").
    static let maxTypeWordTokens = 4
}
