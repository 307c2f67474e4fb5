import Foundation
import MasterPlans
import PlanModel
import PlanRules

/// The obligation table of one plan against a master pack: what the reviewer reads.
public struct CoverageReport: Sendable {
    public var file: String
    public var unit: UnitEntry?
    public var pack: MasterPack
    public var rows: [CoverageRow]
    public var missingAreas: [String]

    /// Builds the table for a plan.
    public static func build(planPath: String, packPath: String, unitID: String?) throws -> CoverageReport {
        let plan = try PlanLoader.load(path: planPath)
        return try build(plan: plan, file: planPath, context: try MasterPlanContext.load(packPath: packPath), unitID: unitID)
    }

    /// Builds the table for a parsed plan against a loaded pack (shared by the many-plan table).
    public static func build(plan: Plan, file planPath: String, context master: MasterPlanContext, unitID: String?) throws(UnknownUnitError) -> CoverageReport {
        // A misspelt unit id is an error, not an empty table.
        let context = try master.forPlan(plan, unitID: unitID)
        var rows: [CoverageRow] = []
        if let unit = context.unit {
            let owed = ObligationSelector.obligations(for: unit, in: context.pack)
            rows = ObligationMatcher().match(owed, tasks: plan.tasks, planYear: plan.year, planDate: plan.header.date?.value)
        }
        let missing = AreaRecognizer(areas: context.pack.areas).missingRequiredAreas(in: plan.sections).map(\.title)
        return CoverageReport(file: planPath, unit: context.unit, pack: context.pack, rows: rows, missingAreas: missing)
    }

    public enum Format: String, CaseIterable, Sendable { case text, json, markdown }

    public func render(_ format: Format) -> String {
        switch format {
        case .json:
            struct Row: Encodable {
                var obligation, title, role, status, source: String
                var masterDeadline, taskPath, planDeadline, closestTaskPath: String?
                var score, closestScore: Double?
                var confidence: String
            }
            struct Doc: Encodable {
                var version = 1
                var file: String
                var unit: String?
                var master: String
                var rows: [Row]
                var missingAreas: [String]
                var summary: [String: Int]
            }
            let doc = Doc(file: file, unit: unit?.id, master: pack.master.title,
                          rows: rows.map { Row(obligation: $0.obligationID, title: $0.title, role: $0.role.rawValue, status: $0.status.rawValue,
                                               source: $0.source, masterDeadline: $0.masterDeadline, taskPath: $0.taskPath,
                                               planDeadline: $0.planDeadline, closestTaskPath: $0.closestTaskPath, score: $0.score,
                                               closestScore: $0.closestScore, confidence: $0.confidence.rawValue) },
                          missingAreas: missingAreas,
                          summary: Dictionary(grouping: rows, by: { $0.status.rawValue }).mapValues(\.count))
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? e.encode(doc)) ?? Data(), as: UTF8.self)
        case .markdown, .text:
            var out: [String] = []
            let md = format == .markdown
            out.append((md ? "## " : "") + "Đối chiếu kế hoạch CCHC của tỉnh — \(file)")
            out.append("Đơn vị: \(unit.map { "\($0.name) (\($0.id))" } ?? "không xác định được — dùng --unit")")
            out.append("Kế hoạch tỉnh: \(pack.master.title)")
            let counts = Dictionary(grouping: rows, by: \.status).mapValues(\.count)
            out.append("Nhiệm vụ được giao: \(rows.count) (chủ trì \(rows.filter { $0.role == .lead }.count), phối hợp \(rows.filter { $0.role == .coordinating }.count)); "
                       + CoverageStatus.allCases.map { "\($0.vietnamese) \(counts[$0] ?? 0)" }.joined(separator: ", "))
            if !missingAreas.isEmpty { out.append("Thiếu lĩnh vực: " + missingAreas.joined(separator: "; ")) }
            out.append("")
            if md {
                out.append("| Nhiệm vụ tỉnh giao | Vai trò | Thời hạn tỉnh | Nhiệm vụ trong KH | Thời hạn KH | Tình trạng |")
                out.append("|---|---|---|---|---|---|")
            }
            for r in rows {
                let task = r.taskPath ?? (r.closestTaskPath.map { "(gần nhất \($0), \(String(format: "%.2f", r.closestScore ?? 0)))" } ?? "—")
                let cells = ["\(r.obligationID) \(r.title)", r.role == .lead ? "chủ trì" : "phối hợp", r.masterDeadline ?? "—",
                             task, r.planDeadline ?? "—", r.status.vietnamese]
                out.append(md ? "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
                              : cells.joined(separator: "  ·  "))
            }
            return out.joined(separator: "\n")
        }
    }
}
