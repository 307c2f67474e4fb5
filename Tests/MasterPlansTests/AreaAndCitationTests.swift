import Testing
@testable import MasterPlans
import PlanModel

@Suite("AreaRecognizer")
struct AreaRecognizerTests {
    let recognizer: AreaRecognizer

    init() throws { recognizer = AreaRecognizer(areas: try Repo.pack("quang-tri", 2022).areas) }

    @Test("headings name areas", arguments: [
        ("Công tác chỉ đạo, điều hành", "chi-dao-dieu-hanh"),
        ("Về cải cách thể chế", "the-che"),
        ("Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL)", "the-che"),
        ("Cai cach thu tuc hanh chinh (TTHC)", "tthc"),
        ("Cải cách tổ chức bộ máy hành chính nhà nước", "to-chuc-bo-may"),
        ("Xây dựng và nâng cao chất lượng đội ngũ công chức, viên chức", "che-do-cong-vu"),
        ("Cải cách tài chính công", "tai-chinh-cong"),
        ("Xây dựng và phát triển chính quyền điện tử hướng đến chính quyền số", "chinh-phu-so"),
        ("Hiện đại hóa hành chính", "chinh-phu-so"),
    ])
    func heading(heading: String, area: String) {
        #expect(recognizer.area(forHeading: heading)?.id == area)
    }

    @Test("a heading of no area names none")
    func noArea() { #expect(recognizer.area(forHeading: "Kinh phí thực hiện") == nil) }

    @Test("missing required areas are reported by id")
    func missing() {
        func section(_ path: String, _ title: String) -> Section {
            Section(path: path, marker: NumberingMarker(style: .arabic, label: "1", ordinal: 1, text: "1.", span: Build.span()),
                    title: Located(title, span: Build.span()), depth: 2, span: Build.span())
        }
        let sections = [section("II.1", "Cải cách thể chế"), section("II.2", "Cải cách thủ tục hành chính"),
                        section("II.3", "Cải cách chế độ công vụ")]
        #expect(recognizer.missingRequiredAreas(in: sections).map(\.id) == ["chi-dao-dieu-hanh", "to-chuc-bo-may", "tai-chinh-cong", "chinh-phu-so"])
        #expect(recognizer.presence(in: sections).first { $0.area.id == "tthc" }?.sectionPath == "II.2")
    }
}

@Suite("Citations of the master")
struct CitationTests {
    static func reference(_ symbol: String, _ number: String, _ date: CivilDate?) -> LegalReference {
        LegalReference(typeWord: "Quyết định", number: number, yearSegment: nil, typeCode: "QĐ", issuerCode: "UBND",
                       shape: .administrative, symbol: symbol, date: date, dateText: nil, issuerText: nil,
                       text: symbol, span: Build.span())
    }

    @Test("comparisons with the Quảng Ngãi 2023 master", arguments: [
        ("1782/QĐ-UBND", "1782", Build.date(21, 12, 2022) as CivilDate?, "exact"),
        ("1782/QD-UBND", "1782", Build.date(21, 12, 2022), "exact"),
        ("1782/QĐ-UBND", "1782", nil, "undated"),
        ("1782/QĐ-UBND", "1782", Build.date(21, 12, 2021), "wrongDate"),
        ("1728/QĐ-UBND", "1728", Build.date(21, 12, 2022), "wrongNumber"),
        ("2108/QĐ-UBND", "2108", Build.date(23, 12, 2021), "different"),
    ])
    func compare(symbol: String, number: String, date: CivilDate?, expected: String) throws {
        let master = try Repo.pack("quang-ngai", 2023).master
        let result = master.compare(with: Self.reference(symbol, number, date))
        let name: String
        switch result {
        case .exact: name = "exact"
        case .undated: name = "undated"
        case .wrongDate: name = "wrongDate"
        case .wrongNumber: name = "wrongNumber"
        case .plausible: name = "plausible"
        case .different: name = "different"
        }
        #expect(name == expected)
    }

    @Test("citing last year's master is recognised as such")
    func otherYear() throws {
        let pack = try Repo.pack("quang-ngai", 2023)
        let cited = try #require(pack.masterCited(by: Self.reference("2108/QĐ-UBND", "2108", Build.date(23, 12, 2021))))
        #expect(!cited.isThisYear && cited.document.year == 2022 && cited.comparison == .exact)
        #expect(pack.master.citation == "Quyết định số 1782/QĐ-UBND ngày 21/12/2022")
    }

    @Test("an unreadable master can only be plausible")
    func unreadableMaster() throws {
        let master = try Repo.pack("quang-tri", 2022).master
        var reference = Self.reference("211/KH-UBND", "211", Build.date(24, 12, 2021))
        reference.typeWord = "Kế hoạch"
        #expect(master.compare(with: reference) == .plausible)
        reference.date = Build.date(24, 12, 2020)
        #expect(master.compare(with: reference) == .different)
        #expect(master.citation == "Kế hoạch …/KH-UBND ngày …/12/2021")
    }
}
