import Foundation
import PlanModel
import Reporters
import Testing

struct GitLabReporterTests {
    @Test func everyIssueHasTheRequiredFieldsWithTheRightTypes() throws {
        let report = ReportFixture.report
        let json = GitLabReporter.render(report, options: ReportFixture.options)
        let issues = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(issues.count == report.allFindings.count)
        for issue in issues {
            #expect(issue["description"] is String)
            #expect(issue["check_name"] is String)
            let fingerprint = try #require(issue["fingerprint"] as? String)
            #expect(fingerprint.count == 16)
            let severity = try #require(issue["severity"] as? String)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(severity))
            let location = try #require(issue["location"] as? [String: Any])
            let path = try #require(location["path"] as? String)
            #expect(!path.hasPrefix("/"), "path \(path) is not relative to the repository")
            let lines = try #require(location["lines"] as? [String: Any])
            let begin = try #require(lines["begin"] as? Int)
            #expect(begin >= 1)
        }
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    @Test(arguments: [(Severity.error, "major"), (.warning, "minor"), (.info, "info")])
    func mapsSeverity(_ severity: Severity, _ expected: String) throws {
        let finding = Finding(ruleId: "r", severity: severity, message: "m", file: "a.txt", span: nil)
        let report = LintReport(files: [FileReport(file: SourceFile(path: "a.txt", kind: .text), findings: [finding])],
                                rules: [], toolVersion: "1")
        let issues = try #require(JSONSerialization.jsonObject(
            with: Data(GitLabReporter.render(report, options: ReportOptions()).utf8)) as? [[String: Any]])
        #expect(issues.first?["severity"] as? String == expected)
    }

    @Test func noFindingsIsAnEmptyArray() throws {
        let json = GitLabReporter.render(LintReport(files: [], rules: [], toolVersion: "1"), options: ReportOptions())
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect((value as? [Any])?.isEmpty == true)
    }
}
