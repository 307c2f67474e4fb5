import PlanlintKit
import PlanModel
import PlanReaders
@testable import PlanRules
import Testing

/// A user pattern that backtracks catastrophically is stopped at its match budget and
/// reported as a fault of the rule file, at the pattern's position; other rules still run.
@Suite("Regular expression match budget")
struct RegexBudgetTests {
    static let yaml = """
    version: 1
    pack: test.pack
    rules:
      - id: test.redos
        severity: error
        scope: task
        check: { match: { field: title, pattern: "^(\\\\w+\\\\s?)*$" } }
        message: "{task.path}"
        message_en: "{task.path}"
        description: Nested quantifiers.
      - id: test.lead
        severity: error
        scope: task
        check: { require: lead }
        message: "{task.path}"
        message_en: "{task.path}"
        description: A plain rule.
    """

    static func plan() throws -> Plan {
        // A title of many words ending in a character \\w does not match: ICU backtracks over
        // every way of splitting the words.
        let title = "Xây dựng ban hành kế hoạch theo dõi thi hành pháp luật năm trọng tâm công tác tư pháp ngay !"
        let text = "a) \(title)\n- Sản phẩm: Kế hoạch.\nb) \(title) lần hai\n- Sản phẩm: Kế hoạch.\n"
        return PlanlintKitParsing.parse(try TextReader.read(bytes: Array(text.utf8), displayPath: "p.txt", kind: .text))
    }

    @Test func aRunawayPatternIsAnIssueOfItsRuleFile() throws {
        let set = RuleSet(packs: [try RulePackLoader.parse(Self.yaml, file: "r.yaml")])
        #expect(set.exhaustedPatterns.isEmpty, "nothing ran yet")
        let clock = ContinuousClock()
        var findings: [Finding] = []
        let elapsed = try clock.measure {
            findings = RuleEvaluator.evaluate(try Self.plan(), rules: set.rules, options: EvaluationOptions())
        }
        // One budget (0.25 s) at most: the second task does not try the pattern again.
        #expect(elapsed < .seconds(2), "\(elapsed)")
        let issues = set.exhaustedPatterns
        #expect(issues.count == 1)
        #expect(issues.first.map { "\($0.file):\($0.line):\($0.column)" } == "r.yaml:7:46")
        #expect(issues.first?.messageEn.contains("'test.redos'") == true)
        #expect(issues.first?.message.contains("'test.redos'") == true)
        // No answer from the runaway pattern, and the other rule still ran on both tasks.
        #expect(!findings.contains { $0.ruleId == "test.redos" })
        #expect(findings.filter { $0.ruleId == "test.lead" }.count == 2)
    }

    @Test func aQuickPatternRaisesNoIssue() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "^(\\\\w+\\\\s?)*$", with: "^\\\\w")
        let set = RuleSet(packs: [try RulePackLoader.parse(yaml, file: "r.yaml")])
        _ = RuleEvaluator.evaluate(try Self.plan(), rules: set.rules, options: EvaluationOptions())
        #expect(set.exhaustedPatterns.isEmpty)
    }
}
