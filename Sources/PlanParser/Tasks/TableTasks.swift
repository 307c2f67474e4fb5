import Foundation
import PlanModel
import VietnameseText

/// Tasks written as table rows (appendix-style plans): found in Word tables, Markdown
/// pipe tables and web-copied tables, and turned into the same `PlanTask` the text form gives.
enum TableTasks {
    struct Result {
        /// Task rows with the table they come from (1-based among the tables that hold tasks, in reading order).
        var rows: [(table: Int, row: TableTaskRow)] = []
        var tasks: [PlanTask] { rows.enumerated().map { task($1.row, table: $1.table, row: $0 + 1) } }
        /// The source with the lines of task tables blanked, so they are not read twice.
        var remainingSource: SourceText
    }

    static func extract(_ source: SourceText, extraTables: [TextTable]) -> Result {
        var tables = extraTables
        if source.file.kind != .docx {
            // Cheap pre-checks: most plans have no table, and the recognisers are not free.
            let trimmed = source.lines.lazy.map { $0.text.drop { $0 == " " } }
            if trimmed.contains(where: { $0.hasPrefix("|") }) { tables += MarkdownTableRecognizer.tables(in: source) }
            if trimmed.contains(where: { $0.first == "|" && $0.dropFirst().allSatisfy { $0 == " " || $0 == "\t" } }) {
                tables += FlattenedTableRecognizer.tables(in: source)
            }
        }
        var found: [(table: Int, row: TableTaskRow)] = []
        var used = Set<Int>()
        // Tables are numbered among the task tables, so the header and signature tables a
        // Word file lays out in tables do not shift "Bảng 1" away from its text twin's.
        var taskTables = 0
        for table in tables {
            if table.lines.contains(where: { used.contains($0) }) { continue }  // found twice (Markdown and flat)
            let rows = TableTaskExtractor.extract(rows: table.rows).tasks
            guard !rows.isEmpty else { continue }
            used.formUnion(table.lines)
            taskTables += 1
            for row in rows { found.append((taskTables, row)) }
        }
        guard !used.isEmpty else { return Result(rows: [], remainingSource: source) }
        var remaining = source
        remaining.lines = source.lines.map { used.contains($0.number) ? SourceLine(number: $0.number, text: "", logical: $0.logical) : $0 }
        return Result(rows: found, remainingSource: remaining)
    }

    /// The table rows as tasks placed in the document: a table inside an appendix gives paths
    /// under it ("PL.II.I.3": row 3 of group I of Phụ lục II) and its group rows become
    /// sections of the appendix; a table elsewhere keeps "Bảng n.I.3".
    static func place(_ result: Result, in sections: [Section]) -> (tasks: [PlanTask], sections: [Section]) {
        var sections = sections
        var tasks: [PlanTask] = []
        var used = Set<String>()
        var tablesIn: [Int: Set<Int>] = [:]   // appendix index → tables in it
        func appendixIndex(_ line: Int) -> Int? {
            guard let k = sections.lastIndex(where: { $0.span.start.line <= line }), sections[k].marker.style == .appendix else { return nil }
            return k
        }
        for entry in result.rows { if let a = appendixIndex(entry.row.span.start.line) { tablesIn[a, default: []].insert(entry.table) } }
        for (k, entry) in result.rows.enumerated() {
            var t = task(entry.row, table: entry.table, row: k + 1)
            if let a = appendixIndex(entry.row.span.start.line) {
                var base = sections[a].path
                if (tablesIn[a]?.count ?? 0) > 1 { base += ".Bảng \(entry.table)" }
                var sectionPath = base
                if let g = entry.row.group {
                    sectionPath = "\(base).\(g.value)"
                    if !sections[a].children.contains(where: { $0.path == sectionPath }), let title = entry.row.groupTitle {
                        let ordinal = RomanNumeral.value(of: g.value) ?? Int(g.value.unicodeScalars.first!.value) - 64
                        let style: NumberingStyle = RomanNumeral.value(of: g.value) != nil ? .roman : .arabic
                        let marker = NumberingMarker(style: style, label: g.value, ordinal: ordinal, text: g.value, span: g.span)
                        var span = g.span
                        span.end = title.span.end
                        sections[a].children.append(Section(path: sectionPath, marker: marker, title: title,
                                                            depth: sections[a].depth + 1, span: span))
                    }
                }
                t.sectionPath = sectionPath
                t.path = entry.row.ordinal.map { "\(sectionPath).\($0.value)" } ?? "\(sectionPath).\(k + 1)"
            }
            if used.contains(t.path) {
                var n = 2
                while used.contains("\(t.path)(\(n))") { n += 1 }
                t.path = "\(t.path)(\(n))"
            }
            used.insert(t.path)
            tasks.append(t)
        }
        return (tasks, sections)
    }

    static func task(_ row: TableTaskRow, table: Int, row index: Int) -> PlanTask {
        let path = row.pathHint.map { "Bảng \(table).\($0)" } ?? "Bảng \(table).\(index)"
        let title = row.title ?? row.activity ?? Located("", span: row.span)
        var other: [String: Located<String>] = row.otherColumns
        if let a = row.activity, row.title != nil { other["Hoạt động"] = a }
        if let n = row.note { other["Ghi chú"] = n }
        if let g = row.groupTitle { other["Nhóm"] = g }
        return PlanTask(path: path, sectionPath: "Bảng \(table)", marker: nil, title: title, lead: row.lead,
                        leadSource: row.lead == nil ? nil : .field, leadLabel: row.lead == nil ? nil : "Cơ quan chủ trì",
                        coordinating: row.coordinating, product: row.product, timeline: row.timeline,
                        otherFields: other, span: row.span)
    }
}
