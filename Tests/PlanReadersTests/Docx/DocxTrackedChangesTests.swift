import PlanModel
import PlanReaders
import Testing

/// Tracked changes read as accepted; only the body is read.
@Suite("Docx tracked changes and body content")
struct DocxTrackedChangesTests {
    static let expected: [String] = [
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",                 // w:ins kept, w:del dropped
        "a) Rà soát quy trình nội bộ.",                 // footnote and comment marks leave no text
        "- Đơn vị chủ trì: Văn phòng Sở.",              // w:moveTo kept
        "- Đơn vị phối hợp: Thanh tra Sở.",             // w:moveFrom dropped
        "- Sản phẩm: Báo cáo kết quả rà soát.",         // deleted paragraph mark joins two paragraphs
        "- Thời gian: Quý II/2024",                     // field result kept, instruction dropped
        "HỘP VĂN BẢN KHÔNG THUỘC THÂN",                 // a text box is read once (not its VML fallback), at its anchor
        "Ghi chú",                                      // hidden run left out
        "III. TỔ CHỨC THỰC HIỆN",                       // w:caps shown upper-case
        "b) Nhiệm vụ bổ sung trong năm",                // numbering only in w:pPrChange: not shown
        "Đoạn được chèn nguyên đoạn.",
        "Tab\tvà ngắt dòng-gạch≥hết",                   // tab, line break, no-break hyphen, symbol, soft hyphen
        "Nội dung trong điều khiển",                    // content control and hyperlink kept
        "Nhiệm vụ", "Thời gian",
        "Dòng được chèn", "Quý III/2024",               // the deleted row is gone
        "Hết.",
    ]

    @Test func acceptedTextInBodyOrder() throws {
        let source = try DocxFixtures.read("tracked-changes.docx")
        #expect(DocxFixtures.shown(source) == Self.expected)
        #expect(source.lines.map(\.number) == Array(1...Self.expected.count))
        #expect(source.lines.allSatisfy { $0.generatedPrefix.isEmpty })
    }

    @Test func nothingOutsideTheBodyLeaks() throws {
        let source = try DocxFixtures.read("tracked-changes.docx")
        for forbidden in ["NGOÀI THÂN", "2023", "đã hủy", "nội dung ẩn", "Dòng bị xóa", "DOCPROPERTY"] {
            #expect(!source.lines.contains { $0.text.contains(forbidden) }, "\(forbidden)")
        }
    }

    @Test func deletedRowLeavesTheTableConsistent() throws {
        let document = try DocxFixtures.document("tracked-changes.docx")
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.rows.map(\.index) == [1, 2])
        #expect(table.rows[1].cells.map(\.text) == ["Dòng được chèn", "Quý III/2024"])
        let inserted = try #require(document.source.lines.first { $0.text == "Quý III/2024" })
        #expect(inserted.logical == LogicalLocation(paragraph: 18, table: 1, row: 2, column: 2))
    }
}
