import PlanModel
import Reporters
import Testing

struct MarkdownReporterTests {
    /// Splits a table row on unescaped pipes.
    private func cells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { current.append(character); escaped = true; continue }
            if character == "|" { cells.append(current); current = "" } else { current.append(character) }
        }
        cells.append(current)
        return cells
    }

    @Test func tableRowsKeepFourCellsWhateverThePlanSays() {
        let markdown = MarkdownReporter.render(ReportFixture.report, options: ReportFixture.options)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
        let header = rows.filter { $0.hasPrefix("| Mức độ |") }
        #expect(header.count == 4)
        #expect(rows.count == 4 * 2 + ReportFixture.report.allFindings.count)
        for row in rows {
            // A leading and trailing pipe give two empty edge cells around the four columns.
            #expect(cells(row).count == 6, "\(row)")
        }
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("theo mẫu<br>số/QĐ-UBND"))
    }

    @Test func summaryAndEnglishHeaders() {
        let vi = MarkdownReporter.render(ReportFixture.report, options: ReportFixture.options)
        #expect(vi.contains("**3** lỗi · **3** cảnh báo · **3** thông tin trong 5 tệp"))
        let en = MarkdownReporter.render(ReportFixture.report, options: ReportFixture.englishOptions)
        #expect(en.contains("| Severity | Line | Rule | Message |"))
        #expect(en.contains("**3** error · **3** warning · **3** info in 5 files"))
    }
}
