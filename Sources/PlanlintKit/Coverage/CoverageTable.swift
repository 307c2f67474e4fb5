import Foundation
import MasterPlans
import PlanModel
import PlanReaders
import PlanRules

/// The reviewer's table for many plans against one master pack: one row per plan (the
/// agency that issued it), with the counts of the per-plan table (`CoverageReport`).
public struct CoverageTable: Sendable {
    /// One agency's plan.
    public struct Row: Sendable, Equatable {
        public var file: String
        public var unitID: String?
        public var unitName: String?
        /// False when the file could not be read (then `error` says why).
        public var planFound: Bool
        public var error: String?
        public var owed = 0
        public var lead = 0
        public var covered = 0
        public var late = 0
        public var partial = 0
        public var missing = 0
        /// Mandated early plans owed, and how many of them the plan delivers.
        public var mandatedOwed = 0
        public var mandatedCovered = 0
        public var missingAreas = 0
    }

    public var master: String
    public var rows: [Row]

    /// Builds the table; plans are read in parallel, rows keep the order of `planPaths`.
    public static func build(planPaths: [String], packPath: String, unitID: String?) throws(RuleFileIssue) -> CoverageTable {
        let context = try MasterPlanContext.load(packPath: packPath)
        let plans = PlanLoader.load(paths: planPaths)
        var rows: [Row] = []
        for (path, result) in zip(planPaths, plans) {
            switch result {
            case .failure(let error):
                rows.append(Row(file: path, planFound: false, error: error.line(english: false)))
            case .success(let plan):
                do {
                    rows.append(row(try CoverageReport.build(plan: plan, file: path, context: context, unitID: unitID)))
                } catch {
                    throw error.issue
                }
            }
        }
        return CoverageTable(master: context.pack.master.title, rows: rows)
    }

    static func row(_ r: CoverageReport) -> Row {
        var row = Row(file: r.file, unitID: r.unit?.id, unitName: r.unit?.name, planFound: true)
        row.owed = r.rows.count
        row.lead = r.rows.filter { $0.role == .lead }.count
        for c in r.rows {
            switch c.status {
            case .covered: row.covered += 1
            case .late: row.late += 1
            case .partial: row.partial += 1
            case .missing: row.missing += 1
            }
            if c.mandatedEarlyPlan {
                row.mandatedOwed += 1
                if c.status == .covered || c.status == .late { row.mandatedCovered += 1 }
            }
        }
        row.missingAreas = r.missingAreas.count
        return row
    }
}

/// A cell of the table, shaped like the `Spreadsheet` target's `SpreadsheetCell`, so the
/// `.xlsx` writer takes `CoverageTable.cells(english:)` as it is.
public enum CoverageCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case empty
}

extension CoverageTable {
    /// Column headings.
    public static func header(english: Bool) -> [String] {
        english
            ? ["Unit", "Unit id", "Plan", "Plan found", "Obligations", "Leads", "Covered", "Late", "Partial", "Missing",
               "Mandated plans (delivered/owed)", "Missing areas"]
            : ["Đơn vị", "Mã đơn vị", "Kế hoạch", "Có kế hoạch", "Nhiệm vụ được giao", "Chủ trì", "Đã có", "Muộn",
               "Thiếu thành phần", "Chưa có", "KH ban hành sớm (có/phải có)", "Thiếu lĩnh vực"]
    }

    /// Header row, then one row per plan, as typed cells (numbers stay numbers in a spreadsheet).
    public func cells(english: Bool = false) -> [[CoverageCell]] {
        var out: [[CoverageCell]] = [Self.header(english: english).map { .text($0) }]
        for r in rows {
            let unknown = english ? "not identified (use --unit)" : "không xác định được (dùng --unit)"
            var line: [CoverageCell] = [.text(r.unitName ?? (r.planFound ? unknown : "—")), r.unitID.map { .text($0) } ?? .empty,
                                        .text(r.file), .text(r.planFound ? (english ? "yes" : "có") : (r.error ?? (english ? "no" : "không")))]
            if r.planFound {
                line += [r.owed, r.lead, r.covered, r.late, r.partial, r.missing].map { .number(Double($0)) }
                line += [.text("\(r.mandatedCovered)/\(r.mandatedOwed)"), .number(Double(r.missingAreas))]
            } else {
                line += Array(repeating: .empty, count: 8)
            }
            out.append(line)
        }
        return out
    }

    static func string(_ c: CoverageCell) -> String {
        switch c {
        case .text(let s): return s
        case .number(let d): return d == d.rounded() ? String(Int(d)) : String(d)
        case .empty: return ""
        }
    }

    public enum Format: String, CaseIterable, Sendable { case text, markdown, html, json }

    public func render(_ format: Format, english: Bool = false) -> String {
        let table = cells(english: english).map { $0.map(Self.string) }
        let title = english ? "Master-plan coverage by unit — \(master)" : "Đối chiếu kế hoạch CCHC của tỉnh theo đơn vị — \(master)"
        switch format {
        case .text:
            // Columns padded to their widest cell (in characters, as a terminal shows them).
            let widths = table[0].indices.map { i in table.map { $0[i].count }.max() ?? 0 }
            let lines = table.map { row in
                row.enumerated().map { i, s in s + String(repeating: " ", count: widths[i] - s.count) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
            return ([title, ""] + [lines[0], widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
                    + lines.dropFirst()).joined(separator: "\n")
        case .markdown:
            let esc = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
            var out = ["## " + title, "", "| " + table[0].map(esc).joined(separator: " | ") + " |",
                       "|" + String(repeating: "---|", count: table[0].count)]
            out += table.dropFirst().map { "| " + $0.map(esc).joined(separator: " | ") + " |" }
            return out.joined(separator: "\n")
        case .html:
            return html(table, title: title, english: english)
        case .json:
            struct Doc: Encodable { var version = 1; var master: String; var header: [String]; var rows: [[String: String]] }
            let keys = Self.header(english: true)
            let doc = Doc(master: master, header: table[0],
                          rows: table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(keys, $0)) })
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? e.encode(doc)) ?? Data(), as: UTF8.self)
        }
    }

    func html(_ table: [[String]], title: String, english: Bool) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let numeric = Set(4...11)
        let head = table[0].map { "<th>\(esc($0))</th>" }.joined()
        let body = zip(rows, table.dropFirst()).map { row, cells -> String in
            let state = !row.planFound ? "error" : (row.missing > 0 ? "error" : (row.late + row.partial > 0 ? "warning" : "clean"))
            let tds = cells.enumerated().map { i, s in "<td\(numeric.contains(i) ? " class=\"n\"" : "")>\(esc(s))</td>" }.joined()
            return "<tr class=\"\(state)\">\(tds)</tr>"
        }.joined(separator: "\n")
        // The palette and type of the HTML report (Reporters/HTMLReporter), so both read alike.
        return """
        <!DOCTYPE html>
        <html lang="\(english ? "en" : "vi")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        :root { --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #d0d5dd; --muted: #667085; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #101828; margin: 0 auto; max-width: 80rem; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        .meta, footer { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 1.25rem 0; }
        th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f2f4f7; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.error td:first-child { border-left: 6px solid var(--error); }
        tr.warning td:first-child { border-left: 6px solid var(--warning); }
        tr.clean td:first-child { border-left: 6px solid #067647; }
        </style>
        </head>
        <body>
        <h1>\(esc(title))</h1>
        <p class="meta">\(rows.count) \(english ? "plans" : "kế hoạch")</p>
        <table>
        <thead><tr>\(head)</tr></thead>
        <tbody>
        \(body)
        </tbody>
        </table>
        <footer>planlint \(PlanlintVersion.current)</footer>
        </body>
        </html>
        """
    }
}
