import PlanModel

/// Turns a plan's task table (rows of cells) into task records.
///
/// Plans, and above all master plans, often list their tasks in an appendix table:
/// "TT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Ghi chú".
/// The extractor:
/// - finds the header row (the first row naming at least two known columns, one of them
///   the task or activity) and maps columns by header text, with or without diacritics;
///   headers it does not know are returned as `unrecognisedColumns`;
/// - skips the header where it is repeated (at each page of a PDF or web copy), the row
///   of column numbers "(1) (2) (3) …", and empty rows;
/// - opens a group at a group row: a Roman numeral or capital letter in the TT column
///   with one other text ("I | KIỆN TOÀN …"), one text repeated across the row (a merged
///   cell as copied from a web page), a single full-width cell ("II. CẢI CÁCH …"), or a
///   single upper-case title with an empty TT column;
/// - gives a cell that continues a vertically merged cell, or says "nt"/"như trên", the
///   value above it in the same column (within the same group);
/// - keeps a row as a task when it has a task or activity text; other rows are skipped.
/// Nothing is guessed: a value not in the table stays nil.
public enum TableTaskExtractor {
    /// Task records of the table, in row order, and the header texts of the columns whose
    /// role was not recognised (empty when no header row was found, as is `tasks`).
    public static func extract(rows: [[TableCell]]) -> (tasks: [TableTaskRow], unrecognisedColumns: [String]) {
        let grid = rows.map(GridRow.init)
        guard let headerIndex = grid.firstIndex(where: isHeader) else { return ([], []) }
        let header = grid[headerIndex]
        var roles: [Int: TableColumnRole] = [:]
        var otherHeaders: [Int: String] = [:]
        var unrecognised: [String] = []
        for slot in header.slots where slot.isOrigin {
            let text = TableText.tidy(slot.cell.text).replacingOccurrences(of: "\n", with: " ")
            guard !text.isEmpty else { continue }
            if let role = TableColumnRole.recognise(header: text), !roles.values.contains(role) {
                roles[slot.column] = role
            } else {
                otherHeaders[slot.column] = text
                unrecognised.append(text)
            }
        }
        let headerKeys = header.keys
        let ordinalColumn = roles.first { $0.value == .ordinal }?.key

        var tasks: [TableTaskRow] = []
        var group: Located<String>?
        var groupTitle: Located<String>?
        var above: [Int: Located<String>] = [:]
        for row in grid[(headerIndex + 1)...] {
            let own = row.ownTexts
            if own.isEmpty && !row.slots.contains(where: { $0.isOrigin && $0.cell.continuesAbove }) { continue }
            if isRepeatedHeader(row, headerKeys: headerKeys) || isColumnNumberRow(own) { continue }
            if let opened = groupOpened(by: row, ordinalColumn: ordinalColumn) {
                (group, groupTitle) = opened
                above = [:]
                continue
            }
            var values: [Int: Located<String>] = [:]
            for slot in row.slots where slot.isOrigin {
                let text = TableText.tidy(slot.cell.text)
                if slot.cell.continuesAbove || TableText.isDitto(text) {
                    if let inherited = above[slot.column] { values[slot.column] = inherited }
                } else if !text.isEmpty {
                    values[slot.column] = Located(text, span: slot.cell.span)
                }
            }
            above = values
            func value(_ role: TableColumnRole) -> Located<String>? {
                guard let column = roles.first(where: { $0.value == role })?.key else { return nil }
                return values[column]
            }
            guard value(.title) != nil || value(.activity) != nil else { continue }
            var ordinal = value(.ordinal)
            if let o = ordinal {
                var text = Substring(o.value)
                while let last = text.last, last == "." || last == ")" { text = text.dropLast() }
                ordinal = text.isEmpty ? nil : Located(String(text), span: o.span)
            }
            var others: [String: Located<String>] = [:]
            for (column, name) in otherHeaders {
                if let v = values[column] { others[name] = v }
            }
            tasks.append(TableTaskRow(group: group, groupTitle: groupTitle, ordinal: ordinal, title: value(.title),
                                      activity: value(.activity), lead: value(.lead),
                                      coordinating: value(.coordinating), product: value(.product),
                                      timeline: value(.timeline), note: value(.note), otherColumns: others,
                                      span: row.span))
        }
        return (tasks, unrecognised)
    }

    // MARK: - Row kinds

    private static func isHeader(_ row: GridRow) -> Bool {
        var roles = Set<TableColumnRole>()
        for slot in row.slots where slot.isOrigin {
            if let role = TableColumnRole.recognise(header: slot.cell.text) { roles.insert(role) }
        }
        // A procedure ("Bước thực hiện | Đơn vị thực hiện | Thời gian") lists steps, not tasks.
        let procedure = row.slots.contains { slot in
            let key = TableText.foldedKey(slot.cell.text)
            return key.hasPrefix("buoc") || key.hasPrefix("trinh tu") || key.hasPrefix("quy trinh")
        }
        return !procedure && roles.count >= 2 && (roles.contains(.title) || roles.contains(.activity))
            && (roles.contains(.lead) || roles.contains(.timeline) || roles.contains(.product))
    }

    private static func isRepeatedHeader(_ row: GridRow, headerKeys: [Int: String]) -> Bool {
        let keys = row.keys
        guard keys.count >= 2 else { return false }
        return keys.allSatisfy { headerKeys[$0.key] == $0.value }
    }

    private static func isColumnNumberRow(_ own: [(column: Int, text: String, cell: TableCell)]) -> Bool {
        own.count >= 2 && own.allSatisfy { TableText.isColumnNumber($0.text) }
    }

    /// The group a row opens, or nil when it is not a group row.
    private static func groupOpened(by row: GridRow, ordinalColumn: Int?)
        -> (Located<String>?, Located<String>?)? {
        let own = row.ownTexts
        guard !own.isEmpty else { return nil }
        // "I | KIỆN TOÀN …": a group label in the TT column and one other text.
        if let ordinalColumn, let first = own.first, first.column == ordinalColumn,
           let label = TableText.groupLabel(first.text) {
            let rest = own.dropFirst()
            if let title = rest.first, rest.allSatisfy({ $0.text == title.text }) {
                return (Located(label, span: first.cell.span), Located(title.text, span: title.cell.span))
            }
        }
        let distinct = Set(own.map(\.text))
        guard distinct.count == 1, let only = own.first else { return nil }
        let repeated = own.count >= 2
        let fullWidth = own.count == 1 && only.cell.columnSpan >= max(row.width - 1, 2)
        let emptyOrdinal = ordinalColumn.map { column in !own.contains { $0.column == column } } ?? true
        let labelled = TableText.splitGroupLabel(only.text)
        let upperTitle = TableText.isUpperCaseTitle(only.text) && emptyOrdinal && only.text.count >= 8
        guard repeated || fullWidth || labelled != nil || upperTitle else { return nil }
        if let (label, rest) = labelled {
            return (Located(label, span: only.cell.span), Located(rest, span: only.cell.span))
        }
        return (nil, Located(only.text, span: only.cell.span))
    }

    // MARK: - Grid

    /// A row laid out on the table grid: each cell at the column of its left edge.
    private struct GridRow {
        struct Slot {
            var column: Int
            var cell: TableCell
            /// False for the columns a horizontally merged cell covers after its first.
            var isOrigin: Bool
        }

        var slots: [Slot] = []
        var width = 0
        var span: SourceSpan

        init(_ cells: [TableCell]) {
            var column = 0
            for cell in cells {
                for offset in 0..<cell.columnSpan {
                    slots.append(Slot(column: column + offset, cell: cell, isOrigin: offset == 0))
                }
                column += cell.columnSpan
            }
            width = column
            let first = cells.first?.span ?? SourceSpan(file: "", start: SourcePosition(line: 0, column: 0),
                                                         end: SourcePosition(line: 0, column: 0))
            let last = cells.last?.span ?? first
            span = SourceSpan(file: first.file, start: first.start, end: max(first.end, last.end),
                              logical: first.logical)
        }

        /// Non-empty own texts (tidied) of the cells, by grid column.
        var ownTexts: [(column: Int, text: String, cell: TableCell)] {
            slots.compactMap { slot in
                guard slot.isOrigin, !slot.cell.continuesAbove else { return nil }
                let text = TableText.tidy(slot.cell.text)
                return text.isEmpty ? nil : (slot.column, text, slot.cell)
            }
        }

        /// Folded keys of the non-empty cells, by grid column.
        var keys: [Int: String] {
            var out: [Int: String] = [:]
            for entry in ownTexts { out[entry.column] = TableText.foldedKey(entry.text) }
            return out
        }
    }
}
