import PlanlintKit
import PlanlintTestSupport
import PlanRules
import Testing

/// Every shipped rule's examples, through the same runner as `planlint test-rules`.
@Suite("Shipped rule packs")
struct ShippedRuleExampleTests {
    static let set: RuleSet? = try? RuleSet.load(paths: [RepositoryPaths.file("rules")])

    @Test func shippedPacksLoad() throws {
        let set = try RuleSet.load(paths: [RepositoryPaths.file("rules")])
        #expect(set.rules.count >= 20)
    }

    @Test(arguments: (set?.rules ?? []).map(\.id))
    func examplesOfRule(_ id: String) throws {
        let set = try #require(Self.set)
        let rule = try #require(set.rules.first { $0.id == id })
        let summary = ExampleRunner.run([rule]) { source in PlanLoaderForTests.parse(source) }
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.description).joined(separator: "\n"))")
        #expect(!rule.examples.invalid.isEmpty && !rule.examples.valid.isEmpty, "\(id) needs valid and invalid examples")
    }

    @Test func everyCheckKindIsUsedByAShippedRuleWithExamples() throws {
        let set = try #require(Self.set)
        let used = Set(set.rules.filter { !$0.examples.invalid.isEmpty }.map { String(describing: type(of: $0.check)) })
        for kind in CheckKinds.all {
            #expect(used.contains(String(describing: kind)), "\(kind.name) has no rule with examples")
        }
    }

    @Test func aRuleWhoseInvalidExampleDoesNotTriggerFails() throws {
        let yaml = """
        version: 1
        pack: test.broken
        rules:
          - id: task.lead-unit.missing-copy
            severity: error
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: A rule whose invalid example is in fact valid.
            examples:
              invalid:
                - |
                  a) Ban hành kế hoạch.
                  - Đơn vị chủ trì: Văn phòng.
                  - Sản phẩm: Kế hoạch.
                  - Thời gian: Quý I/2023.
        """
        let pack = try RulePackLoader.parse(yaml, file: "broken.yaml")
        let summary = ExampleRunner.run(pack.rules) { PlanLoaderForTests.parse($0) }
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.description.hasPrefix("broken.yaml:13:11:") == true, "\(summary.failures)")
    }
}
