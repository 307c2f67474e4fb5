import Foundation
import MasterPlans
import PlanModel

/// `cover`: the plan delivers what the master plan assigns to its unit.
///
/// - `{ obligations: { role: lead|coordinating, status: [missing, late, partial], confidence: [high, medium, low], conditional: false } }`
///   — each obligation the unit leads or coordinates is matched to a task (the pack's phrases
///   first, then similarity) and reported when missing, late (deadline after the master's) or
///   partial (found, but without product or date); a missing one names the closest task.
/// - `{ areas: required }` — every required reform area has a section.
/// - `{ unit: identified }` — the plan's unit could be identified (else coverage cannot run).
public struct CoverCheck: CheckKind {
    public static let name = "cover"
    public static let summary = "Thực hiện đủ nhiệm vụ kế hoạch CCHC của tỉnh giao — covers the master plan's obligations."
    public static let scopes: Set<RuleScope> = [.plan]
    public static let placeholders: Set<String> = [
        "obligation", "title", "role", "role_en", "status", "status_en", "master_deadline", "task", "plan_deadline",
        "closest", "score", "source", "area", "unit", "note", "missing_fields",
    ]

    enum Mode: Sendable {
        case obligations(role: ObligationRole, statuses: Set<CoverageStatus>, confidences: Set<Confidence>, conditional: Bool)
        case areas
        case unitIdentified
    }
    let mode: Mode

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("cover", allowed: ["obligations", "areas", "unit"])
        if let o = d["obligations"] {
            let od = try o.requireKeys("cover.obligations", allowed: ["role", "status", "confidence", "conditional"], required: ["role"])
            guard let role = ObligationRole(rawValue: try od["role"]!.text("role")) else {
                throw RuleFileIssue(od["role"]!.span, "role must be lead or coordinating")
            }
            var statuses: Set<CoverageStatus> = [.missing, .late, .partial]
            if let s = od["status"] {
                statuses = []
                for n in try s.texts("status") {
                    guard let st = CoverageStatus(rawValue: n), st != .covered else { throw RuleFileIssue(s.span, "status must be missing, late or partial") }
                    statuses.insert(st)
                }
            }
            var confidences: Set<Confidence> = [.high, .medium, .low]
            if let c = od["confidence"] {
                confidences = []
                for n in try c.texts("confidence") {
                    guard let cf = Confidence(rawValue: n) else { throw RuleFileIssue(c.span, "confidence must be high, medium or low") }
                    confidences.insert(cf)
                }
            }
            let conditional = try od["conditional"]?.bool("conditional") ?? false
            mode = .obligations(role: role, statuses: statuses, confidences: confidences, conditional: conditional)
        } else if let a = d["areas"] {
            guard try a.text("areas") == "required" else { throw RuleFileIssue(a.span, "areas takes the value 'required'") }
            mode = .areas
        } else if let u = d["unit"] {
            guard try u.text("unit") == "identified" else { throw RuleFileIssue(u.span, "unit takes the value 'identified'") }
            mode = .unitIdentified
        } else {
            throw RuleFileIssue(options.span, "cover needs obligations, areas or unit")
        }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .plan(let plan) = target, let master = context.master else { return [] }
        switch mode {
        case .unitIdentified:
            guard master.unit == nil else { return [] }
            let named = plan.header.issuer?.value ?? "—"
            let closest = plan.header.issuer.map { master.resolver.closestNames(to: $0.value).map(\.unit.name).joined(separator: "; ") } ?? ""
            return [Hit(span: plan.header.issuer?.span, arguments: ["unit": named, "closest": closest.isEmpty ? "—" : closest])]
        case .areas:
            let missing = AreaRecognizer(areas: master.pack.areas).missingRequiredAreas(in: plan.sections)
            return missing.map { Hit(span: nil, arguments: ["area": $0.title]) }
        case .obligations(let role, let statuses, let confidences, let conditional):
            guard let unit = master.unit else { return [] }
            // One coverage table per plan, shared by every cover rule.
            let all = context.memo.value("coverage|\(master.file)|\(unit.id)") {
                ObligationMatcher().match(ObligationSelector.obligations(for: unit, in: master.pack), tasks: plan.tasks,
                                          planYear: plan.year, planDate: plan.header.date?.value)
            }
            let rows = all.filter { $0.role == role }
            var hits: [Hit] = []
            for row in rows where statuses.contains(row.status) && confidences.contains(row.confidence) {
                if (row.condition != nil) != conditional { continue }
                // A deadline read with doubt from the master cannot make a task "late".
                if row.status == .late && !row.deadlineReliable { continue }
                let task = row.taskPath.flatMap { p in plan.tasks.first { $0.path == p } }
                // An obligation the plan itself fulfils ("issue the CCHC plan in January") is
                // judged on the plan's own date.
                let selfFulfilled = row.taskPath == nil && row.status == .late
                let taskName = row.taskPath ?? (selfFulfilled ? "kế hoạch này" : "—")
                let planDeadline = row.planDeadline ?? (selfFulfilled ? plan.header.date.map { "ban hành ngày " + $0.value.vietnamese } : nil)
                let closest = row.closestTaskPath.map { "\($0) (\(String(format: "%.2f", row.closestScore ?? 0)))" } ?? "—"
                hits.append(Hit(span: task?.title.span ?? (selfFulfilled ? plan.header.dateLine?.span : nil),
                                arguments: ["obligation": row.obligationID, "title": row.title,
                                            "role": row.role == .lead ? "chủ trì" : "phối hợp", "role_en": row.role.rawValue,
                                            "status": row.status.vietnamese, "status_en": row.status.english,
                                            "master_deadline": row.masterDeadline ?? "—", "task": taskName,
                                            "plan_deadline": planDeadline ?? "—", "closest": closest,
                                            "score": row.score.map { String(format: "%.2f", $0) } ?? "—", "source": row.source,
                                            "area": row.area, "unit": unit.name, "note": row.condition ?? "",
                                            "missing_fields": row.missingFields.joined(separator: ", ")],
                                evidence: row.title, path: row.taskPath))
            }
            return hits
        }
    }
}
