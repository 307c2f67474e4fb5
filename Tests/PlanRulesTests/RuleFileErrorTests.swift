import PlanRules
import Testing

/// A broken rule file never half-loads: each problem is reported at file:line:column.
@Suite("Rule file errors")
struct RuleFileErrorTests {
    static let valid = """
    version: 1
    pack: test.pack
    rules:
      - id: task.lead-unit.missing
        severity: error
        scope: task
        check: { require: lead }
        message: "Nhiệm vụ {task.path} chưa có đơn vị chủ trì."
        message_en: "Task {task.path} has no lead unit."
        description: Why.
    """

    static func issue(_ yaml: String) -> RuleFileIssue? {
        do { _ = try RulePackLoader.parse(yaml, file: "r.yaml"); return nil } catch { return error }
    }

    @Test func validFileLoads() throws {
        #expect(try RulePackLoader.parse(Self.valid, file: "r.yaml").rules.count == 1)
    }

    @Test(arguments: [
        // (what, replace, with, line, column, message contains)
        ("typo in a key", "    severity: error", "    severity: error\n    mesage: x", 6, 5, "did you mean 'message'"),
        ("unknown check kind", "{ require: lead }", "{ requir: lead }", 7, 14, "did you mean 'require'"),
        ("wrong type", "severity: error", "severity: [error]", 5, 15, "severity must be"),
        ("unknown severity", "severity: error", "severity: fatal", 5, 15, "unknown key 'fatal'"),
        ("missing placeholder", "{task.path} chưa", "{task.pth} chưa", 8, 14, "'{task.pth}' does not exist"),
        ("unknown field", "{ require: lead }", "{ require: leader }", 7, 23, "unknown key 'leader'"),
        ("scope mismatch", "{ require: lead }", "{ sequence: { report: gaps } }", 7, 14, "cannot be used in scope 'task'"),
        ("yaml syntax", "pack: test.pack", "pack: [test.pack", 3, 6, "YAML syntax"),
    ])
    func reportsPosition(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ contains: String) throws {
        let yaml = Self.valid.replacingOccurrences(of: from, with: to)
        let issue = try #require(Self.issue(yaml), "\(what) should fail")
        #expect(issue.file == "r.yaml")
        #expect(issue.line == line, "\(what): \(issue)")
        #expect(issue.column == column, "\(what): \(issue)")
        #expect(issue.messageEn.contains(contains), "\(what): \(issue.messageEn)")
    }

    @Test func tabIndentationIsNamed() throws {
        let yaml = Self.valid.replacingOccurrences(of: "    severity: error", with: "\tseverity: error")
        let issue = try #require(Self.issue(yaml))
        #expect(issue.line == 5 && issue.column == 1)
        #expect(issue.messageEn.contains("tab"))
    }

    @Test func duplicateRuleIdIsReportedAtTheSecond() throws {
        let rule = Self.valid.components(separatedBy: "rules:\n")[1]
        let issue = try #require(Self.issue(Self.valid + "\n" + rule))
        #expect(issue.line == 11)
        #expect(issue.messageEn.contains("duplicate rule id 'task.lead-unit.missing'"))
    }

    @Test func badRegexIsReported() throws {
        let yaml = Self.valid.replacingOccurrences(of: "{ require: lead }", with: "{ forbid: { field: product, pattern: \"([\" } }")
        let issue = try #require(Self.issue(yaml))
        #expect(issue.line == 7)
        #expect(issue.messageEn.contains("bad regular expression"))
    }

    @Test func duplicateKeyIsReported() throws {
        let yaml = Self.valid.replacingOccurrences(of: "    scope: task", with: "    scope: task\n    scope: plan")
        let issue = try #require(Self.issue(yaml))
        #expect(issue.line == 6, "\(issue)")
        #expect(issue.messageEn.contains("duplicate key"), "\(issue)")
    }
}
