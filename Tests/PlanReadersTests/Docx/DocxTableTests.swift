import PlanModel
import PlanReaders
import Testing

/// Table cells carry their table, row and grid column; merged cells keep columns stable.
@Suite("Docx tables")
struct DocxTableTests {
    @Test func cellParagraphsCarryTableRowAndGridColumn() throws {
        let source = try DocxFixtures.read("appendix-table.docx")
        let header = try #require(source.lines.first { $0.text == "Cơ quan chủ trì" })
        #expect(header.logical == LogicalLocation(paragraph: 7, table: 1, row: 1, column: 4))
        // The group title spans grid columns 2…7 and starts at column 2.
        let group = try #require(source.lines.first { $0.text.hasPrefix("KIỆN TOÀN") })
        #expect(group.logical?.row == 3)
        #expect(group.logical?.column == 2)
        // After the span, a task row's cells are on columns 1…7 again.
        let lead = try #require(source.lines.first { $0.text == "Thanh tra Sở" })
        #expect(lead.logical?.row == 6)
        #expect(lead.logical?.column == 4)
        // Outside the table: no table location.
        #expect(source.lines[0].logical == LogicalLocation(paragraph: 1))
    }

    @Test func automaticTTNumbersRestartInTheSecondGroup() throws {
        let source = try DocxFixtures.read("appendix-table.docx")
        let numbers = source.lines.filter { $0.logical?.column == 1 && !$0.generatedPrefix.isEmpty }
            .map(\.generatedPrefix)
        #expect(numbers == ["1.", "2.", "3.", "1.", "2.", "3."])
    }

    @Test func tableStructureRecordsMergesAndHeaderRows() throws {
        let document = try DocxFixtures.document("appendix-table.docx")
        let table = try #require(document.tables.first)
        #expect(table.rows.count == 11)
        #expect(table.rows.map(\.isRepeatedHeader) == [true] + Array(repeating: false, count: 10))
        #expect(table.rows[2].cells.map(\.gridColumn) == [1, 2])
        #expect(table.rows[2].cells.map(\.columnSpan) == [1, 6])
        #expect(table.rows[6].cells.map(\.columnSpan) == [7])
        #expect(table.rows[6].cells[0].text == "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
        // The lead unit of task I.1 is merged down over task I.2.
        #expect(table.rows[3].cells[3].verticalMerge == .restart)
        #expect(table.rows[3].cells[3].text == "Văn phòng Sở")
        let continuation = table.rows[4].cells[3]
        #expect(continuation.verticalMerge == .continuation)
        #expect(continuation.gridColumn == 4)
        #expect(continuation.text == "")
        // A cell of two paragraphs: both lines, one span across them.
        let coordinating = table.rows[4].cells[4]
        #expect(coordinating.text == "Sở Tư pháp\nCác phòng chuyên môn")
        let span = try #require(coordinating.span)
        #expect(span.end.line == span.start.line + 1)
        #expect(span.start.column == 1)
        #expect(span.end.column == "Các phòng chuyên môn".count + 1)
        #expect(span.logical?.table == 1 && span.logical?.row == 5 && span.logical?.column == 5)
        // The auto-numbered TT cell includes its number.
        #expect(table.rows[3].cells[0].text == "1.")
        // Every cell's lines are the lines of the source that sit in that cell.
        for row in table.rows {
            for cell in row.cells {
                for line in document.source.lines[cell.lineIndices] {
                    #expect(line.logical?.row == row.index && line.logical?.column == cell.gridColumn)
                }
            }
        }
    }
}
