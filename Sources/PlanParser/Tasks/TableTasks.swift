import Foundation
import PlanModel

/// Tasks written as table rows (appendix-style plans): found in Word tables, Markdown
/// pipe tables and web-copied tables, and turned into the same `PlanTask` the text form gives.
enum TableTasks {
    struct Result {
        var tasks: [PlanTask]
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
        var tasks: [PlanTask] = []
        var used = Set<Int>()
        for (n, table) in tables.enumerated() {
            if table.lines.contains(where: { used.contains($0) }) { continue }  // found twice (Markdown and flat)
            let rows = TableTaskExtractor.extract(rows: table.rows).tasks
            guard !rows.isEmpty else { continue }
            used.formUnion(table.lines)
            for (k, row) in rows.enumerated() { tasks.append(task(row, table: n + 1, row: k + 1)) }
        }
        guard !used.isEmpty else { return Result(tasks: [], remainingSource: source) }
        var remaining = source
        remaining.lines = source.lines.map { used.contains($0.number) ? SourceLine(number: $0.number, text: "", logical: $0.logical) : $0 }
        return Result(tasks: tasks, remainingSource: remaining)
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
