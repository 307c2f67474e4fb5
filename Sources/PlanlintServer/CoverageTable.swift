import Foundation
import MasterPlans
import Spreadsheet

/// The reviewer's table for one master pack: one line per unit the pack assigns work to,
/// with its latest submission's figures. The page, the CSV, the .xlsx and the API all use it.
public struct CoverageTable: Sendable {
    public struct Line: Sendable {
        public var unitID: String
        public var unitName: String
        public var owedLead: Int
        public var owedCoordinating: Int
        public var latest: SubmissionSummary?
        public var versions: Int
    }

    public var pack: PackEntry
    public var lines: [Line]

    /// Lines for every assigned unit; `submissions` are the pack's, oldest first.
    public init(pack: PackEntry, submissions: [SubmissionSummary]) {
        self.pack = pack
        let byUnit = Dictionary(grouping: submissions.filter { $0.province == pack.province }, by: \.unitID)
        lines = pack.assignedUnits.map { unit in
            let owed = pack.owed(by: unit)
            let mine = byUnit[unit.id] ?? []
            return Line(unitID: unit.id, unitName: unit.name, owedLead: owed.filter { $0.role == .lead }.count,
                        owedCoordinating: owed.filter { $0.role == .coordinating }.count, latest: mine.last, versions: mine.count)
        }
    }

    public enum Sort: String, CaseIterable, Sendable { case name, submitted, errors, missing }
    public enum Filter: String, CaseIterable, Sendable { case all, submitted, pending, errors }

    /// Sorted and filtered lines; `query` matches the unit's name or id, ignoring case and diacritics.
    public func lines(sort: Sort, filter: Filter, query: String) -> [Line] {
        let folded = Self.fold(query)
        var out = lines.filter { line in
            switch filter {
            case .all: return true
            case .submitted: return line.latest != nil
            case .pending: return line.latest == nil
            case .errors: return (line.latest?.figures.errors ?? 0) > 0
            }
        }
        if !folded.isEmpty { out = out.filter { Self.fold($0.unitName).contains(folded) || $0.unitID.contains(folded) } }
        switch sort {
        case .name: break  // registry order is the province's own order
        case .submitted: out.sort { ($0.latest?.submittedAt ?? .max) < ($1.latest?.submittedAt ?? .max) }
        case .errors: out.sort { ($0.latest?.figures.errors ?? -1) > ($1.latest?.figures.errors ?? -1) }
        case .missing: out.sort { ($0.latest?.figures.missing ?? .max) > ($1.latest?.figures.missing ?? .max) }
        }
        return out
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
    }

    public static let headers = ["Mã đơn vị", "Đơn vị", "Nhiệm vụ chủ trì", "Nhiệm vụ phối hợp", "Đã nộp", "Thời điểm nộp", "Số lần nộp",
                                 "Lỗi", "Cảnh báo", "Đã có", "Muộn", "Thiếu thành phần", "Chưa có", "KH bắt buộc phải có", "KH bắt buộc đã có"]

    /// One line as cells; numbers stay numbers so Excel can sum them.
    public static func cells(_ l: Line) -> [SpreadsheetCell] {
        var row: [SpreadsheetCell] = [.text(l.unitID), .text(l.unitName), .number(Double(l.owedLead)), .number(Double(l.owedCoordinating))]
        if let s = l.latest {
            let f = s.figures
            row += [.text("có"), .text(HTML.date(s.submittedAt)), .number(Double(l.versions))]
            row += [f.errors, f.warnings, f.covered, f.late, f.partial, f.missing, f.earlyPlansOwed, f.earlyPlansIssued].map { .number(Double($0)) }
        } else {
            row += [.text("chưa"), .empty, .number(0)] + Array(repeating: SpreadsheetCell.empty, count: 8)
        }
        return row
    }

    public func csv() -> String {
        var out = "\u{FEFF}"  // Excel opens UTF-8 CSV correctly only with a BOM
        out += Self.headers.map(Self.csvField).joined(separator: ",") + "\r\n"
        for l in lines {
            out += Self.cells(l).map { cell -> String in
                switch cell {
                case .text(let t): return Self.csvField(t)
                case .number(let n): return n == n.rounded() ? String(Int(n)) : String(n)
                case .empty: return ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        // A leading = + - @ would be read as a formula by spreadsheets.
        var t = s
        if let first = t.first, "=+-@".contains(first) { t = "'" + t }
        if t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return t
    }

    public func xlsx() throws -> [UInt8] {
        let rows = [Self.headers.map { SpreadsheetCell.text($0) }] + lines.map(Self.cells)
        return try XLSXWriter.data([SpreadsheetSheet(name: "Tổng hợp", rows: rows)])
    }
}
