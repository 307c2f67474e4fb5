import PlanModel

/// JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure).
///
/// One `<testsuite>` per checked file. In it, one failing `<testcase>` per rule that
/// found something in that file (its `<failure>` lists each finding as a text line), or
/// a single passing testcase when the file has no findings. Counts in the `tests` and
/// `failures` attributes add up across suites. Every finding counts as a failure here,
/// whatever its severity: whether the run fails is decided by `--fail-on`, not by the
/// report; the highest severity is the failure's `type`.
public enum JUnitReporter: Reporter {
    /// Selected with `--format junit`.
    public static let identifier = "junit"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        for fileReport in report.files {
            let path = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
            let name = MarkupEscaping.xml(path, attribute: true)
            var cases: [String] = []
            var failures = 0
            if fileReport.findings.isEmpty {
                cases.append("    <testcase classname=\"\(name)\" name=\"planlint\" file=\"\(name)\"/>")
            } else {
                for (ruleId, findings) in groupedByRule(FindingOrder.sorted(fileReport.findings)) {
                    failures += 1
                    cases.append(testcase(ruleId: ruleId, findings: findings, path: path, words: words))
                }
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append("  <testsuite name=\"\(name)\" tests=\"\(cases.count)\" failures=\"\(failures)\" "
                + "errors=\"0\" skipped=\"0\">\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"planlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        if !suites.isEmpty { xml += suites.joined(separator: "\n") + "\n" }
        xml += "</testsuites>\n"
        return xml
    }

    /// Findings grouped by rule id, groups in order of each rule's first finding.
    private static func groupedByRule(_ findings: [Finding]) -> [(String, [Finding])] {
        var order: [String] = []
        var groups: [String: [Finding]] = [:]
        for finding in findings {
            if groups[finding.ruleId] == nil { order.append(finding.ruleId) }
            groups[finding.ruleId, default: []].append(finding)
        }
        return order.map { ($0, groups[$0]!) }
    }

    private static func testcase(ruleId: String, findings: [Finding], path: String, words: ReportVocabulary) -> String {
        let worst = findings.map(\.severity).max() ?? .error
        let summary = findings.count == 1 ? findings[0].message : "\(findings.count) \(words.findingsWord)"
        let lines = findings.map { finding -> String in
            var line = path
            if let span = finding.span { line += ":\(span.start.line):\(span.start.column)" }
            line += ": \(words.severity(finding.severity)) \(finding.ruleId): \(finding.message)"
            if let logical = finding.span?.logical.flatMap(words.logical) { line += " [\(logical)]" }
            if let suggestion = finding.suggestion { line += "\n  \(words.suggestion): \(suggestion)" }
            return line
        }
        let attributePath = MarkupEscaping.xml(path, attribute: true)
        return "    <testcase classname=\"\(attributePath)\" name=\"\(MarkupEscaping.xml(ruleId, attribute: true))\" "
            + "file=\"\(attributePath)\">\n"
            + "      <failure type=\"\(worst.rawValue)\" message=\"\(MarkupEscaping.xml(summary, attribute: true))\">"
            + MarkupEscaping.xml(lines.joined(separator: "\n")) + "</failure>\n"
            + "    </testcase>"
    }
}
