import LegalReferences
import PlanModel
import Testing

/// One citation shape: the text, which citation in it to look at, what the grammar must
/// read, and the problems the analysis must find for it (none for a correct citation).
struct ShapeCase: Sendable, CustomTestStringConvertible {
    var input: String
    var index: Int
    var symbol: String
    var shape: LegalReference.Shape
    var number: String
    var typeWord: String?
    var code: String?
    var issuer: String?
    var date: String?
    var year: Int?
    var findings: Set<ReferenceProblem.Kind>
    var testDescription: String { index == 0 ? input : "\(input) [\(index)]" }
}

// swiftlint:disable:next function_parameter_count
private func shape(_ input: String, at index: Int = 0, _ symbol: String, _ shape: LegalReference.Shape,
                   number: String, word: String?, code: String?, issuer: String?, date: String? = nil,
                   year: Int? = nil, finds findings: Set<ReferenceProblem.Kind> = []) -> ShapeCase {
    ShapeCase(input: input, index: index, symbol: symbol, shape: shape, number: number, typeWord: word, code: code,
              issuer: issuer, date: date, year: year ?? date.flatMap { Int($0.suffix(4)) }, findings: findings)
}

/// The date of the citing document for every case.
private let planDate = CivilDate(year: 2025, month: 11, day: 25)

let citationShapes: [ShapeCase] = [
    // The Quốc hội and its Ủy ban thường vụ: no type code in a law's or resolution's symbol.
    shape("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 ngày 17 tháng 6 năm 2020;", "59/2020/QH14", .normative,
          number: "59", word: "Luật", code: nil, issuer: "QH14", date: "17/06/2020"),
    shape("Căn cứ Nghị quyết số 197/2025/QH15 ngày 17/5/2025 của Quốc hội về cơ chế đặc biệt;", "197/2025/QH15",
          .normative, number: "197", word: "Nghị quyết", code: nil, issuer: "QH15", date: "17/05/2025"),
    shape("theo Nghị quyết số 1234/NQ-UBTVQH15 ngày 12/3/2025 của Ủy ban Thường vụ Quốc hội", "1234/NQ-UBTVQH15",
          .administrative, number: "1234", word: "Nghị quyết", code: "NQ", issuer: "UBTVQH15", date: "12/03/2025"),
    shape("Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội", "76/2025/UBTVQH15",
          .normative, number: "76", word: "Nghị quyết", code: nil, issuer: "UBTVQH15", date: "14/04/2025"),
    shape("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019;", "45/2019/QH14", .normative,
          number: "45", word: "Bộ luật", code: nil, issuer: "QH14", date: "20/11/2019"),
    shape("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;", "Luật Tổ chức chính quyền địa phương", .named,
          number: "", word: "Luật", code: nil, issuer: nil, date: "16/06/2025"),
    shape("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", "Bộ luật Dân sự", .named,
          number: "", word: "Bộ luật", code: nil, issuer: nil, date: "24/11/2015"),
    shape("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 28/2018/QH14 ngày 15/6/2018", "28/2018/QH14",
          .normative, number: "28", word: "Luật", code: nil, issuer: "QH14", date: "15/06/2018"),
    shape("Căn cứ Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13 ngày 28/3/2012;", "02/2012/UBTVQH13", .normative,
          number: "02", word: "Pháp lệnh", code: nil, issuer: "UBTVQH13", date: "28/03/2012"),
    shape("Nghị quyết số 88/2024/QH15 ngày 28 tháng 11 năm 2025 của Quốc hội", "88/2024/QH15", .normative,
          number: "88", word: "Nghị quyết", code: nil, issuer: "QH15", date: "28/11/2025",
          finds: [.yearSegmentMismatch, .dateAfterPlan]),
    shape("Nghị quyết số 12/QH15 ngày 3/6/2025", "12/QH15", .administrative,
          number: "12", word: "Nghị quyết", code: nil, issuer: "QH15", date: "03/06/2025", finds: [.missingYearSegment]),

    // Symbols of the 1990s, right as their time wrote them.
    shape("Nghị định số 31/CP ngày 12/4/1994 của Chính phủ", "31/CP", .administrative,
          number: "31", word: "Nghị định", code: nil, issuer: "CP", date: "12/04/1994"),
    shape("Quyết định số 612/TTg ngày 5/9/1996 của Thủ tướng Chính phủ", "612/TTg", .administrative,
          number: "612", word: "Quyết định", code: nil, issuer: "TTg", date: "05/09/1996"),
    shape("Thông tư số 15/TT-LB ngày 14/7/1993 của Liên Bộ Tài chính - Lao động", "15/TT-LB", .administrative,
          number: "15", word: "Thông tư", code: "TT", issuer: "LB", date: "14/07/1993"),
    shape("Thông tư số 31/LB-TT ngày 2/11/1995 của Liên Bộ", "31/LB-TT", .administrative,
          number: "31", word: "Thông tư", code: nil, issuer: "LB-TT", date: "02/11/1995"),
    shape("Thông tư số 52-TC/TCT ngày 20/8/1994 của Bộ Tài chính", "52-TC/TCT", .party,
          number: "52", word: "Thông tư", code: "TC", issuer: "TCT", date: "20/08/1994"),
    shape("Nghị định số 31/CP ngày 12/4/1994 của Chính phủ; tiêu chuẩn tại Nghị định số 31/CP", at: 1, "31/CP",
          .administrative, number: "31", word: "Nghị định", code: nil, issuer: "CP"),

    // Party documents (Hướng dẫn 36-HD/VPTW).
    shape("Nghị quyết số 04-NQ/TU ngày 10/5/2025 của Tỉnh ủy", "04-NQ/TU", .party,
          number: "04", word: "Nghị quyết", code: "NQ", issuer: "TU", date: "10/05/2025"),
    shape("Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị", "178-QĐ/TW", .party,
          number: "178", word: "Quy định", code: "QĐ", issuer: "TW", date: "27/06/2024"),
    shape("Quy định số 11-QĐ/VPTW ngày 3/10/2019 của Văn phòng Trung ương Đảng", "11-QĐ/VPTW", .party,
          number: "11", word: "Quy định", code: "QĐ", issuer: "VPTW", date: "03/10/2019"),
    shape("Thông báo kết luận số 208-TB/TW ngày 5/8/2024 của Bộ Chính trị", "208-TB/TW", .party,
          number: "208", word: "Kết luận", code: "TB", issuer: "TW", date: "05/08/2024"),
    shape("Kế hoạch số 14-KH/TU ngày 02/4/2025 của Ban Thường vụ Tỉnh ủy", "14-KH/TU", .party,
          number: "14", word: "Kế hoạch", code: "KH", issuer: "TU", date: "02/04/2025"),
    shape("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", "57-NQ/TW", .party,
          number: "57", word: "Nghị quyết", code: "NQ", issuer: "TW", date: "22/12/2024"),
    shape("Chương trình hành động số 10-CTr/TU ngày 15/3/2025 của Tỉnh ủy", "10-CTr/TU", .party,
          number: "10", word: nil, code: "CTr", issuer: "TU", date: "15/03/2025"),
    shape("Chỉ thị số 45-CT/TW ngày 14/4/2025 của Ban Bí thư", "45-CT/TW", .party,
          number: "45", word: "Chỉ thị", code: "CT", issuer: "TW", date: "14/04/2025"),
    shape("Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị", "126-KL/TW", .party,
          number: "126", word: "Kết luận", code: "KL", issuer: "TW", date: "14/02/2025"),
    shape("Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng", "36-HD/VPTW", .party,
          number: "36", word: "Hướng dẫn", code: "HD", issuer: "VPTW", date: "03/04/2018"),

    // Provinces: normative acts with a year segment, administrative ones without.
    shape("Quyết định số 241/2025/QĐ-UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh", "241/2025/QĐ-UBND", .normative,
          number: "241", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "30/09/2025"),
    shape("Nghị quyết số 61/2025/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh", "61/2025/NQ-HĐND", .normative,
          number: "61", word: "Nghị quyết", code: "NQ", issuer: "HĐND", date: "10/07/2025"),
    shape("Quyết định số 17/2025/QĐ-UBND ngày 02/3/2024", "17/2025/QĐ-UBND", .normative,
          number: "17", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "02/03/2024", finds: [.yearSegmentMismatch]),
    shape("Quyết định số 1520/QĐ-UBND ngày 18/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh", "1520/QĐ-UBND", .administrative,
          number: "1520", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "18/08/2025"),
    shape("Nghị quyết số 93/NQ-HĐND ngày 11/12/2024 của HĐND tỉnh", "93/NQ-HĐND", .administrative,
          number: "93", word: "Nghị quyết", code: "NQ", issuer: "HĐND", date: "11/12/2024"),
    shape("QĐ số 23/QĐ-SNV ngày 6/01/2025 của Giám đốc Sở", "23/QĐ-SNV", .administrative,
          number: "23", word: "Quyết định", code: "QĐ", issuer: "SNV", date: "06/01/2025"),

    // Văn bản hợp nhất.
    shape("Văn bản hợp nhất số 12/VBHN-BTC ngày 14/11/2024 của Bộ Tài chính", "12/VBHN-BTC", .administrative,
          number: "12", word: "Văn bản hợp nhất", code: "VBHN", issuer: "BTC", date: "14/11/2024"),
    shape("theo văn bản hợp nhất số 05/VBHN-VPQH ngày 10/1/2025", "05/VBHN-VPQH", .administrative,
          number: "05", word: "Văn bản hợp nhất", code: "VBHN", issuer: "VPQH", date: "10/01/2025"),

    // Công văn: the unit's abbreviation, no type code.
    shape("Công văn số 4712/CT-CS ngày 02/10/2025 của Cục Thuế", "4712/CT-CS", .administrative,
          number: "4712", word: "Công văn", code: "CT", issuer: "CS", date: "02/10/2025"),
    shape("Công văn số 10321/VPCP-V.I ngày 20/11/2025 của Văn phòng Chính phủ", "10321/VPCP-V.I", .administrative,
          number: "10321", word: "Công văn", code: nil, issuer: "VPCP-V.I", date: "20/11/2025"),
    shape("công văn số 517/HCM-KTr1 ngày 03/9/2025 của Thuế Thành phố", "517/HCM-KTr1", .administrative,
          number: "517", word: "Công văn", code: nil, issuer: "HCM-KTr1", date: "03/09/2025"),
    shape("Công văn số 6120/HD-SNV ngày 15/9/2025 của Sở Nội vụ", "6120/HD-SNV", .administrative,
          number: "6120", word: "Công văn", code: "HD", issuer: "SNV", date: "15/09/2025"),
    shape("công văn số 3102/BTC-QLCS ngày 12/8/2025 của Bộ Tài chính", "3102/BTC-QLCS", .administrative,
          number: "3102", word: "Công văn", code: nil, issuer: "BTC-QLCS", date: "12/08/2025"),
    shape("Công văn số 5/QĐ-UBND ngày 3/3/2025", "5/QĐ-UBND", .administrative,
          number: "5", word: "Công văn", code: "QĐ", issuer: "UBND", date: "03/03/2025", finds: [.typeWordMismatch]),
    shape("Công điện số 15/CĐ-UBND ngày 3/11/2025 của Chủ tịch UBND tỉnh", "15/CĐ-UBND", .administrative,
          number: "15", word: "Công điện", code: "CĐ", issuer: "UBND", date: "03/11/2025"),

    // Dates written before the number.
    shape("Ngày 14/8/2025, Cục Thuế có công văn số 2981/CT-CS về việc hướng dẫn", "2981/CT-CS", .administrative,
          number: "2981", word: "Công văn", code: "CT", issuer: "CS", date: "14/08/2025"),
    shape("Ngày 05/9/2025, Sở Tài chính đã có công văn số\n1873/STC-NS gửi các đơn vị", "1873/STC-NS", .administrative,
          number: "1873", word: "Công văn", code: nil, issuer: "STC-NS", date: "05/09/2025"),
    shape("Văn phòng nhận văn bản đề ngày 12 tháng 10 năm 2025 số 27/CV-HHDN của Hiệp hội", "27/CV-HHDN",
          .administrative, number: "27", word: nil, code: "CV", issuer: "HHDN", date: "12/10/2025"),
    shape("**Ngày 3/11/2025, Chính phủ ban hành Nghị quyết 355/NQ-CP về việc bổ sung", "355/NQ-CP", .administrative,
          number: "355", word: "Nghị quyết", code: "NQ", issuer: "CP", date: "03/11/2025"),
    shape("Kể từ ngày 01/7/2025, thực hiện theo Quyết định số 88/QĐ-UBND của UBND tỉnh", "88/QĐ-UBND",
          .administrative, number: "88", word: "Quyết định", code: "QĐ", issuer: "UBND",
          finds: [.firstCitationWithoutDate]),

    // Joint circulars.
    shape("Thông tư liên tịch số 14/2015/TTLT-BNV-BTC ngày 10/11/2015 của Bộ Nội vụ", "14/2015/TTLT-BNV-BTC",
          .normative, number: "14", word: "Thông tư liên tịch", code: "TTLT", issuer: "BNV-BTC", date: "10/11/2015"),
    shape("Thông tư liên tịch số 14/2015/TTTLT-BNV-BTC ngày 10/11/2015", "14/2015/TTTLT-BNV-BTC", .normative,
          number: "14", word: "Thông tư liên tịch", code: nil, issuer: "TTTLT-BNV-BTC", date: "10/11/2015",
          finds: [.typeWordMismatch]),

    // Digits inside a segment.
    shape("Quyết định số 2750/QĐ-BCĐ389 ngày 3/6/2025 của Ban Chỉ đạo 389", "2750/QĐ-BCĐ389", .administrative,
          number: "2750", word: "Quyết định", code: "QĐ", issuer: "BCĐ389", date: "03/06/2025"),
    shape("Thông báo số 58/TB-UBKT15 ngày 3/4/2025", "58/TB-UBKT15", .administrative,
          number: "58", word: "Thông báo", code: "TB", issuer: "UBKT15", date: "03/04/2025"),

    // A wrapped "Quyết định" with "số" opening the next line.
    shape("Căn cứ Quyết định\nsố 1865/QĐ-UBND ngày 4/8/2025 của Ủy ban nhân dân tỉnh", "1865/QĐ-UBND", .administrative,
          number: "1865", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "04/08/2025"),

    // One date shared by a list of numbers.
    shape("tiếp theo các Công điện số 231/CĐ-TTg, 232/CĐ-TTg ngày 21/11/2025 của Thủ tướng", "231/CĐ-TTg",
          .administrative, number: "231", word: "Công điện", code: "CĐ", issuer: "TTg", date: "21/11/2025"),
    shape("tiếp theo các Công điện số 231/CĐ-TTg, 232/CĐ-TTg ngày 21/11/2025 của Thủ tướng", at: 1, "232/CĐ-TTg",
          .administrative, number: "232", word: nil, code: "CĐ", issuer: "TTg", date: "21/11/2025"),
    shape("các Quyết định số 101/QĐ-UBND và số 102/QĐ-UBND ngày 14/01/2025 của UBND tỉnh", "101/QĐ-UBND",
          .administrative, number: "101", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "14/01/2025"),
    shape("Luật Đầu tư số 61/2020/QH14 và Nghị định số 31/2021/NĐ-CP ngày 26/3/2021", "61/2020/QH14", .normative,
          number: "61", word: "Luật", code: nil, issuer: "QH14"),

    // Slips in symbols that must be found.
    shape("Nghị định số 152/2025/NĐCP ngày 14/6/2025 của Chính phủ", "152/2025/NĐCP", .normative,
          number: "152", word: "Nghị định", code: nil, issuer: "NĐCP", date: "14/06/2025", finds: [.typeWordMismatch]),
    shape("Thông tư số 09/2025/TTBTC ngày 28/02/2025", "09/2025/TTBTC", .normative,
          number: "09", word: "Thông tư", code: nil, issuer: "TTBTC", date: "28/02/2025", finds: [.typeWordMismatch]),
    shape("Thông tư số 05/2025/NĐ-BNV ngày 10/3/2025 của Bộ trưởng", "05/2025/NĐ-BNV", .normative,
          number: "05", word: "Thông tư", code: "NĐ", issuer: "BNV", date: "10/03/2025", finds: [.typeWordMismatch]),
    shape("Nghị định 25/2013/NĐ-CP ngày 12/3/2023 của Chính phủ", "25/2013/NĐ-CP", .normative,
          number: "25", word: "Nghị định", code: "NĐ", issuer: "CP", date: "12/03/2023", finds: [.yearSegmentMismatch]),
    shape("Nghị định số 68/NĐ-CP ngày 10/5/2025", "68/NĐ-CP", .administrative,
          number: "68", word: "Nghị định", code: "NĐ", issuer: "CP", date: "10/05/2025", finds: [.missingYearSegment]),
    shape("Quyết định số 2415/QĐ-BTP về công bố thủ tục", "2415/QĐ-BTP", .administrative,
          number: "2415", word: "Quyết định", code: "QĐ", issuer: "BTP", finds: [.firstCitationWithoutDate]),
    shape("Quyết định số 77/QĐ-UBND ngày 02/12/2025", "77/QĐ-UBND", .administrative,
          number: "77", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "02/12/2025", finds: [.dateAfterPlan]),
    shape("Quyết định số 19/QĐ-UBND ngày 31/4/2025", "19/QĐ-UBND", .administrative,
          number: "19", word: "Quyết định", code: "QĐ", issuer: "UBND", date: "31/04/2025", finds: [.invalidDate]),

    // Only the year, papers of procedure, conclusions announced by a Thông báo.
    shape("theo Nghị quyết 141/NQ-CP năm 2024 của Chính phủ", "141/NQ-CP", .administrative,
          number: "141", word: "Nghị quyết", code: "NQ", issuer: "CP", year: 2024),
    shape("Phiếu lấy ý kiến Thành viên Chính phủ số 1103/PLYK/2025 ngày 12 tháng 11 năm 2025", "1103/PLYK/2025",
          .administrative, number: "1103", word: nil, code: nil, issuer: "PLYK", date: "12/11/2025"),
    shape("Xét Tờ trình số 512/TTr-UBND của Ủy ban nhân dân tỉnh", "512/TTr-UBND", .administrative,
          number: "512", word: "Tờ trình", code: "TTr", issuer: "UBND"),
    shape("Báo cáo thẩm tra số 230/BC-KTNS của Ban Kinh tế - Ngân sách", "230/BC-KTNS", .administrative,
          number: "230", word: nil, code: "BC", issuer: "KTNS"),
    shape("kết luận số 112/TB-VPCP ngày 18/3/2025 của Văn phòng Chính phủ", "112/TB-VPCP", .administrative,
          number: "112", word: "Kết luận", code: "TB", issuer: "VPCP", date: "18/03/2025"),
]

/// Text that holds no citation: form codes, and a "/" that is not a symbol.
let notCitations: [String] = [
    "kê khai thuế theo mẫu số 03/TNDN ban hành kèm theo Thông tư",
    "Tờ khai theo Mẫu 01/ĐK-TCT gửi cơ quan thuế",
    "theo biểu mẫu số 02/BC-TH kèm theo",
]

@Suite("Citation shapes of real documents")
struct CitationShapeTests {
    @Test("reads number, symbol, type, issuer and date, and finds only the real slips", arguments: citationShapes)
    func readsShape(_ c: ShapeCase) throws {
        let refs = scan(c.input)
        try #require(refs.count > c.index, "found: \(refs.map(\.symbol))")
        let ref = refs[c.index]
        #expect(ref.symbol == c.symbol)
        #expect(ref.shape == c.shape)
        #expect(ref.number == c.number)
        #expect(ref.typeWord == c.typeWord)
        #expect(ref.typeCode == c.code)
        #expect(ref.issuerCode == c.issuer)
        #expect(ref.date?.vietnamese == c.date)
        #expect(ref.issueYear == c.year)
        let found = ReferenceAnalysis.problems(in: refs, planDate: planDate, catalog: nil)
            .filter { $0.referenceIndex == c.index }.map(\.kind)
        #expect(Set(found) == c.findings, "\(found)")
    }

    @Test("at least 60 shapes are tabled")
    func enoughShapes() {
        #expect(citationShapes.count >= 60)
    }

    @Test("a form's code is not a citation", arguments: notCitations)
    func formCode(_ text: String) {
        #expect(scan(text).isEmpty, "\(scan(text).map(\.symbol))")
    }

    @Test("a glued type code is reported with the symbol it should be")
    func ungluedSuggestion() throws {
        let refs = scan("Nghị định số 152/2025/NĐCP ngày 14/6/2025 của Chính phủ")
        let problem = try #require(ReferenceAnalysis.problems(in: refs, planDate: planDate, catalog: nil).first)
        #expect(problem.arguments["suggestedSymbol"] == "152/2025/NĐ-CP")
    }
}
