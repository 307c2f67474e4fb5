import PlanlintKit
import PlanModel
import PlanReaders
import PlanRules
import Testing

/// The quality gate is a capability of a kind (`gatesDamagedText`, `runsOnDamagedText`),
/// not a special case of `QualityCheck` in the loader and the evaluator.
@Suite("Damaged-text gate")
struct DamagedTextGateTests {
    /// A plan-scope kind that always reports; whether it gates is its own choice.
    struct AlwaysCheck: CheckKind {
        static let name = "always"
        static let summary = "Always reports (test kind)."
        static let scopes: Set<RuleScope> = [.plan]
        static let placeholders: Set<String> = []
        static let runsOnDamagedText = true
        var gatesDamagedText: Bool
        init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue) { gatesDamagedText = true }
        init(gates: Bool) { gatesDamagedText = gates }
        func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit] { [Hit(span: nil)] }
    }

    static let yaml = """
    version: 1
    pack: test.gate
    rules:
      - id: text.gate
        severity: error
        scope: plan
        check: { quality: { min_valid_syllables: 0.82 } }
        message: "m"
        message_en: "m"
        description: The gate.
      - id: task.lead
        severity: error
        scope: task
        check: { require: lead }
        message: "{task.path}"
        message_en: "{task.path}"
        description: A field rule.
      - id: task.lead-kept
        severity: error
        scope: task
        check: { require: lead }
        damaged_text: run
        message: "{task.path}"
        message_en: "{task.path}"
        description: A field rule that runs on damaged text.
    """

    static func plan() throws -> Plan {
        let text = "a) Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n"
        return PlanlintKitParsing.parse(try TextReader.read(bytes: Array(text.utf8), displayPath: "p.txt", kind: .text))
    }

    @Test func theLoaderTakesRunsOnDamagedTextFromTheKind() throws {
        let rules = try RulePackLoader.parse(Self.yaml, file: "g.yaml").rules
        #expect(rules.map(\.runsOnDamagedText) == [true, false, true])
    }

    @Test(arguments: [true, false])
    func aGatingKindSkipsFieldRules(_ gates: Bool) throws {
        var rules = try RulePackLoader.parse(Self.yaml, file: "g.yaml").rules
        rules[0].check = AlwaysCheck(gates: gates)
        let ids = RuleEvaluator.evaluate(try Self.plan(), rules: rules, options: EvaluationOptions()).map(\.ruleId)
        if gates {
            #expect(ids.sorted() == ["task.lead-kept", "text.gate"])
        } else {
            #expect(ids.sorted() == ["task.lead", "task.lead-kept", "text.gate"])
        }
    }
}
