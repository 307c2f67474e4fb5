import PlanModel
import PlanParser
import Testing

@Suite("Tables in text")
struct TableRecognizerTests {
    /// (Markdown table line, expected cells as (text, start column, end column)).
    static let markdownLines: [(String, [String])] = [
        ("| a | b |", ["a@3-4", "b@7-8"]),
        ("a | b", ["a@1-2", "b@5-6"]),
        ("|a|b|c|", ["a@2-3", "b@4-5", "c@6-7"]),
        ("| Sở Tư pháp<br>Phòng | x |", ["Sở Tư pháp\nPhòng@3-22", "x@25-26"]),
        ("| a \\| b | `x|y` |", ["a | b@3-9", "`x|y`@12-17"]),
        ("| | Việt |", ["@3-3", "Việt@5-9"]),
        ("  | ệ | ư |  ", ["ệ@5-6", "ư@9-10"]),
    ]

    @Test(arguments: markdownLines)
    func markdownCells(line: String, expected: [String]) throws {
        let source = TableSamples.lines("\(line)\n|---|---|", file: "t.md")
        let table = try #require(MarkdownTableRecognizer.tables(in: source).first)
        let cells = table.rows[0].map { "\($0.text)@\($0.span.start.column)-\($0.span.end.column)" }
        #expect(cells == expected)
    }

    @Test(arguments: [
        ("|---|---|", true), ("--- | ---", true), ("|:--:|--:|", true), ("| - |", true),
        ("---", false), ("| a |", false), ("|===|", false), ("", false),
    ])
    func markdownDelimiter(line: String, isDelimiter: Bool) throws {
        let source = TableSamples.lines("| x | y |\n\(line)\n| 1 | 2 |", file: "t.md")
        #expect(MarkdownTableRecognizer.tables(in: source).isEmpty == !isDelimiter)
    }

    @Test func markdownTableEndsAtBlankLineAndRecordsItsLines() throws {
        let text = "Trước bảng\n| TT | Nhiệm vụ |\n|---|---|\n| 1 | Rà soát |\n| 2 | Kiểm tra |\n\n| không phải bảng |"
        let tables = MarkdownTableRecognizer.tables(in: TableSamples.lines(text, file: "t.md"))
        #expect(tables.count == 1)
        #expect(tables.first?.lines == 2...5)
        #expect(tables.first?.rows.map { $0.map(\.text) } == [["TT", "Nhiệm vụ"], ["1", "Rà soát"], ["2", "Kiểm tra"]])
    }

    @Test func flattenedRowsCellsAndSpans() throws {
        let text = "Mở đầu\n\nTT\n|\nNhiệm vụ\n|\nThời gian\n\n1\n|\n  Rà soát văn bản\nquy phạm  \n|\n\n" +
            "II. CẢI CÁCH\n\n2\n|\nKiểm tra\n|\nQuý I\n\nĐoạn văn sau bảng.\n\nThêm một đoạn.\n\nVà một đoạn nữa."
        let tables = FlattenedTableRecognizer.tables(in: TableSamples.lines(text))
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["TT", "Nhiệm vụ", "Thời gian"],
            ["1", "Rà soát văn bản\nquy phạm", ""],
            ["II. CẢI CÁCH"],
            ["2", "Kiểm tra", "Quý I"],
        ])
        #expect(table.lines == 3...21)
        let multiLine = table.rows[1][1].span
        #expect(multiLine.start == SourcePosition(line: 11, column: 3))
        #expect(multiLine.end == SourcePosition(line: 12, column: 9))
    }

    @Test func textWithoutSeparatorsHasNoFlattenedTable() {
        let text = "I. MỤC ĐÍCH\n\n1. Mục đích\n| \n\n- Nội dung | có dấu gạch đứng"
        #expect(FlattenedTableRecognizer.tables(in: TableSamples.lines(text)).isEmpty)
    }
}
