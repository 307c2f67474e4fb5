import MasterPlans
import PlanModel

/// `unit`: the units a task names are known to the province's registry (`known`), and still
/// existed on the plan's date (`active`: units are merged and abolished — in 2025 the district
/// level was abolished and provinces merged).
///
/// Ví dụ: "Sở Thông tin và Truyền hình" → không có trong danh mục; gần nhất: "Sở Thông tin và Truyền thông".
public struct UnitCheck: CheckKind {
    public static let name = "unit"
    public static let summary = "Đơn vị được giao có trong danh mục và còn tồn tại — units are known and still exist."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["unit", "closest", "until", "field", "field_en"]

    enum Mode: String, Sendable { case known, active }
    let mode: Mode

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        guard let m = Mode(rawValue: try options.text("unit")) else { throw RuleFileIssue(options.span, "unit takes known or active") }
        mode = m
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, let plan) = target, let master = context.master else { return [] }
        var hits: [Hit] = []
        for field in [TaskField.lead, .coordinating] {
            guard let v = field.value(in: t) else { continue }
            for m in master.resolver.resolve(v.value, on: plan.judgingDate) {
                switch (mode, m.match) {
                case (.known, .unknown(let closest, let looksInternal)):
                    // Internal units ("Phòng Hành chính") are the plan's own business, not the registry's.
                    if looksInternal || closest.isEmpty { continue }
                    let names = closest.prefix(3).map { "\($0.unit.name) (\(Int(($0.score * 100).rounded()))%)" }.joined(separator: "; ")
                    hits.append(Hit(span: v.span(ofScalars: m.scalarRange), arguments: ["unit": m.text, "closest": names, "until": "",
                                                              "field": field.label.vi, "field_en": field.label.en], evidence: v.value,
                                    suggestion: closest.first?.unit.name))
                case (.active, _) where m.ceased:
                    let until = m.ceasedBy?.validUntil?.vietnamese ?? "—"
                    hits.append(Hit(span: v.span(ofScalars: m.scalarRange), arguments: ["unit": m.text, "closest": "", "until": until,
                                                              "field": field.label.vi, "field_en": field.label.en], evidence: v.value))
                default:
                    continue
                }
            }
        }
        return hits
    }
}
