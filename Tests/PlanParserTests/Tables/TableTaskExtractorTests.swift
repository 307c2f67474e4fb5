import Foundation
import PlanModel
import PlanParser
import PlanReaders
import Testing

@Suite("Table task extractor")
struct TableTaskExtractorTests {
    /// The six tasks of the appendix, as (path, title, product, lead, coordinating, timeline, note),
    /// with line breaks inside cells read as spaces.
    static let appendixTasks: [[String?]] = [
        ["I.1", "Rà soát, sắp xếp tổ chức bộ máy các phòng chuyên môn", "Quyết định kiện toàn", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Quý II/2024", nil],
        ["I.2", "Rà soát văn bản quy phạm pháp luật do Sở tham mưu ban hành", "Báo cáo kết quả rà soát",
         "Văn phòng Sở", "Sở Tư pháp Các phòng chuyên môn", "Tháng 6/2024", nil],
        ["I.3", "Ban hành Kế hoạch theo dõi thi hành pháp luật năm 2024", "Kế hoạch", "Thanh tra Sở", "Văn phòng Sở",
         "Quý I/2024", nil],
        ["II.1", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở", "Quyết định công bố",
         "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", nil],
        ["II.2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Phương án đơn giản hóa", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "Thường xuyên", "Theo Kế hoạch của UBND tỉnh"],
        ["II.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Hồ sơ được số hóa",
         "Trung tâm Công nghệ thông tin", "Văn phòng Sở", "Trước ngày 30/11/2024", nil],
    ]

    static func summary(_ task: TableTaskRow) -> [String?] {
        func flat(_ value: Located<String>?) -> String? { value?.value.replacingOccurrences(of: "\n", with: " ") }
        return [task.pathHint, flat(task.title), flat(task.product), flat(task.lead), flat(task.coordinating),
                flat(task.timeline), flat(task.note)]
    }

    static func appendixFromWord() throws -> (tasks: [TableTaskRow], unrecognisedColumns: [String]) {
        let url = TableSamples.root.appendingPathComponent("Tests/PlanReadersTests/Fixtures/docx/appendix-table.docx")
        let document = try DocxReader.readDocument(url: url, displayPath: "appendix-table.docx")
        let table = try #require(document.tables.first)
        return TableTaskExtractor.extract(rows: TableSamples.rows(of: table))
    }

    static func appendixFromText(_ path: String, markdown: Bool) throws -> (tasks: [TableTaskRow], unrecognisedColumns: [String]) {
        let source = try TableSamples.text(path)
        let tables = markdown ? MarkdownTableRecognizer.tables(in: source) : FlattenedTableRecognizer.tables(in: source)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        return TableTaskExtractor.extract(rows: table.rows)
    }

    @Test func wordMarkdownAndWebCopyGiveTheSameTasks() throws {
        let word = try Self.appendixFromWord()
        let markdown = try Self.appendixFromText("samples/tables/appendix.md", markdown: true)
        let webCopy = try Self.appendixFromText("samples/tables/appendix-webcopy.txt", markdown: false)
        for (name, result) in [("docx", word), ("md", markdown), ("webcopy", webCopy)] {
            #expect(result.tasks.map(Self.summary) == Self.appendixTasks, "\(name)")
            #expect(result.unrecognisedColumns.isEmpty, "\(name)")
            #expect(result.tasks.map { $0.groupTitle?.value } == Array(repeating: "KIỆN TOÀN TỔ CHỨC BỘ MÁY VÀ CẢI CÁCH THỂ CHẾ", count: 3)
                + Array(repeating: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", count: 3), "\(name)")
        }
    }

    @Test func inheritedValuesPointAtTheCellThatHoldsTheText() throws {
        let word = try Self.appendixFromWord()
        let first = try #require(word.tasks[0].lead)
        let second = try #require(word.tasks[1].lead)
        #expect(second.span == first.span)
        #expect(first.span.logical?.row == 4 && first.span.logical?.column == 4)
        // The task's own cells span the row: TT cell to note cell.
        #expect(word.tasks[1].span.logical?.row == 5)
        #expect(word.tasks[1].span.start.line < word.tasks[1].span.end.line)
        // Markdown spans cover the cell's trimmed text on its line.
        let markdown = try Self.appendixFromText("samples/tables/appendix.md", markdown: true)
        let title = try #require(markdown.tasks[0].title)
        let line = try TableSamples.text("samples/tables/appendix.md").lines[title.span.start.line - 1].text
        let characters = Array(line)
        #expect(String(characters[(title.span.start.column - 1)..<(title.span.end.column - 1)]) == title.value)
        // "nt" in the web copy takes the value and the span of the cell above.
        let webCopy = try Self.appendixFromText("samples/tables/appendix-webcopy.txt", markdown: false)
        #expect(webCopy.tasks[1].lead?.span == webCopy.tasks[0].lead?.span)
        #expect(webCopy.tasks[4].timeline?.span == webCopy.tasks[3].timeline?.span)
    }

    @Test(arguments: [
        ("TT", TableColumnRole.ordinal), ("STT", .ordinal), ("Số TT", .ordinal), ("Số thứ tự", .ordinal),
        ("Nhiệm vụ", .title), ("Nhiệm vụ cụ thể", .title), ("NHIỆM VỤ", .title), ("Nhiem vu cu the", .title),
        ("Nội dung công việc", .title), ("Hoạt động", .activity), ("Hoat dong", .activity),
        ("Kết quả/Sản phẩm", .product), ("Sản phẩm dự kiến", .product), ("San pham", .product),
        ("Cơ quan chủ trì", .lead), ("Đơn vị chủ trì", .lead), ("Co quan chu tri", .lead), ("Đơn vị thực hiện", .lead),
        ("Cơ quan chủ trì, phối hợp", .lead), ("Cơ quan phối hợp", .coordinating), ("Đơn vị phối hợp", .coordinating),
        ("Thời gian hoàn thành", .timeline), ("Thời gian thực hiện", .timeline), ("Thoi gian", .timeline),
        ("Thời hạn", .timeline), ("Tiến độ", .timeline), ("Ghi chú", .note), ("**Ghi chú**", .note),
    ] as [(String, TableColumnRole)])
    func headerRoles(header: String, role: TableColumnRole) {
        #expect(TableColumnRole.recognise(header: header) == role)
    }

    @Test(arguments: ["Kinh phí", "", "Nguồn vốn", "1",
                      "Chủ trì xây dựng kế hoạch và phối hợp với các sở ngành để triển khai thực hiện"])
    func headersNotRecognised(header: String) {
        #expect(TableColumnRole.recognise(header: header) == nil)
    }

    static let header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Kinh phí"]

    /// (rows after the header, expected [path, title, lead, timeline] per task).
    static let bodies: [([[String]], [[String?]])] = [
        // A plain task row, with the unrecognised column kept aside.
        ([["1.", "Ban hành kế hoạch", "Văn phòng", "Quý I/2024", "10 triệu"]],
         [["1", "Ban hành kế hoạch", "Văn phòng", "Quý I/2024"]]),
        // Group by Roman numeral in the TT column; ordinals inside the group.
        ([["I", "CẢI CÁCH THỂ CHẾ", "", "", ""], ["1", "Rà soát văn bản", "Thanh tra", "Quý II/2024", ""]],
         [["I.1", "Rà soát văn bản", "Thanh tra", "Quý II/2024"]]),
        // Group as one text repeated across a merged row (a web copy of a merged cell).
        ([["Cải cách tài chính công", "Cải cách tài chính công", "Cải cách tài chính công", "", ""],
          ["1", "Công khai ngân sách", "Văn phòng", "Tháng 12/2024", ""]],
         [["1", "Công khai ngân sách", "Văn phòng", "Tháng 12/2024"]]),
        // Group as a single upper-case title with an empty TT column.
        ([["", "XÂY DỰNG CHÍNH QUYỀN SỐ", "", "", ""], ["1", "Số hóa hồ sơ", "Trung tâm CNTT", "Quý IV/2024", ""]],
         [["1", "Số hóa hồ sơ", "Trung tâm CNTT", "Quý IV/2024"]]),
        // A sentence-case task with only a title is a task, not a group.
        ([["", "Tuyên truyền cải cách hành chính", "", "", ""]],
         [[nil, "Tuyên truyền cải cách hành chính", nil, nil]]),
        // Ditto marks take the value above; the repeated header and column numbers are skipped.
        ([["(1)", "(2)", "(3)", "(4)", "(5)"], ["1", "Kiểm tra nội vụ", "Văn phòng", "Quý III/2024", ""],
          ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Kinh phí"],
          ["2", "Kiểm tra công vụ", "nt", "Như trên", ""]],
         [["1", "Kiểm tra nội vụ", "Văn phòng", "Quý III/2024"], ["2", "Kiểm tra công vụ", "Văn phòng", "Quý III/2024"]]),
        // A ditto under a group row has nothing to inherit: unknown stays unknown.
        ([["II", "KIỂM TRA", "", "", ""], ["1", "Kiểm tra", "nt", "", ""]], [["II.1", "Kiểm tra", nil, nil]]),
        // Rows with no task text are not tasks.
        ([["", "", "Văn phòng", "", ""], ["", "", "", "", ""]], []),
    ]

    @Test(arguments: bodies)
    func rowKinds(body: [[String]], expected: [[String?]]) {
        let rows = [TableSamples.row(Self.header, line: 1)] + body.enumerated().map { TableSamples.row($0.element, line: $0.offset + 2) }
        let result = TableTaskExtractor.extract(rows: rows)
        #expect(result.tasks.map { [$0.pathHint, $0.title?.value, $0.lead?.value, $0.timeline?.value] } == expected)
        #expect(result.unrecognisedColumns == ["Kinh phí"])
    }

    @Test func unrecognisedColumnValuesAreKept() {
        let rows = [TableSamples.row(Self.header), TableSamples.row(["1", "Ban hành kế hoạch", "Văn phòng", "Quý I", "10 triệu"], line: 2)]
        let result = TableTaskExtractor.extract(rows: rows)
        #expect(result.tasks.first?.otherColumns["Kinh phí"]?.value == "10 triệu")
    }

    @Test func headerBelowATitleRowIsFound() {
        let rows = [[TableSamples.cell("BẢNG NHIỆM VỤ", span: 3)], TableSamples.row(["TT", "Hoạt động", "Thời hạn"], line: 2),
                    TableSamples.row(["1", "Tập huấn", "Quý II"], line: 3)]
        let result = TableTaskExtractor.extract(rows: rows)
        #expect(result.tasks.map { $0.activity?.value } == ["Tập huấn"])
        #expect(result.tasks.first?.title == nil)
    }

    @Test func noHeaderMeansNoTasks() {
        let rows = [TableSamples.row(["Họ tên", "Chức vụ"]), TableSamples.row(["Nguyễn Văn A", "Giám đốc"], line: 2)]
        let result = TableTaskExtractor.extract(rows: rows)
        #expect(result.tasks.isEmpty && result.unrecognisedColumns.isEmpty)
    }

    @Test func verticallyMergedCellsInheritAndHorizontalSpansKeepColumns() {
        let rows: [[TableCell]] = [
            TableSamples.row(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]),
            [TableSamples.cell("I", line: 2), TableSamples.cell("KIỆN TOÀN TỔ CHỨC", line: 2, column: 5, span: 3)],
            TableSamples.row(["1", "Rà soát", "Sở Nội vụ", "Quý I"], line: 3),
            [TableSamples.cell("2", line: 4), TableSamples.cell("Sắp xếp", line: 4, column: 5),
             TableSamples.cell("", line: 4, column: 20, merged: true), TableSamples.cell("Quý II", line: 4, column: 30)],
        ]
        let tasks = TableTaskExtractor.extract(rows: rows).tasks
        #expect(tasks.map(\.pathHint) == ["I.1", "I.2"])
        #expect(tasks[1].lead?.value == "Sở Nội vụ")
        #expect(tasks[1].lead?.span.start.line == 3)
        #expect(tasks[1].timeline?.value == "Quý II")
    }
}
