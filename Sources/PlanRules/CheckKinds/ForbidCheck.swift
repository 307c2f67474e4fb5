import PlanModel

/// `forbid`: the field must not match the pattern (placeholders such as "…" or "xxx",
/// vague words). Diacritic-insensitive unless told otherwise.
///
/// Ví dụ: `check: { forbid: { field: product, pattern: "^(…|\\.{3,}|x{3,})$" } }`.
public struct ForbidCheck: CheckKind {
    public static let name = "forbid"
    public static let summary = "Trường không được khớp mẫu (giá trị giữ chỗ, từ mơ hồ) — a field must not match a pattern."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["field", "field_en", "value", "match"]
    let pattern: FieldPattern

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        pattern = try FieldPattern(options, kind: Self.name)
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, _) = target, let v = pattern.field.value(in: t), case .matched(let m, let scalars) = pattern.match(in: v.value, of: target.plan) else { return [] }
        // The forbidden words themselves, not the whole field.
        return [Hit(span: v.span(ofScalars: scalars), arguments: ["field": pattern.field.label.vi, "field_en": pattern.field.label.en,
                                              "value": v.value, "match": m], evidence: v.value)]
    }
}
