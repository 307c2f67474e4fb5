import Foundation
import PlanModel
import Reporters
import Testing

struct JSONReporterTests {
    @Test(.enabled(if: TestSupport.hasJSONSchema, "python3 with jsonschema is not installed"))
    func validatesAgainstTheCheckOutputSchema() throws {
        let schema = TestSupport.checkOutputSchema
        try #require(FileManager.default.fileExists(atPath: schema.path), "no schema at \(schema.path)")
        let json = JSONReporter.render(ReportFixture.report, options: ReportFixture.options)
        let result = try TestSupport.validate(json, schema: schema)
        #expect(result.valid, "check output does not validate:\n\(result.output)")
    }

    @Test func everyFindingHasEveryKey() throws {
        let json = JSONReporter.render(ReportFixture.report, options: ReportFixture.options)
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 9)
        let required: Set = ["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn",
                             "path", "evidence", "suggestion"]
        for finding in findings {
            #expect(Set(finding.keys).subtracting(["logical"]) == required)
        }
        let table = try #require(findings.first { $0["ruleId"] as? String == "task.deadline.early" })
        let logical = try #require(table["logical"] as? [String: Int])
        #expect(logical == ["paragraph": 57, "table": 1, "row": 4, "column": 5])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 5, "errors": 3, "warnings": 3, "infos": 3])
    }

    @Test func pathsOutsideTheBaseStayAsGiven() throws {
        let finding = Finding(ruleId: "r", severity: .info, message: "m", file: "/elsewhere/a.txt", span: nil)
        let report = LintReport(files: [FileReport(file: SourceFile(path: "/elsewhere/a.txt", kind: .text),
                                                   findings: [finding])], rules: [], toolVersion: "1")
        let json = JSONReporter.render(report, options: ReportOptions(baseDirectory: "/work/plans/"))
        #expect(json.contains("\"file\" : \"/elsewhere/a.txt\"") || json.contains("\"file\": \"/elsewhere/a.txt\""))
    }
}
