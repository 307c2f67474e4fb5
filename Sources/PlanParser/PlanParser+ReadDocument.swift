import PlanModel
import VietnameseText

extension PlanParser {
    /// Parses what a reader returned: text is parsed with the reader's tables; a structured
    /// plan is already a `Plan`.
    public static func parse(_ document: ReadDocument) -> Plan {
        switch document {
        case .plan(let plan, _):
            return plan
        case .text(let source, let tables):
            return parse(source, tables: tables.compactMap { TextTable($0, in: source) })
        }
    }
}

extension TextTable {
    /// A reader's table as the parser's table. Cell text goes through the same normaliser
    /// as every other line (NFC, extraction glitches, zero-width marks), line by line.
    init?(_ table: SourceTable, in source: SourceText) {
        guard let range = table.lineRange else { return nil }
        var byNumber: [Int: SourceLine] = [:]
        for line in source.lines where range.contains(line.number) { byNumber[line.number] = line }
        let rows = table.rows.map { row in
            row.map { cell -> TableCell in
                let text = cell.lineNumbers.isEmpty ? cell.text : cell.lineNumbers.compactMap { n in
                    byNumber[n].map { VietnameseNormalizer.normalize(line: $0.text, generatedPrefix: $0.generatedPrefix).string }
                }.joined(separator: "\n")
                let span = cell.span ?? SourceSpan(file: source.file.path, start: .init(line: range.lowerBound, column: 1),
                                                   end: .init(line: range.lowerBound, column: 1))
                return TableCell(text: text, span: span, columnSpan: cell.columnSpan, continuesAbove: cell.continuesAbove)
            }
        }
        self.init(rows: rows, lines: range)
    }
}
