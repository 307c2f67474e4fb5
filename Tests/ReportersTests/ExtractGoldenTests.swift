import PlanModel
import Reporters
import Testing

/// `planlint extract`'s JSON and YAML renderings of a small hand-built plan, against goldens:
/// the extract contract cannot change by accident.
struct ExtractGoldenTests {
    static func span(_ line: Int, _ column: Int, _ endColumn: Int) -> SourceSpan {
        SourceSpan(file: "ke-hoach/so-tu-phap-2024.txt", start: .init(line: line, column: column),
                   end: .init(line: line, column: endColumn))
    }

    static let plan: Plan = {
        var header = Header(issuer: Located("SỞ TƯ PHÁP", span: span(2, 1, 11)),
                            parentIssuer: Located("UBND TỈNH QUẢNG TRỊ", span: span(1, 1, 20)),
                            number: Located("12", span: span(3, 6, 8)), symbol: Located("KH-STP", span: span(3, 9, 15)),
                            place: Located("Quảng Trị", span: span(4, 1, 10)),
                            date: Located(CivilDate(year: 2024, month: 1, day: 15), span: span(4, 12, 39)),
                            documentType: Located("KẾ HOẠCH", span: span(6, 1, 9)),
                            title: Located("Cải cách hành chính năm 2024", span: span(7, 1, 29)))
        header.approximateDate = nil
        let task = PlanTask(path: "II.1.a", sectionPath: "II.1", marker: nil,
                            title: Located("Rà soát thủ tục hành chính", span: span(12, 4, 30)),
                            lead: Located("Văn phòng Sở", span: span(13, 20, 32)), leadSource: .field,
                            leadLabel: "Đơn vị chủ trì", product: Located("Báo cáo rà soát", span: span(14, 14, 29)),
                            timeline: Located("Quý II/2024", span: span(15, 15, 26)), span: span(12, 1, 30))
        return Plan(source: SourceFile(path: "ke-hoach/so-tu-phap-2024.txt", kind: .text), header: header, year: 2024,
                    tasks: [task], lineCount: 20)
    }()

    @Test(arguments: ExtractRenderer.Format.allCases)
    func rendersLikeGolden(_ format: ExtractRenderer.Format) throws {
        let output = try ExtractRenderer.render([Self.plan], format: format)
        try TestSupport.assertGolden(output, named: "extract.\(format.rawValue)")
    }
}
