import Foundation
import PlanModel

/// `require`: a field must be present and not empty.
///
/// Ví dụ: `check: { require: lead }` — mỗi nhiệm vụ phải có "Đơn vị chủ trì".
/// In `header` scope the fields are the document components (`number`, `date`, …).
public struct RequireCheck: CheckKind {
    public static let name = "require"
    public static let summary = "Trường bắt buộc phải có và không để trống — a field must be present and not empty."
    public static let scopes: Set<RuleScope> = [.task, .header]
    public static let placeholders: Set<String> = ["field", "field_en"]

    enum Target: Sendable { case task(TaskField), header(HeaderField) }
    let target: Target

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let name = try options.text("require")
        switch context.scope {
        case .header:
            guard let f = HeaderField(rawValue: name) else {
                throw .unknownKey(name, at: options.span, allowed: HeaderField.allCases.map(\.rawValue))
            }
            target = .header(f)
        default:
            target = .task(try TaskField.parse(options))
        }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        switch (self.target, target) {
        case (.task(let f), .task(let t, _)):
            if let v = f.value(in: t), !v.value.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
            return [Hit(span: t.title.span, arguments: ["field": f.label.vi, "field_en": f.label.en], evidence: t.title.value)]
        case (.header(let f), .plan(let p)):
            if let v = f.value(in: p.header), !v.value.isEmpty { return [] }
            // A blank number or date in a draft is reported by its own rule, not as absent.
            if f == .number, p.header.numberIsBlank { return [] }
            if f == .date, p.header.dateIsBlank { return [] }
            return [Hit(span: nil, arguments: ["field": f.label.vi, "field_en": f.label.en])]
        default:
            return []
        }
    }
}
