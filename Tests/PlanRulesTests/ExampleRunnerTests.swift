import Foundation
import PlanlintKit
import PlanModel
import PlanRules
import Testing

/// The example runner catches what it claims to: unmarked or misplaced findings, column
/// arithmetic bugs (the same-line multi-byte mutation) and an ignored suppression marker.
@Suite("Example runner")
struct ExampleRunnerTests {
    static func pack(invalid: String, valid: String = "a) Ban hành kế hoạch.\n- Đơn vị chủ trì: Văn phòng.\n") -> String {
        func block(_ s: String) -> String { s.split(separator: "\n", omittingEmptySubsequences: false).map { "          " + $0 }.joined(separator: "\n") }
        return """
        version: 1
        pack: test.runner
        rules:
          - id: task.lead-unit.missing-copy
            severity: error
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: A copy of the lead-unit rule.
            examples:
              invalid:
                - |
        \(block(invalid))
              valid:
                - |
        \(block(valid))
        """
    }

    static func run(_ yaml: String, pipeline: ExampleRunner.Pipeline = RuleExamples.pipeline) throws -> ExampleRunner.Summary {
        let pack = try RulePackLoader.parse(yaml, file: "t.yaml")
        return ExampleRunner.run(pack.rules, pipeline: pipeline)
    }

    @Test func aMarkedExamplePasses() throws {
        let s = try Self.run(Self.pack(invalid: "a) ↓Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n"))
        #expect(s.failures.isEmpty, "\(s.failures)")
        #expect(s.passedExamples == 2 && s.failedExamples == 0)
    }

    @Test func anUnmarkedInvalidExampleFails() throws {
        let s = try Self.run(Self.pack(invalid: "a) Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n"))
        #expect(s.failures.count == 1)
        #expect(s.failures.first?.reason.contains("must mark each finding with ↓") == true, "\(s.failures)")
        #expect(s.failures.first?.reason.contains("1:4") == true, "the reason names where the rule reports: \(s.failures)")
    }

    @Test func aMisplacedMarkerFails() throws {
        let s = try Self.run(Self.pack(invalid: "a) Ban ↓hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n"))
        #expect(s.failures.first?.reason.contains("findings at 1:4 but ↓ marks 1:8") == true, "\(s.failures)")
    }

    @Test func aMarkerInAValidExampleFails() throws {
        let s = try Self.run(Self.pack(invalid: "a) ↓Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n",
                                       valid: "a) ↓Ban hành.\n- Đơn vị chủ trì: Văn phòng.\n"))
        #expect(s.failures.count == 1)
        #expect(s.failures.first?.reason.contains("valid example must not carry ↓") == true, "\(s.failures)")
    }

    /// A pipeline whose task columns count UTF-8 bytes instead of characters: invisible in
    /// an example whose text before the title is ASCII ("a) "), caught once multi-byte text
    /// stands before it on the same line.
    @Test func theSameLineMutationCatchesAByteColumnBug() throws {
        let bytesNotCharacters = ExampleRunner.Pipeline(
            parse: { source in
                var plan = PlanlintKitParsing.parse(source)
                for i in plan.tasks.indices {
                    var start = plan.tasks[i].title.span.start
                    let line = source.lines[start.line - 1].text
                    start.column = String(line.prefix(start.column - 1)).utf8.count + 1
                    plan.tasks[i].title.span.start = start
                }
                return plan
            },
            suppress: RuleExamples.pipeline.suppress)
        let yaml = Self.pack(invalid: "a) ↓Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n")
        #expect(try Self.run(yaml).failures.isEmpty)
        let s = try Self.run(yaml, pipeline: bytesNotCharacters)
        #expect(s.failures.count == 1, "\(s.failures)")
        #expect(s.failures.first?.reason.contains("multi-byte text before every line") == true, "\(s.failures)")
    }

    /// A pipeline that ignores suppression markers fails the suppressed-copy mutation.
    @Test func theSuppressedCopyMutationCatchesAnIgnoredMarker() throws {
        let ignoresMarkers = ExampleRunner.Pipeline(parse: RuleExamples.pipeline.parse, suppress: { _, findings in findings })
        let s = try Self.run(Self.pack(invalid: "a) ↓Ban hành kế hoạch.\n- Sản phẩm: Kế hoạch.\n"), pipeline: ignoresMarkers)
        #expect(s.failures.count == 1)
        #expect(s.failures.first?.reason.contains("with a suppression marker for the rule it still reports") == true, "\(s.failures)")
    }

    /// A rule without an invalid example is a failure of the rule, not of an example: the
    /// counts stay consistent (test-rules printed a negative "passed" count before).
    @Test func countsNeverGoNegative() throws {
        let yaml = """
        version: 1
        pack: test.counts
        rules:
          - id: a.b
            severity: error
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: No examples at all.
        """
        let s = try Self.run(yaml)
        #expect(s.examples == 0 && s.passedExamples == 0 && s.failedExamples == 0)
        #expect(s.failures.count == 1)
    }

    @Test func aRuleWhoseInvalidExampleDoesNotTriggerFails() throws {
        let yaml = Self.pack(invalid: "a) Ban hành kế hoạch.\n- Đơn vị chủ trì: Văn phòng.\n")
        let s = try Self.run(yaml)
        #expect(s.failures.count == 1)
        #expect(s.failures.first?.description.hasPrefix("t.yaml:13:11:") == true, "\(s.failures)")
        #expect(s.failures.first?.reason == "invalid example did not trigger the rule")
    }
}
