import PlanModel
import PlanParser
import Testing

/// One test per layout shape, on our own samples: what is read, and that every span points
/// at the very text it was read from in the original.
@Suite("Layout shapes")
struct LayoutShapeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// Values that must be read, as (path, field, value).
        var expected: [(String, String, String)]
        var testDescription: String { name }
    }

    static func source(_ text: String) -> SourceText {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
        return SourceText(file: SourceFile(path: "sample.txt", kind: .text), lines: lines)
    }

    /// The original text a single-line span covers.
    static func original(_ span: SourceSpan, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = Array(lines[span.start.line - 1])
        guard span.end.line == span.start.line else { return String(line[(span.start.column - 1)...]) }
        return String(line[(span.start.column - 1)..<min(line.count, span.end.column - 1)])
    }

    static func field(_ plan: Plan, _ path: String, _ name: String) -> Located<String>? {
        if let t = plan.tasks.first(where: { $0.path == path }) {
            switch name {
            case "title": return t.title
            case "lead": return t.lead
            case "coordinating": return t.coordinating
            case "product": return t.product
            case "timeline": return t.timeline
            default: return nil
            }
        }
        if let s = plan.allSections.first(where: { $0.path == path }), name == "section" { return s.title }
        if let a = plan.assignments.first(where: { $0.path == path }) { return name == "unit" ? a.unit : a.duty }
        return nil
    }

    static let cases: [Case] = [
        Case(name: "flattened framed table (web copy of a Word table)", text: """
            PHỤ LỤC
            |
            **STT**
            |
            **Nội dung công việc**
            |
            **Đơn vị chủ trì**
            |
            **Đơn vị phối hợp**
            |
            **Thời hạn hoàn thành**
            |
            **Sản phẩm dự kiến**
            |
            |
            **I**
            |
            **NÂNG CAO NHẬN THỨC**
            |
            |
            1
            |
            Biên soạn tài liệu phổ biến
            quy định mới
            |
            Phòng Tư pháp
            |
            Các phòng chuyên môn
            |
            Quý II/2026
            |
            Bộ tài liệu
            |
            |
            2
            |
            Tổ chức hội nghị tập huấn
            |
            Văn phòng
            |
            |
            Tháng 5/2026
            |
            Hội nghị
            |
            """, expected: [("PL.I.1", "lead", "Phòng Tư pháp"), ("PL.I.1", "product", "Bộ tài liệu"),
                            ("PL.I.1", "timeline", "Quý II/2026"), ("PL.I.1", "coordinating", "Các phòng chuyên môn"),
                            ("PL.I.2", "lead", "Văn phòng"), ("PL.I.2", "timeline", "Tháng 5/2026"),
                            ("PL.I", "section", "NÂNG CAO NHẬN THỨC")]),
        Case(name: "pipe table", text: """
            I. NHIỆM VỤ

            | TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian | Kết quả |
            |---|---|---|---|---|
            | 1 | Rà soát quy chế làm việc | Văn phòng Sở | Quý I/2026 | Quy chế |
            """, expected: [("Bảng 1.1", "lead", "Văn phòng Sở"), ("Bảng 1.1", "timeline", "Quý I/2026"),
                            ("Bảng 1.1", "product", "Quy chế")]),
        Case(name: "wrapped paragraphs and a wrapped line starting with a number", text: """
            I. MỤC TIÊU

            1. Nhiệm vụ chung

            a) Rà soát các văn bản do Sở ban hành trong giai đoạn từ năm 2020 đến hết năm
            2025, bảo đảm đúng quy định của pháp luật hiện hành về ban hành văn bản quy phạm
            1. năm một lần theo kế hoạch.
            - Đơn vị chủ trì: Phòng Pháp chế.
            - Sản phẩm: Báo cáo.
            - Thời gian: Quý III/2026.

            b) Kiểm tra việc thực hiện.
            - Đơn vị chủ trì: Thanh tra Sở.
            - Sản phẩm: Kết luận.
            - Thời gian: Quý IV/2026.

            c) Tổng kết.
            - Đơn vị chủ trì: Văn phòng.
            - Sản phẩm: Báo cáo.
            - Thời gian: Tháng 12/2026.

            d) Bổ sung.
            - Đơn vị chủ trì: Văn phòng.
            - Sản phẩm: Báo cáo.
            - Thời gian: Tháng 12/2026.

            e) Họp.
            - Đơn vị chủ trì: Văn phòng.
            - Sản phẩm: Biên bản.
            - Thời gian: Tháng 12/2026.

            f) Lưu.
            - Đơn vị chủ trì: Văn phòng.
            - Sản phẩm: Hồ sơ.
            - Thời gian: Tháng 12/2026.
            """, expected: [("I.1.a", "lead", "Phòng Pháp chế"), ("I.1.b", "lead", "Thanh tra Sở")]),
        Case(name: "bold-wrapped markers and unit headings in Tổ chức thực hiện", text: """
            **I. MỤC
            ĐÍCH, YÊU CẦU**

            Bảo đảm thực hiện đúng tiến độ.

            **II. TỔ CHỨC
            THỰC HIỆN**

            **1. Sở
            Tư pháp**

            - Chủ trì hướng dẫn thực hiện
            Kế hoạch này.

            - Tổng hợp báo cáo.

            **2. Ủy ban nhân dân
            các xã, phường**

            - Tuyên truyền đến người dân.
            """, expected: [("II", "section", "TỔ CHỨC THỰC HIỆN"), ("II.1.1", "unit", "Sở Tư pháp"),
                            ("II.1.2", "duty", "Tổng hợp báo cáo"), ("II.2.1", "unit", "Ủy ban nhân dân các xã, phường")]),
        Case(name: "articles with khoản and điểm, bold-wrapped article number", text: """
            QUYẾT ĐỊNH:

            **Điều
            1. Phạm vi**

            1. Khoản một.

            a) Điểm a.

            b) Điểm b.

            2. Khoản hai.

            a) Điểm a của khoản hai.

            **Điều 2.** Hiệu lực.

            1. Quyết định có hiệu lực từ ngày ký.
            """, expected: [("Điều 1", "section", "Phạm vi"), ("Điều 1.2.a", "section", "Điểm a của khoản hai."),
                            ("Điều 2.1", "section", "Quyết định có hiệu lực từ ngày ký.")]),
    ]

    @Test(arguments: cases)
    func shape(_ c: Case) throws {
        let plan = PlanParser.parse(Self.source(c.text))
        for (path, name, value) in c.expected {
            let found = try #require(Self.field(plan, path, name), "\(c.name): \(path) \(name)")
            #expect(found.value.replacingOccurrences(of: "\n", with: " ") == value, "\(c.name): \(path) \(name)")
            // The span starts at the value's first word in the original line.
            let firstWord = String(value.split(separator: " ").first ?? "")
            // (A table cell's span includes the emphasis markers around its text.)
            let at = Self.original(found.span, in: c.text).drop { $0 == "*" }
            #expect(at.hasPrefix(firstWord), "\(c.name): \(path) \(name) span \(found.span)")
        }
    }

    @Test func wordTableRowsBecomeTasks() throws {
        func cell(_ text: String, _ line: Int) -> TableCell {
            TableCell(text: text, span: SourceSpan(file: "w.docx", start: .init(line: line, column: 1), end: .init(line: line, column: text.count + 1)))
        }
        let table = TextTable(rows: [
            [cell("TT", 1), cell("Nhiệm vụ", 2), cell("Chủ trì", 3), cell("Phối hợp", 4), cell("Thời hạn hoàn thành", 5), cell("Kết quả dự kiến", 6)],
            [cell("II", 7), cell("CẢI CÁCH THỦ TỤC", 8)],
            [cell("1", 9), cell("Công bố thủ tục", 10), cell("Văn phòng", 11), cell("Các phòng", 12), cell("Quý I/2026", 13), cell("Quyết định", 14)],
        ], lines: 1...14)
        let plan = PlanParser.parse(Self.source(""), tables: [table])
        let t = try #require(plan.tasks.first)
        #expect(t.path == "Bảng 1.II.1")
        #expect(t.lead?.value == "Văn phòng")
        #expect(t.lead?.span.start.line == 11)
        #expect(t.coordinating?.value == "Các phòng")
        #expect(t.timeline?.span.start.line == 13)
        #expect(t.product?.value == "Quyết định")
    }
}
