import PlanModel

/// Turns the events of `word/document.xml` into one `SourceLine` per body paragraph and
/// the grid structure of every table.
///
/// What the reader keeps is what Word shows with all tracked changes accepted:
/// - insertions (`w:ins`) and moved-to text (`w:moveTo`) are kept; deletions (`w:del`,
///   `w:delText`), moved-from text (`w:moveFrom`) and table rows deleted as a change
///   disappear; a paragraph whose mark was deleted is joined to the next paragraph, as
///   Word joins them on "Accept All";
/// - old formatting recorded by a change (`w:pPrChange`, …) is ignored, so a numbering
///   that was removed does not come back;
/// - field instructions (`w:instrText`) are dropped and field results kept; drawings,
///   embedded objects, the alternative content of `mc:Fallback`, hidden text (`w:vanish`)
///   and section properties are left out; a text box's paragraphs are read where it is
///   anchored (before the anchoring paragraph); headers, footers, comments and notes live
///   in other parts and are never read;
/// - run text is joined as written; `w:tab` and `w:ptab` become "\t"; a manual line
///   break (`w:br`, `w:cr`) becomes one space, so that a paragraph stays one line and a
///   column still counts characters of that paragraph; a non-breaking hyphen becomes "-",
///   an optional hyphen nothing, a symbol (`w:sym`) its Unicode character ("•" when the
///   symbol font's glyph has none); runs formatted all-caps (`w:caps`) are upper-cased,
///   as shown on screen.
///
/// Every paragraph counts, empty ones and table-cell ones included, so `number` is the
/// paragraph's position in the body, which is what "đoạn 12" means in a report.
///
/// Numbers read from the file (spans, grid offsets) and sizes (row width, total grid
/// cells, paragraph length) are checked against `DocxLimits`; a value beyond them ends
/// reading with a `DocxContentError` naming the element.
final class DocxBodyParser: XMLEventHandler {
    private let file: String
    private let limits: DocxLimits
    /// Grid cells of all rows so far (row widths summed), bounded by `maxTableGridCells`.
    private var gridCells = 0
    private var numberer: WordListNumberer
    private(set) var lines: [SourceLine] = []
    private(set) var tables: [DocxTable] = []
    private(set) var sawDocumentRoot = false
    /// Told the number and generated prefix of every line as it is made (the formatting
    /// collector numbers its paragraphs by it).
    var onEmit: ((_ line: Int, _ prefix: String, _ text: String) -> Void)?

    /// Local names of the open elements ("" for elements outside WordprocessingML).
    private var stack: [String] = []
    /// Nesting depth inside a subtree that is being skipped; 0 when not skipping.
    private var skipDepth = 0

    private struct Paragraph {
        var text = ""
        var numId: String?
        var level: Int?
        var style: String?
        var markDeleted = false
    }

    private var paragraphs: [Paragraph] = []
    /// Text of paragraphs whose mark was deleted, waiting to be joined to the next one.
    private var carried = ""
    private var paragraphCount = 0

    /// Run state of the runs that anchor the open text boxes.
    private var savedRuns: [(Bool, Bool)] = []
    private var runCaps = false
    private var runHidden = false
    private var inText = false
    private var textBuffer = ""

    private struct Cell {
        var gridColumn: Int
        var span = 1
        var merge = DocxTableCell.VerticalMerge.none
        var firstLine: Int
    }

    private struct Row {
        var number: Int
        var deleted = false
        var isHeader = false
        var gridCursor = 0
        var cells: [DocxTableCell] = []
        var cell: Cell?
    }

    private struct Table {
        var index: Int
        var rows: [DocxTableRow] = []
        var row: Row?
    }

    private var openTables: [Table] = []

    init(file: String, limits: DocxLimits, numberer: WordListNumberer) {
        self.file = file
        self.limits = limits
        self.numberer = numberer
    }

    // MARK: - Events

    func start(_ name: XMLName, attributes: XMLAttributes) throws(DocxContentError) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let isWord = DocxNamespace.isWordprocessing(name.namespace)
        stack.append(isWord ? name.local : "")
        if name.namespace == DocxNamespace.markupCompatibility {
            if name.local == "Fallback" { skipDepth = 1 }
            return
        }
        guard isWord else { return }
        let parent = ancestor(1)
        switch name.local {
        case "document": sawDocumentRoot = true
        case "p":
            paragraphs.append(Paragraph())
        case "pStyle":
            if parent == "pPr", ancestor(2) == "p" { paragraphs.modifyLast { $0.style = attributes["val"] } }
        case "numId":
            if parent == "numPr", ancestor(2) == "pPr", ancestor(3) == "p" {
                paragraphs.modifyLast { $0.numId = attributes["val"] }
            }
        case "ilvl":
            if parent == "numPr", ancestor(2) == "pPr", ancestor(3) == "p" {
                let level = try DocxContentError.integer(attributes["val"], element: "w:ilvl", in: 0...255)
                paragraphs.modifyLast { $0.level = level }
            }
        case "del", "moveFrom":
            if parent == "rPr", ancestor(2) == "pPr" {
                paragraphs.modifyLast { $0.markDeleted = true }
            } else if parent == "trPr" {
                openTables.modifyLast { $0.row?.deleted = true }
            } else if parent != "rPr" {
                skipDepth = 1
            }
        case "r":
            runCaps = false
            runHidden = false
        case "caps":
            if parent == "rPr", ancestor(2) == "r" { runCaps = DocxNamespace.isOn(attributes["val"]) }
        case "vanish":
            if parent == "rPr", ancestor(2) == "r" { runHidden = DocxNamespace.isOn(attributes["val"]) }
        case "t":
            if parent == "r" {
                inText = true
                textBuffer = ""
            }
        case "tab", "ptab": if parent == "r" { try appendRunText("\t") }
        case "br", "cr": if parent == "r" { try appendRunText(" ") }
        case "noBreakHyphen": if parent == "r" { try appendRunText("-") }
        case "sym": if parent == "r" { try appendRunText(Self.symbol(attributes["char"], font: attributes["font"])) }
        case "tbl":
            flushCarried()
            tables.append(DocxTable(index: tables.count + 1, rows: []))
            openTables.append(Table(index: tables.count))
        case "tr":
            openTables.modifyLast { $0.row = Row(number: $0.rows.count + 1) }
        case "gridBefore":
            if parent == "trPr",
               let n = try DocxContentError.integer(attributes["val"], element: "w:gridBefore",
                                                    in: 0...limits.maxTableColumns), n > 0 {
                try advanceGrid(by: n)
            }
        case "tblHeader":
            if parent == "trPr" { openTables.modifyLast { $0.row?.isHeader = DocxNamespace.isOn(attributes["val"]) } }
        case "tc":
            let start = lines.count
            openTables.modifyLast { table in
                if let cursor = table.row?.gridCursor { table.row?.cell = Cell(gridColumn: cursor + 1, firstLine: start) }
            }
        case "gridSpan":
            if parent == "tcPr",
               let n = try DocxContentError.integer(attributes["val"], element: "w:gridSpan",
                                                    in: 0...limits.maxTableColumns), n > 1 {
                openTables.modifyLast { $0.row?.cell?.span = n }
            }
        case "vMerge":
            if parent == "tcPr" {
                let merge: DocxTableCell.VerticalMerge = attributes["val"] == "restart" ? .restart : .continuation
                openTables.modifyLast { $0.row?.cell?.merge = merge }
            }
        case "txbxContent":
            // A text box's paragraphs are read where the box is anchored, before the
            // paragraph that anchors it; the anchoring run resumes after the box.
            savedRuns.append((runCaps, runHidden))
        case "pPrChange", "rPrChange", "sectPr", "tblPr", "tblGrid", "tblPrChange", "tblGridChange", "trPrChange",
             "tcPrChange", "numberingChange", "sdtPr", "sdtEndPr", "instrText", "delText", "delInstrText",
             "object", "rt", "fldData":
            skipDepth = 1
        default:
            break
        }
    }

    func end(_ name: XMLName) throws(DocxContentError) {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 { stack.removeLast() }
            return
        }
        guard let local = stack.popLast(), !local.isEmpty else { return }
        switch local {
        case "t":
            if inText {
                inText = false
                var text = textBuffer
                if runCaps { text = text.uppercased() }
                try appendRunText(Self.singleLine(text))
            }
        case "p": try finishParagraph()
        case "tc": try finishCell()
        case "tr": finishRow()
        case "tbl": finishTable()
        case "body": flushCarried()
        case "txbxContent":
            flushCarried()
            if let (caps, hidden) = savedRuns.popLast() { (runCaps, runHidden) = (caps, hidden) }
        default: break
        }
    }

    func text(_ text: String) throws(DocxContentError) {
        guard inText && skipDepth == 0 else { return }
        textBuffer += text
        if textBuffer.utf8.count > limits.maxParagraphBytes { throw paragraphTooLong() }
    }

    // MARK: - Paragraphs

    private func ancestor(_ level: Int) -> String? {
        let i = stack.count - 1 - level
        return i >= 0 ? stack[i] : nil
    }

    private func appendRunText(_ text: String) throws(DocxContentError) {
        guard !runHidden, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
        if paragraphs[paragraphs.count - 1].text.utf8.count > limits.maxParagraphBytes { throw paragraphTooLong() }
    }

    private func paragraphTooLong() -> DocxContentError {
        DocxContentError(message: "một đoạn văn dài hơn \(limits.maxParagraphBytes) byte; từ chối đọc.",
                         messageEn: "a paragraph is longer than \(limits.maxParagraphBytes) bytes; refused.")
    }

    /// Whether the open paragraph sits in a table row deleted as a tracked change.
    private var insideDeletedRow: Bool { openTables.contains { $0.row?.deleted == true } }

    private func finishParagraph() throws(DocxContentError) {
        guard let paragraph = paragraphs.popLast(), !insideDeletedRow else { return }
        if paragraph.markDeleted {
            carried += paragraph.text
            if carried.utf8.count > limits.maxParagraphBytes { throw paragraphTooLong() }
            return
        }
        let text = carried + paragraph.text
        carried = ""
        let prefix = numberer.prefix(numId: paragraph.numId, level: paragraph.level, style: paragraph.style)
        emit(text, prefix: prefix ?? "")
    }

    /// Emits text left over from a deleted paragraph mark when no paragraph follows in
    /// the same container (Word keeps such text as a paragraph of its own).
    private func flushCarried() {
        guard !carried.isEmpty else { return }
        let text = carried
        carried = ""
        emit(text, prefix: "")
    }

    private func emit(_ text: String, prefix: String) {
        paragraphCount += 1
        var logical = LogicalLocation(paragraph: paragraphCount)
        if let table = openTables.last, let row = table.row {
            logical.table = table.index
            logical.row = row.number
            logical.column = row.cell?.gridColumn
        }
        lines.append(SourceLine(number: paragraphCount, text: text, generatedPrefix: prefix, logical: logical))
        onEmit?(paragraphCount, prefix, text)
    }

    // MARK: - Tables

    /// Moves the open row's grid cursor on by `columns`, within the row and document bounds.
    private func advanceGrid(by columns: Int) throws(DocxContentError) {
        guard let cursor = openTables.last?.row?.gridCursor else { return }
        // Both terms are at most maxTableColumns, so the sums cannot overflow.
        guard cursor + columns <= limits.maxTableColumns else {
            throw DocxContentError(
                message: "một hàng của bảng rộng hơn \(limits.maxTableColumns) cột; từ chối đọc.",
                messageEn: "a table row is wider than \(limits.maxTableColumns) columns; refused.")
        }
        gridCells += columns
        guard gridCells <= limits.maxTableGridCells else {
            throw DocxContentError(
                message: "các bảng có hơn \(limits.maxTableGridCells) ô lưới; từ chối đọc.",
                messageEn: "the tables have more than \(limits.maxTableGridCells) grid cells; refused.")
        }
        openTables.modifyLast { $0.row?.gridCursor = cursor + columns }
    }

    private func finishCell() throws(DocxContentError) {
        flushCarried()
        guard let span = openTables.last?.row?.cell?.span else { return }
        try advanceGrid(by: span)
        guard var table = openTables.popLast() else { return }
        defer { openTables.append(table) }
        guard var row = table.row, let cell = row.cell else { return }
        row.cell = nil
        if !row.deleted && !insideDeletedRow {
            let range = cell.firstLine..<lines.count
            let cellLines = lines[range]
            let text = cellLines.map { $0.generatedPrefix + $0.text }.joined(separator: "\n")
            var span: SourceSpan?
            if let first = cellLines.first, let last = cellLines.last {
                span = SourceSpan(file: file, start: SourcePosition(line: first.number, column: 1),
                                  end: SourcePosition(line: last.number, column: last.text.count + 1),
                                  logical: first.logical)
            }
            row.cells.append(DocxTableCell(gridColumn: cell.gridColumn, columnSpan: cell.span,
                                           verticalMerge: cell.merge, lineIndices: range, text: text, span: span))
        }
        table.row = row
    }

    private func finishRow() {
        guard var table = openTables.popLast() else { return }
        if let row = table.row, !row.deleted {
            table.rows.append(DocxTableRow(index: row.number, isRepeatedHeader: row.isHeader, cells: row.cells))
        }
        table.row = nil
        openTables.append(table)
    }

    private func finishTable() {
        guard let table = openTables.popLast() else { return }
        tables[table.index - 1].rows = table.rows
    }

    // MARK: - Characters

    /// Replaces characters that would split a line (a producer may put a newline inside
    /// `w:t`; Word shows it as a space).
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isLineBreak($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && lastWasCR { lastWasCR = false; continue }
            lastWasCR = scalar == "\r"
            out.append(isLineBreak(scalar) ? " " : scalar)
        }
        return String(out)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The character a `w:sym` shows. Symbol-font code points sit in the private use area
    /// (U+F000 + the font's own code); the common ones are mapped, others shown as "•".
    static func symbol(_ code: String?, font: String?) -> String {
        guard let code, let value = UInt32(code, radix: 16) else { return "•" }
        let low = value >= 0xF000 && value <= 0xF0FF ? value - 0xF000 : value
        if value < 0xF000 || value > 0xF0FF {
            guard let scalar = Unicode.Scalar(value), !isLineBreak(scalar), value >= 0x20 else { return "•" }
            return String(scalar)
        }
        let isSymbolFont = font?.lowercased() == "symbol"
        if isSymbolFont, let mapped = symbolFont[low] { return mapped }
        if low == 0x2D { return "-" }
        return "•"
    }

    private static let symbolFont: [UInt32: String] = [
        0x2D: "-", 0x2B: "+", 0x3D: "=", 0x3C: "<", 0x3E: ">", 0xA3: "≤", 0xB3: "≥", 0xB4: "×", 0xB1: "±",
        0xAE: "→", 0xAC: "←", 0xB0: "°", 0xB7: "•", 0xD7: "⋅", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈",
    ]
}

extension Array {
    /// Applies `change` to the last element, if any.
    fileprivate mutating func modifyLast(_ change: (inout Element) -> Void) {
        guard !isEmpty else { return }
        change(&self[count - 1])
    }
}
