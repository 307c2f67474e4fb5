import PlanModel

/// Counts shown in every summary: checked files and findings per severity.
struct ReportTotals: Sendable, Hashable {
    /// Files checked, with or without findings ("trong 5 tệp" counts them all).
    let files: Int
    let errors: Int
    let warnings: Int
    let infos: Int

    /// Counts a whole report in one pass over its findings.
    init(_ report: LintReport) {
        files = report.files.count
        var counts: [Severity: Int] = [:]
        for finding in report.allFindings { counts[finding.severity, default: 0] += 1 }
        errors = counts[.error] ?? 0
        warnings = counts[.warning] ?? 0
        infos = counts[.info] ?? 0
    }

    /// The count for one severity.
    func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .info: return infos
        }
    }

    /// Total findings of any severity.
    var findings: Int { errors + warnings + infos }
}
