import Foundation
import PlanModel

/// Finds tables flattened into lines, as a table comes out when copied from a web page
/// or a viewer into plain text: one cell per line (or block of lines), cells of a row
/// separated by lines holding only "|", rows separated by blank lines.
///
///     TT
///     |
///     Nhiệm vụ
///     |
///     Cơ quan chủ trì
///
///     1
///     |
///     Rà soát văn bản …
///     |
///     Văn phòng Sở
///
/// A table starts at the first row with at least three cells and ends at the last row
/// with two or more; rows of one cell between them (a group title such as "II. CẢI CÁCH
/// THỦ TỤC HÀNH CHÍNH", a merged full-width cell) belong to the table, at most two in a
/// row. A cell of several lines keeps them, joined by "\n"; its span runs from its first
/// character to the end of its last line.
public enum FlattenedTableRecognizer {
    /// The flattened tables in `source`, in order.
    public static func tables(in source: SourceText) -> [TextTable] {
        let blocks = self.blocks(of: source.lines)
        var tables: [TextTable] = []
        var i = 0
        while i < blocks.count {
            guard blocks[i].separators >= 2 else {
                i += 1
                continue
            }
            var end = i
            var j = i + 1
            var singles = 0
            // A framed block (a web copy of a Word table) holds the whole table.
            while j < blocks.count, !isFramed(blocks[i]) {
                if blocks[j].separators > 0 {
                    end = j
                    singles = 0
                } else {
                    singles += 1
                    if singles > 2 { break }
                }
                j += 1
            }
            let rows = blocks[i...end].flatMap { Self.rows(of: $0, file: source.file.path) }
            tables.append(TextTable(rows: rows, lines: blocks[i].lines.first!.number...blocks[end].lines.last!.number))
            i = end + 1
        }
        return tables
    }

    /// Lines between blank lines, with the count of separator lines in each.
    private struct Block {
        var lines: [SourceLine] = []
        var separators = 0
    }

    private static func isSeparator(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces) == "|"
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    }

    private static func blocks(of lines: [SourceLine]) -> [Block] {
        var blocks: [Block] = []
        var current = Block()
        for line in lines {
            // A copy without blank lines runs one appendix's table into the next one's heading.
            if isBlank(line.text) || (!current.lines.isEmpty && isAppendixHeading(line.text)) {
                if !current.lines.isEmpty { blocks.append(current) }
                current = Block()
                if isBlank(line.text) { continue }
            }
            current.lines.append(line)
            if isSeparator(line.text) { current.separators += 1 }
        }
        if !current.lines.isEmpty { blocks.append(current) }
        return blocks.flatMap(splitPreamble)
    }

    /// "PHỤ LỤC II", "**Phụ lục 1**" at the start of a line.
    private static func isAppendixHeading(_ text: String) -> Bool {
        let t = text.drop { $0 == "*" || $0 == " " }
        return t.hasPrefix("PHỤ LỤC") || t.hasPrefix("Phụ lục ") && t.dropFirst(8).first.map { $0.isNumber || "IVX".contains($0) } == true
    }

    private static func isFramed(_ block: Block) -> Bool {
        let lines = block.lines
        guard lines.first.map({ isSeparator($0.text) }) == true, lines.last.map({ isSeparator($0.text) }) == true else { return false }
        return lines.indices.dropLast().contains { isSeparator(lines[$0].text) && isSeparator(lines[$0 + 1].text) }
    }

    /// "PHỤ LỤC II" and its title right above a framed table, with no blank line between:
    /// text before the first separator of a block whose rows are framed is not a cell.
    private static func splitPreamble(_ block: Block) -> [Block] {
        let lines = block.lines
        guard let first = lines.firstIndex(where: { isSeparator($0.text) }), first > 0,
              lines.last.map({ isSeparator($0.text) }) == true, lines.indices.dropLast().contains(where: { isSeparator(lines[$0].text) && isSeparator(lines[$0 + 1].text) }) else {
            return [block]
        }
        let head = Block(lines: Array(lines[..<first]), separators: 0)
        let rest = Block(lines: Array(lines[first...]), separators: block.separators)
        return [head, rest]
    }

    /// The rows of one block. A web copy of a Word table frames each row with separators and
    /// puts no blank line between rows: "|" cell "|" cell "|", the next row's "|" right after.
    /// Two separators in a row are then a row's end, or an empty cell: they are an empty cell
    /// when the row is short of the header's width and the cells that follow complete it.
    private static func rows(of block: Block, file: String) -> [[TableCell]] {
        let lines = block.lines
        guard lines.first.map({ isSeparator($0.text) }) == true, lines.last.map({ isSeparator($0.text) }) == true,
              lines.indices.dropLast().contains(where: { isSeparator(lines[$0].text) && isSeparator(lines[$0 + 1].text) }) else {
            return [cells(of: block, file: file)]
        }
        // Segments between double separators; `leadingEmpty` when a third separator opens the segment.
        var segments: [[TableCell]] = []
        var k = 1
        var cellLines: [SourceLine] = []
        var row: [TableCell] = []
        var lastSeparator = lines[0]
        while k < lines.count {
            let line = lines[k]
            if isSeparator(line.text) {
                row.append(cell(from: cellLines, file: file, fallback: line))
                cellLines = []
                lastSeparator = line
                if k + 1 < lines.count, isSeparator(lines[k + 1].text) {
                    segments.append(row)
                    row = []
                    k += 2
                    // "| | |": the new row begins with an empty cell.
                    while k < lines.count, isSeparator(lines[k].text) {
                        row.append(cell(from: [], file: file, fallback: lines[k]))
                        k += 1
                    }
                    continue
                }
            } else {
                cellLines.append(line)
            }
            k += 1
        }
        if !cellLines.isEmpty { row.append(cell(from: cellLines, file: file, fallback: lastSeparator)) }
        if !row.isEmpty { segments.append(row) }
        guard let width = segments.first?.count, width >= 2 else { return segments }
        var out: [[TableCell]] = []
        for seg in segments {
            if var last = out.last, last.count < width, last.count + 1 + seg.count <= width, !isGroupRow(last) {
                last.append(TableCell(text: "", span: SourceSpan(file: file, start: last.last!.span.end, end: last.last!.span.end)))
                last += seg
                out[out.count - 1] = last
            } else {
                out.append(seg)
            }
        }
        return out
    }

    /// A row that spans the table: one cell, or a group label and its title ("I" | "Hoàn thiện thể chế").
    private static func isGroupRow(_ row: [TableCell]) -> Bool {
        let texts = row.map { TableText.tidy($0.text) }.filter { !$0.isEmpty }
        if texts.count <= 1 { return true }
        return texts.count == 2 && TableText.groupLabel(TableText.foldedKey(texts[0]).uppercased()) != nil
    }

    private static func cells(of block: Block, file: String) -> [TableCell] {
        var cells: [TableCell] = []
        var pending: [SourceLine] = []
        var lastSeparator: SourceLine?
        func flush(at separator: SourceLine?) {
            cells.append(cell(from: pending, file: file, fallback: separator ?? lastSeparator ?? block.lines[0]))
            pending = []
        }
        for line in block.lines {
            if isSeparator(line.text) {
                flush(at: line)
                lastSeparator = line
            } else {
                pending.append(line)
            }
        }
        flush(at: nil)
        return cells
    }

    /// A cell from its lines; an empty cell gets a zero-width span at the separator after it.
    private static func cell(from lines: [SourceLine], file: String, fallback: SourceLine) -> TableCell {
        guard let first = lines.first, let last = lines.last else {
            let position = SourcePosition(line: fallback.number, column: 1)
            return TableCell(text: "", span: SourceSpan(file: file, start: position, end: position,
                                                        logical: fallback.logical))
        }
        let leading = first.text.prefix { $0 == " " || $0 == "\t" }.count
        let trimmedLast = last.text.reversed().drop { $0 == " " || $0 == "\t" }.count
        let text = lines.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        let span = SourceSpan(file: file, start: SourcePosition(line: first.number, column: leading + 1),
                              end: SourcePosition(line: last.number, column: trimmedLast + 1), logical: first.logical)
        return TableCell(text: text, span: span)
    }
}

