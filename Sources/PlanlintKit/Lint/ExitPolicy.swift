import PlanModel

/// Exit codes: 0 nothing at or above the threshold, 1 findings at or above it,
/// 2 the run could not be done (bad rule file, unreadable input).
public enum ExitPolicy {
    public static func code(for result: LintResult, failOn: Severity) -> Int32 {
        if !result.readErrors.isEmpty || !result.ruleErrors.isEmpty { return 2 }
        return result.report.allFindings.contains { $0.severity >= failOn } ? 1 : 0
    }
}
