import Foundation
import PlanModel
import PlanParser
import PlanReaders

/// Sample files shared by the table tests, found from this file's path.
enum TableSamples {
    /// The repository root: four levels up from Tests/PlanParserTests/Tables/File.swift.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A text file as lines (a stand-in for the text reader: UTF-8, "\n" line ends).
    static func text(_ relativePath: String) throws -> SourceText {
        let content = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
        var pieces = content.components(separatedBy: "\n")
        if pieces.last == "" { pieces.removeLast() }
        let lines = pieces.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let kind: SourceKind = relativePath.hasSuffix(".md") ? .markdown : .text
        return SourceText(file: SourceFile(path: relativePath, kind: kind), lines: lines)
    }

    /// In-memory lines, for small table-driven cases.
    static func lines(_ text: String, file: String = "t.txt") -> SourceText {
        let lines = text.components(separatedBy: "\n").enumerated()
            .map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return SourceText(file: SourceFile(path: file, kind: .text), lines: lines)
    }

    /// The rows of a Word table as table cells: the glue a caller writes between the
    /// Word reader and the extractor.
    static func rows(of table: DocxTable) -> [[TableCell]] {
        table.rows.map { row in
            row.cells.map { cell in
                let fallback = SourceSpan(file: "", start: SourcePosition(line: 0, column: 1),
                                          end: SourcePosition(line: 0, column: 1))
                return TableCell(text: cell.text, span: cell.span ?? fallback, columnSpan: cell.columnSpan,
                                 continuesAbove: cell.verticalMerge == .continuation)
            }
        }
    }

    /// A one-line cell for hand-built tables: the text at `column` of `line`.
    static func cell(_ text: String, line: Int = 1, column: Int = 1, span: Int = 1, merged: Bool = false) -> TableCell {
        TableCell(text: text,
                  span: SourceSpan(file: "t", start: SourcePosition(line: line, column: column),
                                   end: SourcePosition(line: line, column: column + text.count)),
                  columnSpan: span, continuesAbove: merged)
    }

    /// A row of one-line cells on line `line`.
    static func row(_ texts: [String], line: Int = 1) -> [TableCell] {
        texts.enumerated().map { cell($0.element, line: line, column: $0.offset * 20 + 1) }
    }
}
