import Foundation
import PlanModel
import PlanReaders
import Testing

/// The typed plan and its automatically numbered twin must read the same once Word's
/// numbers are put back in front of the text.
@Suite("Docx typed vs automatic numbering")
struct DocxTwinTests {
    @Test func twinsShowTheSameLines() throws {
        let typed = try DocxFixtures.read("plan-typed.docx")
        let automatic = try DocxFixtures.read("plan-autonumber.docx")
        #expect(typed.lines.count == automatic.lines.count)
        #expect(typed.lines.count > 50)
        for (a, b) in zip(typed.lines, automatic.lines) {
            #expect(a.generatedPrefix == "")
            #expect(a.text == b.generatedPrefix + b.text, "paragraph \(a.number)")
            #expect(a.number == b.number)
            #expect(a.logical == b.logical)
        }
    }

    @Test func automaticNumbersStayOutOfTheText() throws {
        let automatic = try DocxFixtures.read("plan-autonumber.docx")
        let byText = Dictionary(automatic.lines.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        // Section numbers come from the paragraph style, areas and tasks from direct numbering.
        #expect(byText["MỤC ĐÍCH, YÊU CẦU"]?.generatedPrefix == "I. ")
        #expect(byText["NHIỆM VỤ TRỌNG TÂM"]?.generatedPrefix == "II. ")
        #expect(byText["TỔ CHỨC THỰC HIỆN"]?.generatedPrefix == "III. ")
        #expect(byText["Cải cách thủ tục hành chính"]?.generatedPrefix == "2. ")
        #expect(byText["Khảo sát sự hài lòng của tổ chức, cá nhân khi giải quyết thủ tục hành chính"]?
            .generatedPrefix == "d) ")
        #expect(byText["Đơn vị chủ trì: Thanh tra Sở."]?.generatedPrefix == "- ")
        #expect(automatic.file == SourceFile(path: "plan-autonumber.docx", kind: .docx))
    }

    @Test func paragraphsAreNumberedInBodyOrderWithCellLocations() throws {
        let typed = try DocxFixtures.read("plan-typed.docx")
        #expect(typed.lines.map(\.number) == Array(1...typed.lines.count))
        // The header is a two-column table: issuer on the left, national motto on the right.
        #expect(typed.lines[0].text == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
        #expect(typed.lines[0].logical == LogicalLocation(paragraph: 1, table: 1, row: 1, column: 1))
        #expect(typed.lines[2].text == "Số: 15/KH-STNMT")
        #expect(typed.lines[3].logical == LogicalLocation(paragraph: 4, table: 1, row: 1, column: 2))
        #expect(typed.lines[6].text == "KẾ HOẠCH")
        #expect(typed.lines[6].logical == LogicalLocation(paragraph: 7))
        let last = try #require(typed.lines.last)
        #expect(last.text == "Trần Minh Khoa")
        #expect(last.logical?.table == 2)
        #expect(last.logical?.column == 2)
    }

    @Test func sampleCopiesMatchTheFixtures() throws {
        let samples = DocxFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/docx")
        let pairs = [("ke-hoach-cchc-2024-so-go-tay.docx", "plan-typed.docx"),
                     ("ke-hoach-cchc-2024-so-tu-dong.docx", "plan-autonumber.docx")]
        for (sample, fixture) in pairs {
            let a = try Data(contentsOf: samples.appendingPathComponent(sample))
            let b = try Data(contentsOf: DocxFixtures.url(fixture))
            #expect(a == b, "\(sample) differs from \(fixture); re-run scripts/make_docx_fixtures.py")
        }
    }
}
