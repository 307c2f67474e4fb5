import LegalReferences
import PlanModel
import Testing

/// What the scanner should record for one citation. Every part is compared; nil means
/// "must be absent". `text` is compared when given.
struct ExpectedCitation: Sendable {
    var symbol: String
    var shape: LegalReference.Shape
    var typeWord: String?
    var number: String
    var year: Int?
    var code: String?
    var issuerCode: String?
    var date: String?
    var dateText: String?
    var issuerText: String?
    var text: String?
}

func cite(_ symbol: String, _ shape: LegalReference.Shape, word: String?, number: String, year: Int? = nil,
          code: String?, issuer: String?, date: String? = nil, dateText: String? = nil, by issuerText: String? = nil,
          text: String? = nil) -> ExpectedCitation {
    ExpectedCitation(symbol: symbol, shape: shape, typeWord: word, number: number, year: year, code: code,
                     issuerCode: issuer, date: date, dateText: dateText, issuerText: issuerText, text: text)
}

struct ScanCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: [ExpectedCitation]
    var testDescription: String { input }

    init(_ input: String, _ expected: ExpectedCitation...) {
        self.input = input
        self.expected = expected
    }
}

let scannerCases: [ScanCase] = [
    // Clean citations of each kind and shape.
    ScanCase("Thực hiện Quyết định số 2108/QĐ-UBND ngày 23/12/2021 của Chủ tịch UBND tỉnh về việc ban hành",
             cite("2108/QĐ-UBND", .administrative, word: "Quyết định", number: "2108", code: "QĐ", issuer: "UBND",
                  date: "23/12/2021", dateText: "23/12/2021", by: "của Chủ tịch UBND tỉnh",
                  text: "Quyết định số 2108/QĐ-UBND ngày 23/12/2021 của Chủ tịch UBND tỉnh")),
    ScanCase("(theo Nghị định số 107/2021/NĐ-CP của Chính phủ)",
             cite("107/2021/NĐ-CP", .normative, word: "Nghị định", number: "107", year: 2021, code: "NĐ", issuer: "CP",
                  by: "của Chính phủ", text: "Nghị định số 107/2021/NĐ-CP của Chính phủ")),
    ScanCase("Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy và Nghị quyết số 93/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh về",
             cite("04-NQ/TU", .party, word: "Nghị quyết", number: "04", code: "NQ", issuer: "TU",
                  date: "18/10/2021", dateText: "18/10/2021", by: "của Tỉnh ủy"),
             cite("93/NQ-HĐND", .administrative, word: "Nghị quyết", number: "93", code: "NQ", issuer: "HĐND",
                  date: "10/12/2021", dateText: "10/12/2021", by: "của HĐND tỉnh")),
    ScanCase("theo Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy về chủ trương",
             cite("31-CT/TU", .party, word: "Chỉ thị", number: "31", code: "CT", issuer: "TU",
                  date: "13/06/2014", dateText: "13/6/2014", by: "của Ban Thường vụ Tỉnh ủy")),
    ScanCase("tại Công văn số 3759/BNV-CCHC ngày 02 tháng 8 năm 2021, UBND tỉnh",
             cite("3759/BNV-CCHC", .administrative, word: "Công văn", number: "3759", code: nil, issuer: "BNV-CCHC",
                  date: "02/08/2021", dateText: "02 tháng 8 năm 2021",
                  text: "Công văn số 3759/BNV-CCHC ngày 02 tháng 8 năm 2021")),
    ScanCase("Kết quả theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh.",
             cite("140/KH-UBND", .administrative, word: "Kế hoạch", number: "140", code: "KH", issuer: "UBND",
                  date: "14/10/2021", dateText: "14/10/2021", by: "của UBND tỉnh")),
    ScanCase("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn",
             cite("01/2018/TT-VPCP", .normative, word: "Thông tư", number: "01", year: 2018, code: "TT", issuer: "VPCP",
                  date: "23/11/2018", dateText: "23/11/2018", by: "của Văn phòng Chính phủ")),
    ScanCase("bổ sung Quyết định số 39/2021/QĐ-UBND ngày 20/8/2021 của UBND tỉnh ban hành Quy chế làm việc",
             cite("39/2021/QĐ-UBND", .normative, word: "Quyết định", number: "39", year: 2021, code: "QĐ", issuer: "UBND",
                  date: "20/08/2021", dateText: "20/8/2021", by: "của UBND tỉnh")),
    ScanCase("theo Nghị quyết số 832/NQ-UBTVQH14 ngày 17/12/2019 của Ủy ban Thường vụ Quốc hội về sắp xếp",
             cite("832/NQ-UBTVQH14", .administrative, word: "Nghị quyết", number: "832", code: "NQ", issuer: "UBTVQH14",
                  date: "17/12/2019", dateText: "17/12/2019", by: "của Ủy ban Thường vụ Quốc hội")),
    ScanCase("Thực hiện Chỉ thị 02/CT-UBND ngày 18/01/2023 của Chủ tịch UBND tỉnh",
             cite("02/CT-UBND", .administrative, word: "Chỉ thị", number: "02", code: "CT", issuer: "UBND",
                  date: "18/01/2023", dateText: "18/01/2023", by: "của Chủ tịch UBND tỉnh")),
    ScanCase("và Kết luận số 1492-KL/TU ngày 05/12/2022 của Hội nghị Tỉnh ủy lần thứ 10 (Khóa XX) về tình hình",
             cite("1492-KL/TU", .party, word: "Kết luận", number: "1492", code: "KL", issuer: "TU",
                  date: "05/12/2022", dateText: "05/12/2022", by: "của Hội nghị Tỉnh ủy lần thứ 10")),
    ScanCase("triển khai theo 2108/QĐ-UBND trong năm",
             cite("2108/QĐ-UBND", .administrative, word: nil, number: "2108", code: "QĐ", issuer: "UBND",
                  text: "2108/QĐ-UBND")),
    ScanCase("Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012 của Bộ Tài chính, Bộ Kế hoạch",
             cite("19/2012/TTLT-BTC-BKH&ĐT-BTTTT", .normative, word: "Thông tư liên tịch", number: "19", year: 2012,
                  code: "TTLT", issuer: "BTC-BKH&ĐT-BTTTT", date: "15/02/2012", dateText: "15/02/2012",
                  by: "của Bộ Tài chính")),
    ScanCase("Căn cứ Luật số 80/2015/QH13;",
             cite("80/2015/QH13", .normative, word: "Luật", number: "80", year: 2015, code: nil, issuer: "QH13")),
    ScanCase("Chương trình số 05/CTr-UBND, Tờ trình số 123/TTr-SNV và Đề án số 01/ĐA-UBND",
             cite("05/CTr-UBND", .administrative, word: "Chương trình", number: "05", code: "CTr", issuer: "UBND"),
             cite("123/TTr-SNV", .administrative, word: "Tờ trình", number: "123", code: "TTr", issuer: "SNV"),
             cite("01/ĐA-UBND", .administrative, word: "Đề án", number: "01", code: "ĐA", issuer: "UBND")),
    ScanCase("Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương",
             cite("08-QĐi/TW", .party, word: "Quy định", number: "08", code: "QĐi", issuer: "TW",
                  by: "của Ban Chấp hành Trung ương")),
    ScanCase("Quyết định số 2108/QĐ-UBND, ngày 23/12/2021 của UBND tỉnh",
             cite("2108/QĐ-UBND", .administrative, word: "Quyết định", number: "2108", code: "QĐ", issuer: "UBND",
                  date: "23/12/2021", dateText: "23/12/2021", by: "của UBND tỉnh")),
    ScanCase("Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ ngày 27/12/2018 về Đề án",
             cite("1847/QĐ-TTg", .administrative, word: "Quyết định", number: "1847", code: "QĐ", issuer: "TTg",
                  date: "27/12/2018", dateText: "27/12/2018", by: "của Thủ tướng Chính phủ",
                  text: "Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ ngày 27/12/2018")),
    ScanCase("Căn cứ Công văn số 1473/BTP-CNTT ngày 25/4/2019 của Bộ Tư pháp hướng dẫn số hóa",
             cite("1473/BTP-CNTT", .administrative, word: "Công văn", number: "1473", code: nil, issuer: "BTP-CNTT",
                  date: "25/04/2019", dateText: "25/4/2019", by: "của Bộ Tư pháp")),
    ScanCase("Công văn số 12/SKHĐT-TH ngày 03/01/2023 của Sở Kế hoạch và Đầu tư về việc",
             cite("12/SKHĐT-TH", .administrative, word: "Công văn", number: "12", code: nil, issuer: "SKHĐT-TH",
                  date: "03/01/2023", dateText: "03/01/2023", by: "của Sở Kế hoạch và Đầu tư")),
    ScanCase("của Thủ tướng Chính phủ và Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh",
             cite("140/KH-UBND", .administrative, word: "Kế hoạch", number: "140", code: "KH", issuer: "UBND",
                  date: "14/10/2021", dateText: "14/10/2021", by: "của UBND tỉnh")),
    ScanCase("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể",
             cite("76/NQ-CP", .administrative, word: "Nghị quyết", number: "76", code: "NQ", issuer: "CP",
                  date: "15/07/2021", dateText: "15/7/2021", by: "của Chính phủ")),
    ScanCase("Quyết định số 04/2023/QĐ-UBND ngày 10 tháng 01 năm 2023 của UBND tỉnh",
             cite("04/2023/QĐ-UBND", .normative, word: "Quyết định", number: "04", year: 2023, code: "QĐ", issuer: "UBND",
                  date: "10/01/2023", dateText: "10 tháng 01 năm 2023", by: "của UBND tỉnh")),
    ScanCase("theo số 12/UBND-VX",
             cite("12/UBND-VX", .administrative, word: nil, number: "12", code: nil, issuer: "UBND-VX",
                  text: "số 12/UBND-VX")),
    // An impossible date is recorded as written, for a rule to report.
    ScanCase("Quyết định số 123/QĐ-UBND ngày 31/02/2021 của UBND tỉnh",
             cite("123/QĐ-UBND", .administrative, word: "Quyết định", number: "123", code: "QĐ", issuer: "UBND",
                  date: "31/02/2021", dateText: "31/02/2021", by: "của UBND tỉnh")),
    ScanCase("Quyết định số 12/KH-UBND ngày 01/02/2023",
             cite("12/KH-UBND", .administrative, word: "Quyết định", number: "12", code: "KH", issuer: "UBND",
                  date: "01/02/2023", dateText: "01/02/2023")),
    // A PDF line wrap joined with a space, before or after the hyphen.
    ScanCase("bổ sung Quyết định số 33/2018/QĐ- UBND ngày 18/10/2018 của UBND tỉnh ban hành",
             cite("33/2018/QĐ-UBND", .normative, word: "Quyết định", number: "33", year: 2018, code: "QĐ", issuer: "UBND",
                  date: "18/10/2018", dateText: "18/10/2018", by: "của UBND tỉnh")),
    ScanCase("(Nghị định 32/2020/NĐ -CP quy định)",
             cite("32/2020/NĐ-CP", .normative, word: "Nghị định", number: "32", year: 2020, code: "NĐ", issuer: "CP")),
    // A list dash after the symbol is not part of it.
    ScanCase("Nghị định số 107/2021/NĐ-CP -Thời gian: Quý I/2022",
             cite("107/2021/NĐ-CP", .normative, word: "Nghị định", number: "107", year: 2021, code: "NĐ", issuer: "CP",
                  text: "Nghị định số 107/2021/NĐ-CP")),

    // OCR damage that can be read back safely.
    ScanCase("Quyêt djnh so 468/QD-TTg ngày 27/3/2021 cüa Thu tuóng ChInh phü.",
             cite("468/QĐ-TTg", .administrative, word: "Quyết định", number: "468", code: "QĐ", issuer: "TTg",
                  date: "27/03/2021", dateText: "27/3/2021", by: "cüa Thu tuóng ChInh phü")),
    ScanCase("Nghj djnh s6 61/2018/ND-CP ngày 23/4/2018 cüa ChInh phü ye thrc hin",
             cite("61/2018/NĐ-CP", .normative, word: "Nghị định", number: "61", year: 2018, code: "NĐ", issuer: "CP",
                  date: "23/04/2018", dateText: "23/4/2018", by: "cüa ChInh phü")),
    ScanCase("theo Nghi dinh sO 45/2020/ND-CP ngày 08/4/2020",
             cite("45/2020/NĐ-CP", .normative, word: "Nghị định", number: "45", year: 2020, code: "NĐ", issuer: "CP",
                  date: "08/04/2020", dateText: "08/4/2020")),
    ScanCase("Quyet dinh sô 1 765/QD-UBND ngày 0 1/8/2018 cüa UBND tinh ye vic",
             cite("1765/QĐ-UBND", .administrative, word: "Quyết định", number: "1765", code: "QĐ", issuer: "UBND",
                  date: "01/08/2018", dateText: "0 1/8/2018", by: "cüa UBND tinh",
                  text: "Quyet dinh sô 1 765/QD-UBND ngày 0 1/8/2018 cüa UBND tinh")),
    ScanCase("Triên khai Nghj djnh so 107/ND-CP ngày 06/12/202 1 cña ChInh phü ye si:ra",
             cite("107/NĐ-CP", .administrative, word: "Nghị định", number: "107", code: "NĐ", issuer: "CP",
                  date: "06/12/2021", dateText: "06/12/202 1", by: "cña ChInh phü")),
    ScanCase("Nghj djnh sO 61/201 8/ND-CP ngày 23/4/2018",
             cite("61/2018/NĐ-CP", .normative, word: "Nghị định", number: "61", year: 2018, code: "NĐ", issuer: "CP",
                  date: "23/04/2018", dateText: "23/4/2018")),
    ScanCase("theo quy djnh cüa Nghj djnh so 1 07/20201ND-CP.",
             cite("107/2020/NĐ-CP", .normative, word: "Nghị định", number: "107", year: 2020, code: "NĐ", issuer: "CP",
                  text: "Nghj djnh so 1 07/20201ND-CP")),
    ScanCase("Nghị định số 61/20181ND-CP ngày 23/4/2018",
             cite("61/2018/NĐ-CP", .normative, word: "Nghị định", number: "61", year: 2018, code: "NĐ", issuer: "CP",
                  date: "23/04/2018", dateText: "23/4/2018")),
    ScanCase("Nghj djnh so 14 1/20 16/ND-CP ngày 10/10/20 16 v quy djnh",
             cite("141/2016/NĐ-CP", .normative, word: "Nghị định", number: "141", year: 2016, code: "NĐ", issuer: "CP",
                  date: "10/10/2016", dateText: "10/10/20 16")),
    ScanCase("theo Nghj djnh so i 50/2020/ND-CP ngày 25/12//2020 cüa Chinh phü;",
             cite("150/2020/NĐ-CP", .normative, word: "Nghị định", number: "150", year: 2020, code: "NĐ", issuer: "CP",
                  date: "25/12/2020", dateText: "25/12//2020", by: "cüa Chinh phü")),
    ScanCase("Quyêt djnh so 468/QD-'TTg ngày 27/3/202 1",
             cite("468/QĐ-TTg", .administrative, word: "Quyết định", number: "468", code: "QĐ", issuer: "TTg",
                  date: "27/03/2021", dateText: "27/3/202 1")),
    ScanCase("trong thirc hin Nghj quyt 832/NQ-UBTVQH 14 ngày 17/12/2019 cUa Uy ban",
             cite("832/NQ-UBTVQH14", .administrative, word: "Nghị quyết", number: "832", code: "NQ", issuer: "UBTVQH14",
                  date: "17/12/2019", dateText: "17/12/2019", by: "cUa Uy ban")),
    ScanCase("Nghj djnh s 107/2020/ND- cP. Xây dirng",
             cite("107/2020/NĐ-CP", .normative, word: "Nghị định", number: "107", year: 2020, code: "NĐ", issuer: "CP")),
    ScanCase("Nghj djnh sO 60/2021 /ND-CP ngày 21/6/2021",
             cite("60/2021/NĐ-CP", .normative, word: "Nghị định", number: "60", year: 2021, code: "NĐ", issuer: "CP",
                  date: "21/06/2021", dateText: "21/6/2021")),
    ScanCase("Trin khai ND s 107/ND-CP ngày 06/12/2021",
             cite("107/NĐ-CP", .administrative, word: "Nghị định", number: "107", code: "NĐ", issuer: "CP",
                  date: "06/12/2021", dateText: "06/12/2021", text: "ND s 107/ND-CP ngày 06/12/2021")),
    ScanCase("Cong van so 3759/BNV-CCHC ngày 02 tháng 8 nàrn 2021, UBND",
             cite("3759/BNV-CCHC", .administrative, word: "Công văn", number: "3759", code: nil, issuer: "BNV-CCHC",
                  date: "02/08/2021", dateText: "02 tháng 8 nàrn 2021")),
    ScanCase("Thong bao sé 21/TB-UBND ngdy 13/01/2023 cta Chu tich UBND tinh Két luan",
             cite("21/TB-UBND", .administrative, word: "Thông báo", number: "21", code: "TB", issuer: "UBND",
                  date: "13/01/2023", dateText: "13/01/2023", by: "cta Chu tich UBND tinh")),
    ScanCase("Quyét dinh sb 12/2018/QD-TTg viéc",
             cite("12/2018/QĐ-TTg", .normative, word: "Quyết định", number: "12", year: 2018, code: "QĐ", issuer: "TTg")),
    ScanCase("Nghj quyêt so 02-NQ/TU ngày 04/11/202 1 cüa Tinh u ye chuyên dôi",
             cite("02-NQ/TU", .party, word: "Nghị quyết", number: "02", code: "NQ", issuer: "TU",
                  date: "04/11/2021", dateText: "04/11/202 1", by: "cüa Tinh u")),
    ScanCase("Nghị quyết liên tịch số 01/2019/NQLT-CP-ĐCT",
             cite("01/2019/NQLT-CP-ĐCT", .normative, word: "Nghị quyết liên tịch", number: "01", year: 2019,
                  code: "NQLT", issuer: "CP-ĐCT")),

    // Damage that cannot be read back safely is skipped, and non-citations are not taken.
    ScanCase("QD s6 10/201 7,'Q UBND ngày 21/7/2017 cüa UBND tinh"),
    ScanCase("Tiêp tçic thirc hin QD s 4512016/QD-TTg ciia Thu tixOng"),
    ScanCase("Thời gian: Quý II/2022 và Quý III/2022."),
    ScanCase("hoàn thành trước ngày 30/11/2022; Công báo tỉnh ổn định 24/7."),
    ScanCase("Số: /KH-VP"),
    ScanCase("(1) Cải cách thủ tục hành chính (11,5/12,5 điểm, xếp vị thứ 13/20);"),
    ScanCase("- Thời gian: Hoàn thành trong tháng 6/2022."),
    ScanCase("theo tiêu chuẩn ISO 9001:2015 và/hoặc TCVN"),
    ScanCase("gửi 12/UBND trước"),
    ScanCase("giai đoạn 2021-2030/2025"),
]

@Suite("LegalReferenceScanner")
struct LegalReferenceScannerTests {
    @Test("recognises the parts of each citation", arguments: scannerCases)
    func recognises(_ testCase: ScanCase) {
        let found = scan(testCase.input)
        #expect(found.count == testCase.expected.count, "found: \(found.map(\.symbol))")
        for (ref, expected) in zip(found, testCase.expected) {
            #expect(ref.symbol == expected.symbol)
            #expect(ref.shape == expected.shape)
            #expect(ref.typeWord == expected.typeWord)
            #expect(ref.number == expected.number)
            #expect(ref.yearSegment == expected.year)
            #expect(ref.typeCode == expected.code)
            #expect(ref.issuerCode == expected.issuerCode)
            #expect(ref.date?.vietnamese == expected.date)
            #expect(ref.dateText == expected.dateText)
            #expect(ref.issuerText == expected.issuerText)
            if let text = expected.text { #expect(ref.text == text) }
        }
    }

    @Test("spans cover exactly the citation's text", arguments: scannerCases)
    func spansMatchText(_ testCase: ScanCase) {
        let scalars = Array(testCase.input.unicodeScalars)
        for ref in scan(testCase.input) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[ref.span.start.line..<ref.span.end.line])
            #expect(String(view) == ref.text)
        }
    }

    @Test("an impossible date is kept and marked invalid")
    func impossibleDate() throws {
        let ref = try #require(scan("Quyết định số 123/QĐ-UBND ngày 31/02/2021").first)
        #expect(ref.date == civil(31, 2, 2021))
        #expect(ref.date?.isValid == false)
    }

    @Test("offsets count Unicode scalars after multi-byte text")
    func offsetsAfterMultibyteText() throws {
        let prefix = "Đẩy mạnh cải cách hành chính ở tỉnh Quảng Ngãi; "
        let ref = try #require(scan(prefix + "Kế hoạch số 140/KH-UBND").first)
        #expect(ref.span.start.line == prefix.unicodeScalars.count)
        #expect(ref.span.end.line == prefix.unicodeScalars.count + "Kế hoạch số 140/KH-UBND".unicodeScalars.count)
    }

    @Test("scans a long text in one pass without losing citations")
    func longText() {
        let sentence = "Thực hiện Quyết định số 2108/QĐ-UBND ngày 23/12/2021 của Chủ tịch UBND tỉnh về CCHC; "
        let refs = scan(String(repeating: sentence, count: 500))
        #expect(refs.count == 500)
        #expect(Set(refs.map(\.symbol)) == ["2108/QĐ-UBND"])
    }
}
