import PlanModel
import Reporters
import Testing

struct TextReporterTests {
    /// The quoted line and the marker line that follow the heading of `ruleId`.
    private func excerpt(of ruleId: String, in output: String) throws -> (source: String, marker: String) {
        let lines = output.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0.contains(" \(ruleId): ") })
        return (lines[heading + 1], lines[heading + 2])
    }

    @Test func caretLinesUpUnderNFDText() throws {
        let output = TextReporter.render(ReportFixture.report, options: ReportFixture.options)
        let (source, marker) = try excerpt(of: "timeline.year.mismatch", in: output)
        // Both lines share the gutter "  8 | "; the rest is the line and the marker.
        let gutterEnd = try #require(source.range(of: "| "))
        let sourceText = String(source[gutterEnd.upperBound...])
        #expect(sourceText == ReportFixture.nfdLine)
        let markerText = String(marker.dropFirst(source.distance(from: source.startIndex, to: gutterEnd.upperBound)))
        let caret = try #require(markerText.firstIndex(of: "^"))
        let padding = markerText.distance(from: markerText.startIndex, to: caret)
        let width = markerText[caret...].count
        let underlined = String(Array(sourceText)[padding..<(padding + width)])
        #expect(underlined == ReportFixture.nfdSpanText)
    }

    @Test func headingIsTheStableCompilerFormat() {
        let output = TextReporter.render(ReportFixture.report, options: ReportFixture.options)
        #expect(output.contains("\nso-tu-phap/ke-hoach-cchc-2023.txt:14:4: lỗi task.lead-unit.missing: Nhiệm vụ II.2.c chưa có đơn vị chủ trì.\n"))
        #expect(output.hasPrefix("so-tu-phap/ke-hoach-cchc-2023.txt: lỗi plan.master-citation.missing: "))
        #expect(!output.contains("\u{1B}"))
    }

    @Test(arguments: [
        ("vi", "3 lỗi, 3 cảnh báo, 3 thông tin trong 5 tệp", "[bảng 1, dòng 4, cột 5]", "[đoạn 23]"),
        ("en", "3 errors, 3 warnings, 3 info in 5 files", "[table 1, row 4, column 5]", "[paragraph 23]"),
    ])
    func localisesLabels(language: String, summary: String, table: String, paragraph: String) {
        let output = TextReporter.render(ReportFixture.report,
                                         options: ReportOptions(language: language, baseDirectory: ReportFixture.baseDirectory))
        #expect(output.hasSuffix(summary + "\n"))
        #expect(output.contains(table))
        #expect(output.contains(paragraph))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextReporter.render(ReportFixture.report, options: ReportFixture.options)
        let coloured = TextReporter.render(ReportFixture.report,
                                           options: ReportOptions(useColor: true, baseDirectory: ReportFixture.baseDirectory))
        #expect(coloured.contains("\u{1B}[1;31m"))
        // Removing the escapes gives back the plain report.
        let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }

    @Test func emptyReportStillSummarises() {
        let report = LintReport(files: [FileReport(file: SourceFile(path: "a.txt", kind: .text), findings: [])],
                                rules: [], toolVersion: "1")
        #expect(TextReporter.render(report, options: ReportOptions()) == "0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp\n")
        #expect(TextReporter.render(report, options: ReportOptions(language: "en")) == "0 errors, 0 warnings, 0 info in 1 file\n")
    }

    @Test func spanPastTheLineIsClampedNotFatal() {
        let finding = Finding(ruleId: "r", severity: .error, message: "m", file: "a.txt",
                              span: SourceSpan(file: "a.txt", start: SourcePosition(line: 1, column: 40),
                                               end: SourcePosition(line: 1, column: 90)))
        let report = LintReport(files: [FileReport(file: SourceFile(path: "a.txt", kind: .text), findings: [finding],
                                                   excerpts: [1: "ngắn\r\n"])], rules: [], toolVersion: "1")
        let output = TextReporter.render(report, options: ReportOptions())
        #expect(output.contains(" 1 | ngắn\n   |     ^\n"))
    }
}
