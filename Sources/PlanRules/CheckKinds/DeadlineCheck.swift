import Foundation
import PlanModel
import VietnameseText

/// `deadline`: a task's timeline against a bound.
///
/// - `not_before: plan_date` — the whole timeline ends before the plan's own date
///   (overdue when signed), e.g. "trước ngày 31/01/2023" in a plan dated 15/02/2023;
/// - `not_after: plan_year_end` — it ends after 31 December of the plan's year, unless the
///   task is about the next year ("Kế hoạch … năm 2024");
/// - `dated_products: [Kế hoạch, Quyết định]` — a product that is such a document needs a
///   date, not only "Thường xuyên" or a condition.
public struct DeadlineCheck: CheckKind {
    public static let name = "deadline"
    public static let summary = "Thời hạn hợp lý: không trước ngày ký, không quá năm kế hoạch, có ngày cho sản phẩm là văn bản — deadlines within bounds."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["due", "bound", "value", "product"]

    enum Bound: Sendable { case notBeforePlanDate, notAfterPlanYearEnd, datedProducts([String]) }
    let bound: Bound

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let d = try options.requireKeys("deadline", allowed: ["not_before", "not_after", "dated_products"])
        if let v = d["not_before"] {
            guard try v.text("not_before") == "plan_date" else { throw RuleFileIssue(v.span, "not_before supports plan_date") }
            bound = .notBeforePlanDate
        } else if let v = d["not_after"] {
            guard try v.text("not_after") == "plan_year_end" else { throw RuleFileIssue(v.span, "not_after supports plan_year_end") }
            bound = .notAfterPlanYearEnd
        } else if let v = d["dated_products"] {
            bound = .datedProducts(try v.texts("dated_products").map { VietnameseFolding.fold($0) })
        } else {
            throw RuleFileIssue(options.span, "deadline needs not_before, not_after or dated_products")
        }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, let plan) = target, let tl = t.timeline, let v = t.timelineValue else { return [] }
        switch bound {
        case .notBeforePlanDate:
            guard let date = plan.header.date?.value, let due = v.latestEnd, due < date else { return [] }
            guard v.kind == .deadline || v.kind == .window || v.kind == .multiple else { return [] }
            // A past year is the `year` rule's finding ("copied from last year"); do not say it twice.
            if let year = plan.year, v.explicitYears.contains(where: { $0 < year }) { return [] }
            return [Hit(span: tl.span, arguments: ["due": due.vietnamese, "bound": date.vietnamese, "value": tl.value], evidence: tl.value)]
        case .notAfterPlanYearEnd:
            guard let planYear = plan.year, let due = v.latestEnd else { return [] }
            // A multi-year plan runs to its horizon ("… đến năm 2030").
            let year = max(planYear, plan.horizonYear ?? planYear)
            guard due.year > year else { return [] }
            if Self.isAboutNextYear(t, year: year) || v.refersToNextYear { return [] }
            // A multi-year programme ("Từ năm 2026 - 2030") is not a slipped deadline.
            if v.periods.contains(where: { ($0.start?.year ?? due.year) <= year && $0.end.year > year }) { return [] }
            return [Hit(span: tl.span, arguments: ["due": due.vietnamese, "bound": "31/12/\(year)", "value": tl.value], evidence: tl.value)]
        case .datedProducts(let words):
            guard let product = t.product, v.kind == .continuous || (v.kind == .conditional && !v.hasDate) else { return [] }
            let folded = VietnameseFolding.fold(product.value)
            let head = folded.hasPrefix("cac ") ? String(folded.dropFirst(4)) : folded
            guard words.contains(where: { head.hasPrefix($0) }) else { return [] }
            return [Hit(span: tl.span, arguments: ["product": product.value, "value": tl.value], evidence: tl.value)]
        }
    }

    /// "Kế hoạch cải cách hành chính năm 2024" in a 2023 plan's task title or product.
    static func isAboutNextYear(_ t: PlanTask, year: Int) -> Bool {
        let next = String(year + 1)
        return [t.title.value, t.product?.value ?? ""].contains { $0.contains(next) }
    }
}
