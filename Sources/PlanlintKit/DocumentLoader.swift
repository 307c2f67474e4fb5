import Foundation
import PlanModel
import PlanParser
import PlanReaders

/// Reads a plan file with everything its reader knows (Word tables included) and parses it.
public enum DocumentLoader {
    public static func read(path: String) throws(PlanReadError) -> (SourceText, [TextTable]) {
        guard (path as NSString).pathExtension.lowercased() == "docx" else { return (try PlanFileReader.read(path: path), []) }
        let doc = try DocxReader.readDocument(url: URL(fileURLWithPath: path), displayPath: path)
        let source = doc.source
        let tables = doc.tables.map { t -> TextTable in
            let rows = t.rows.map { row in
                row.cells.map { cell in
                    TableCell(text: cell.text,
                              span: cell.span ?? SourceSpan(file: path, start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)),
                              columnSpan: cell.columnSpan, continuesAbove: cell.verticalMerge == .continuation)
                }
            }
            let numbers = t.rows.flatMap { $0.cells.flatMap { $0.lineIndices.map { source.lines[$0].number } } }
            return TextTable(rows: rows, lines: (numbers.min() ?? 0)...(numbers.max() ?? 0))
        }
        return (source, tables)
    }

    public static func load(path: String) throws(PlanReadError) -> (SourceText, Plan) {
        let (source, tables) = try read(path: path)
        return (source, PlanParser.parse(source, tables: tables))
    }
}
