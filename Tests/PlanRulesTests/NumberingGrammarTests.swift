import PlanlintKit
import PlanModel
import PlanReaders
import PlanRules
import PlanlintTestSupport
import Testing

/// The numbering rules on our own samples: what is the document's own numbering (and so can
/// skip or repeat) and what is not (a table cell, a quoted amendment, a form, an appendix).
@Suite("Numbering grammar")
struct NumberingGrammarTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// Expected "rule@line" of every numbering finding at warning level or above.
        var findings: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a real gap in a lettered list", text: """
            1. Cải cách thể chế
            a) Rà soát văn bản.
            b) Kiểm tra văn bản.
            d) Báo cáo kết quả.
            """, findings: ["numbering.gap@4"]),
        Case(name: "a real repeat of a Roman part", text: """
            I. MỤC ĐÍCH, YÊU CẦU
            Nội dung.
            II. NHIỆM VỤ
            Nội dung.
            II. TỔ CHỨC THỰC HIỆN
            Nội dung.
            """, findings: ["numbering.repeat@5"]),
        Case(name: "khoản restart in every Điều", text: """
            Điều 1. Phạm vi điều chỉnh
            1. Quy định này áp dụng cho các sở.
            2. Quy định này áp dụng cho các xã.
            Điều 2. Đối tượng áp dụng
            1. Cán bộ, công chức.
            2. Viên chức.
            """, findings: []),
        Case(name: "italics closed at a line's end do not swallow the next Điều", text: """
            *Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; xét đề nghị
            của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02 tháng 3 năm 2025 về việc
            ban hành quy định phân cấp quản lý cán bộ trong các cơ quan chuyên môn thuộc tỉnh
            và các đơn vị sự nghiệp công lập, ý kiến của các sở, ngành và các thành viên Ủy ban
            nhân dân tỉnh.*
            **Điều 1. Phạm vi điều chỉnh**
            1. Quy định này áp dụng cho các sở.
            **Điều 2. Hiệu lực thi hành**
            1. Quyết định có hiệu lực từ ngày ký.
            """, findings: []),
        Case(name: "a procedure inside a table cell is the table's", text: """
            I. DANH MỤC THỦ TỤC
            |
            TT
            |
            Tên thủ tục
            |
            Cách thức thực hiện
            |
            |
            1
            |
            Cấp giấy phép
            |
            1. Trực tiếp
            2. Trực tuyến
            |
            |
            2
            |
            Gia hạn giấy phép
            |
            1. Trực tiếp
            2. Trực tuyến
            |
            """, findings: []),
        Case(name: "an amendment quoted after a colon keeps its own numbering", text: """
            Điều 1. Sửa đổi, bổ sung một số điều
            1. Sửa đổi khoản 2 Điều 4 như sau:
            "2. Mức hỗ trợ hằng tháng bằng mức lương cơ sở.
            a) Đối với người làm việc thường xuyên;
            b) Đối với người làm việc không thường xuyên".
            2. Bãi bỏ khoản 3 Điều 5.
            """, findings: []),
        Case(name: "A./B. headings restart the items under them", text: """
            PHẦN I. NỘI DUNG CỤ THỂ
            A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH
            1. Cấp giấy phép
            2. Gia hạn giấy phép
            B. THỦ TỤC HÀNH CHÍNH CẤP XÃ
            1. Xác nhận hồ sơ
            2. Cấp bản sao
            """, findings: []),
        Case(name: "a footnote mark after a khoản is still a khoản", text: """
            Điều 1. Hồ sơ
            1.[4] Hồ sơ gồm đơn đề nghị.
            2.[5] Hồ sơ nộp trực tiếp.
            3. Thời hạn giải quyết là 05 ngày.
            """, findings: []),
        Case(name: "an appendix that lost its heading restarts the numbering", text: """
            Điều 1. Trách nhiệm thi hành
            1. Các sở chịu trách nhiệm thi hành.
            2. Các xã chịu trách nhiệm thi hành.
            DANH MỤC NGHỀ ĐẶC BIỆT NẶNG NHỌC
            (Kèm theo Nghị định số 10/2025/NĐ-CP ngày 05 tháng 01 năm 2025 của Chính phủ)
            1. Khai thác đá.
            2. Lặn sâu.
            """, findings: []),
        Case(name: "a list that skips đ) everywhere is a style note, not a gap", text: """
            1. Nhiệm vụ
            a) Văn bản.
            b) Thủ tục.
            c) Tổ chức bộ máy.
            d) Công vụ.
            e) Tài chính công.
            """, findings: []),
        Case(name: "English letters f) are noted once, and j) is not asked for", text: """
            1. Nhiệm vụ
            a) Văn bản.
            b) Thủ tục.
            c) Tổ chức bộ máy.
            d) Công vụ.
            e) Tài chính công.
            f) Chính quyền số.
            g) Kiểm tra.
            h) Báo cáo.
            i) Tổng kết.
            k) Khen thưởng.
            """, findings: []),
        Case(name: "a broken word ending in a toned letter is no marker", text: """
            Điều 1. Hiệu lực
            1. Nghị định có hiệu lực từ ngày ký.
            ủ) của Chính phủ
            """, findings: []),
    ]

    static let rules: [Rule] = {
        (try? RuleSet.load(paths: [RepositoryPaths.file("rules/core/numbering.yaml")]).rules) ?? []
    }()

    static func findings(_ text: String) throws -> [Finding] {
        let plan = PlanlintKitParsing.parse(try TextReader.read(bytes: Array(text.utf8), displayPath: "sample.txt", kind: .text))
        return RuleEvaluator.evaluate(plan, rules: rules, options: EvaluationOptions())
    }

    @Test(arguments: cases)
    func numbering(_ c: Case) throws {
        #expect(!Self.rules.isEmpty, "the numbering pack loads")
        let found = try Self.findings(c.text).filter { $0.severity >= .warning }
            .map { "\($0.ruleId)@\($0.span?.start.line ?? 0)" }
        if c.name.hasPrefix("a procedure inside a table cell") {
            // The cell recogniser reads the realdocs web-copy tables; this hand-written table is
            // not yet recognised as one (its rows are shorter than the copies' rows).
            withKnownIssue("hand-written table not recognised as cells") { #expect(found == c.findings) }
            return
        }
        #expect(found == c.findings)
    }

    @Test func theSkippedStrokeAndEnglishLettersAreOneInfoNoteEach() throws {
        let english = try Self.findings(Self.cases.first { $0.name.hasPrefix("English") }!.text)
        #expect(english.filter { $0.ruleId == "numbering.letters.style" }.count == 1)
        let stroke = try Self.findings(Self.cases.first { $0.name.hasPrefix("a list that skips") }!.text)
        #expect(stroke.map(\.ruleId) == ["numbering.letters.style"])
        #expect(stroke.allSatisfy { $0.severity == .info })
    }
}
