import Foundation
import PlanlintTestSupport
@testable import Spreadsheet
import Testing

private let hasOpenpyxl = Python.run("import openpyxl", []) != nil

@Suite("XLSXWriter")
struct XLSXWriterTests {
    /// Reads the workbook back with openpyxl and prints every sheet as JSON.
    static let reader = """
    import json, sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, ensure_ascii=False))
    """

    static func readBack(_ sheets: [SpreadsheetSheet]) throws -> [String: [[Any?]]] {
        let bytes = try XLSXWriter.data(sheets)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try #require(Python.run(reader, [url.path]))
        #expect(result.status == 0, "\(result.output)")
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [[Any?]]]
        return try #require(json)
    }

    @Test("openpyxl reads back text, numbers, empties, Vietnamese and markup", .enabled(if: hasOpenpyxl, "openpyxl is not installed"))
    func roundTrip() throws {
        let sheets = [
            SpreadsheetSheet(name: "Tổng hợp", rows: [
                [.text("Đơn vị"), .text("Đã có"), .text("Ghi chú")],
                [.text("Sở Tư pháp"), .number(7), .text("<b>&\"x\"</b>")],
                [.text("Ủy ban nhân dân xã Nghĩa Hà"), .number(2.5), .empty],
                [.empty, .number(-3), .text("dòng 1\ndòng 2")],
            ]),
            SpreadsheetSheet(name: "Tổng hợp", rows: [[.text("trùng tên")]]),
            SpreadsheetSheet(name: "a/b:c", rows: []),
        ]
        let book = try Self.readBack(sheets)
        #expect(book.keys.sorted() == ["Tổng hợp", "Tổng hợp (2)", "a_b_c"].sorted())
        let rows = try #require(book["Tổng hợp"])
        #expect(rows.count == 4)
        #expect(rows[0].compactMap { $0 as? String } == ["Đơn vị", "Đã có", "Ghi chú"])
        #expect(rows[1][0] as? String == "Sở Tư pháp")
        #expect((rows[1][1] as? NSNumber)?.doubleValue == 7)
        #expect(rows[1][2] as? String == "<b>&\"x\"</b>")
        #expect((rows[2][1] as? NSNumber)?.doubleValue == 2.5)
        #expect(rows[2][2] == nil || rows[2][2] is NSNull)
        #expect(rows[3][2] as? String == "dòng 1\ndòng 2")
    }

    @Test("column names", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columns(index: Int, name: String) {
        #expect(XLSXWriter.columnName(index) == name)
    }

    @Test("a workbook without sheets is an error")
    func empty() {
        #expect(throws: XLSXWriter.WriteError.self) { try XLSXWriter.data([]) }
    }

    @Test("output is a ZIP archive and reproducible")
    func reproducible() throws {
        let sheet = [SpreadsheetSheet(name: "A", rows: [[.text("x"), .number(1)]])]
        let a = try XLSXWriter.data(sheet)
        let b = try XLSXWriter.data(sheet)
        #expect(a.prefix(4) == [0x50, 0x4B, 0x03, 0x04])
        #expect(a == b)
    }
}

