import Foundation
import PlanModel

/// Word 2007+ documents: paragraphs as lines, plus the tables with their merged cells.
public struct DocxPlanReader: PlanReader {
    public var limits: DocxLimits

    public init(limits: DocxLimits = .default) { self.limits = limits }

    public var format: InputFormat { .docx }

    public func read(_ input: OpenedInput) throws(PlanReadError) -> ReadDocument {
        let document = try TemporaryFile.with(input, suffix: ".docx") { url throws(PlanReadError) in
            try DocxReader.readDocument(url: url, displayPath: input.displayPath, limits: limits)
        }
        let lines = document.source.lines
        let tables = document.tables.map { table in
            SourceTable(rows: table.rows.map { row in
                row.cells.map { cell in
                    SourceTable.Cell(text: cell.text, span: cell.span,
                                     lineNumbers: cell.lineIndices.map { lines[$0].number },
                                     columnSpan: cell.columnSpan, continuesAbove: cell.verticalMerge == .continuation)
                }
            })
        }
        return .text(document.source, tables: tables)
    }
}
