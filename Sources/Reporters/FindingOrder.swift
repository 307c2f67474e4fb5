import PlanModel

/// The order every reporter lists findings in, so outputs are stable and comparable.
///
/// Whole-file findings come first (they concern the document as such), then findings by
/// position; ties break on severity (most serious first), rule id and message.
enum FindingOrder {
    /// The findings of one file in report order.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            switch (a.span, b.span) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (.some(x), .some(y)) where x.start != y.start: return x.start < y.start
            case let (.some(x), .some(y)) where x.end != y.end: return x.end < y.end
            default: break
            }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.ruleId != b.ruleId { return a.ruleId < b.ruleId }
            if a.message != b.message { return a.message < b.message }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
