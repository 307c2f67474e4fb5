import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanRules
import Testing

/// "Adding a check kind: one file plus one registry line": a kind written in one file
/// (`ExampleKind/LengthCheck.swift`) gets its schema entry and docs from the generator,
/// and runs through the evaluator and the example runner like a shipped kind.
@Suite("Adding a check kind")
struct AddingACheckKindTests {
    static let kinds: [any CheckKind.Type] = CheckKinds.all + [LengthCheck.self]

    @Test func theGeneratedDocsDescribeTheNewKind() {
        let docs = CheckKindCatalog.markdown(kinds: Self.kinds)
        #expect(docs.contains("| [`length`](#length) | task | Tên nhiệm vụ không quá dài"))
        #expect(docs.contains("## length"))
        #expect(docs.contains("`max_words` (required): a number — the most words a title may have"))
    }

    @Test func theGeneratedSchemaAcceptsTheNewKind() throws {
        let committed = try String(contentsOfFile: RepositoryPaths.file("schemas/rule-pack.schema.json"), encoding: .utf8)
        let schema = try JSONText.parse(CheckKindCatalog.splicingCheckSchema(into: committed, kinds: Self.kinds))
        let length = try #require(schema["$defs"]?["check"]?["properties"]?["length"])
        #expect(length["properties"]?["max_words"]?["type"] == .string("number"))
        #expect(length["required"] == .array([.string("max_words")]))
    }

    @Test func theNewKindRunsItsExamples() throws {
        let yaml = """
        version: 1
        pack: test.length
        rules:
          - id: task.title.too-long
            severity: info
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: Titles of at most four words.
            examples:
              invalid:
                - |
                  a) ↓Ban hành kế hoạch cải cách hành chính năm 2023.
                  - Đơn vị chủ trì: Văn phòng.
              valid:
                - |
                  a) Ban hành kế hoạch.
                  - Đơn vị chủ trì: Văn phòng.
        """
        var rule = try #require(RulePackLoader.parse(yaml, file: "length.yaml").rules.first)
        let options = try YAMLDocument.parse("max_words: 4", file: "length.yaml")
        rule.check = try LengthCheck(options: options, context: CheckLoadContext(ruleId: rule.id, scope: .task, file: "length.yaml"))
        let summary = RuleExamples.run([rule])
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.passedExamples == 2)
    }
}
