import Foundation
import PlanModel
import VietnameseText

/// `distinct`: a unit named as lead must not also be listed among the coordinating units.
///
/// Ví dụ: `check: { distinct: [lead, coordinating] }` — "Văn phòng Sở" vừa chủ trì vừa phối hợp.
public struct DistinctCheck: CheckKind {
    public static let name = "distinct"
    public static let summary = "Một đơn vị không vừa chủ trì vừa phối hợp — the same unit is not both lead and coordinator."
    public static let scopes: Set<RuleScope> = [.task]
    public static let placeholders: Set<String> = ["unit"]
    let first: TaskField
    let second: TaskField

    public init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) {
        let fields = try options.sequence("distinct")
        guard fields.count == 2 else { throw RuleFileIssue(options.span, "distinct takes exactly two fields, e.g. [lead, coordinating]") }
        first = try TaskField.parse(fields[0])
        second = try TaskField.parse(fields[1])
    }

    /// Splits "Văn phòng Sở, Phòng Hành chính tư pháp; Phòng X" into folded unit names.
    static func units(_ s: String) -> [String] {
        VietnameseFolding.fold(s).split(whereSeparator: { ",;\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "cac ", with: "") }
            .filter { !$0.isEmpty }
    }

    public func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] {
        guard case .task(let t, _) = target, let a = first.value(in: t), let b = second.value(in: t) else { return [] }
        let second = Set(Self.units(b.value))
        let originals = a.value.split(whereSeparator: { ",;\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        for (k, u) in Self.units(a.value).enumerated() where second.contains(u) {
            return [Hit(span: b.span, arguments: ["unit": k < originals.count ? originals[k] : u], evidence: b.value)]
        }
        return []
    }
}
