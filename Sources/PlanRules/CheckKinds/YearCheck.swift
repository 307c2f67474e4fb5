import Foundation
import PlanModel
import VietnameseText

/// `year`: years written in a task's timeline agree with the plan's year.
///
/// Ví dụ: kế hoạch năm 2023 còn ghi "Quý I/2022" — thường là sao chép từ kế hoạch năm trước.
/// A year before the plan's year is reported; a task about next year's plan ("Kế hoạch …
/// năm 2024") may name the next year. Years after the plan's year are the `deadline` kind's.
public struct YearCheck: CheckKind {
    public static let name = "year"
    public static let summary = "Năm trong thời gian thực hiện khớp năm kế hoạch — timeline years agree with the plan's year."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["found", "expected", "value"]

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let s = try options.text("year")
        guard s == "plan" else { throw RuleFileIssue(options.span, "year takes the value 'plan' (years must agree with the plan's year)") }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, let plan) = target, let year = plan.year, let tl = t.timeline, let v = t.timelineValue else { return [] }
        let stale = v.explicitYears.filter { $0 < year }
        guard let first = stale.first else { return [] }
        return [Hit(span: tl.span, arguments: ["found": String(first), "expected": String(year), "value": tl.value], evidence: tl.value)]
    }
}
