import PlanModel

/// GitLab Code Quality report (`gl-code-quality-report.json`), shown in merge requests.
///
/// An array of issues with `description`, `check_name`, `fingerprint`, `severity` and
/// `location { path, lines { begin } }`. Severities map error → major, warning → minor,
/// info → info. A whole-file finding starts at line 1. Fingerprints are the same
/// line-independent hashes SARIF uses, so an issue survives edits above it.
public enum GitLabReporter: Reporter {
    /// Selected with `--format gitlab`.
    public static let identifier = "gitlab"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        var issues: [Issue] = []
        for fileReport in report.files {
            let findings = FindingOrder.sorted(fileReport.findings)
            let displayPath = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
            let fingerprints = Fingerprint.assign(findings, path: displayPath)
            for (finding, fingerprint) in zip(findings, fingerprints) {
                let path = DisplayPath.relative(finding.file, to: options.baseDirectory)
                issues.append(Issue(
                    type: "issue",
                    description: finding.message,
                    checkName: finding.ruleId,
                    fingerprint: fingerprint,
                    severity: severity(finding.severity),
                    location: Location(path: path, lines: Lines(begin: finding.span?.start.line ?? 1,
                                                                end: finding.span.map { max($0.end.line, $0.start.line) }))))
            }
        }
        return JSONOutput.encode(issues)
    }

    private static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    private struct Issue: Encodable {
        let type: String
        let description: String
        let checkName: String
        let fingerprint: String
        let severity: String
        let location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, checkName = "check_name", fingerprint, severity, location
        }
    }

    private struct Location: Encodable {
        let path: String
        let lines: Lines
    }

    private struct Lines: Encodable {
        let begin: Int
        let end: Int?
    }
}
