import Foundation
import PlanlintTestSupport
import PlanRules
import Testing

/// The kinds' docs and the `check` part of the rule-pack schema are generated from the
/// kinds' declarations; these tests fail when the committed files are stale.
/// `PLANLINT_RECORD=1 swift test --filter GeneratedFilesTests` rewrites them.
@Suite("Generated files are current")
struct GeneratedFilesTests {
    static var recording: Bool { ProcessInfo.processInfo.environment["PLANLINT_RECORD"] == "1" }

    static func compare(_ relative: String, _ generated: String) throws {
        let path = RepositoryPaths.file(relative)
        if recording {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(relative); run again without PLANLINT_RECORD")
            return
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == generated,
                "\(relative) is stale: regenerate with PLANLINT_RECORD=1 swift test --filter GeneratedFilesTests")
    }

    @Test func checkKindDocsAreCurrent() throws {
        try Self.compare("docs/check-kinds.md", CheckKindCatalog.markdown())
    }

    @Test func ruleSchemaCheckPartIsCurrent() throws {
        let committed = try String(contentsOfFile: RepositoryPaths.file("schemas/rule-pack.schema.json"), encoding: .utf8)
        try Self.compare("schemas/rule-pack.schema.json", try CheckKindCatalog.splicingCheckSchema(into: committed))
    }

    /// Every kind declares its options: an undeclared kind would give an empty schema.
    @Test(arguments: CheckKinds.all.map { $0.name })
    func kindDeclaresItsOptions(_ name: String) throws {
        let kind = try #require(CheckKinds.all.first { $0.name == name })
        if case .undeclared = kind.options.form { Issue.record("\(name) does not declare its options (static var options)") }
    }

    /// The generated schema is valid JSON and regenerating it changes nothing.
    @Test func generatedSchemaRoundTrips() throws {
        let committed = try String(contentsOfFile: RepositoryPaths.file("schemas/rule-pack.schema.json"), encoding: .utf8)
        let generated = try CheckKindCatalog.splicingCheckSchema(into: committed)
        #expect(try JSONText.parse(generated).rendered() == generated, "rendering is not stable")
        let data = try #require(generated.data(using: .utf8))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "the generated schema is not valid JSON")
    }
}
