import Foundation
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
        let summary = RuleExamples.run([rule])
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.description).joined(separator: "\n"))")
        #expect(!rule.examples.invalid.isEmpty && !rule.examples.valid.isEmpty, "\(id) needs valid and invalid examples")
    }

    /// SwiftLint-grade examples: every shipped invalid example marks where the rule reports.
    @Test(arguments: (set?.rules ?? []).map(\.id))
    func invalidExamplesCarryMarkers(_ id: String) throws {
        let rule = try #require(Self.set?.rules.first { $0.id == id })
        for ex in rule.examples.invalid {
            // A Word example lists its places under `at` instead.
            if ex.docx != nil { #expect(!ex.at.isEmpty, "\(id): a Word example needs at:"); continue }
            #expect(ex.text.contains("↓"), "\(ex.span.file):\(ex.span.start.line): invalid example of \(id) has no ↓ marker")
        }
        for ex in rule.examples.valid {
            #expect(!ex.text.contains("↓"), "\(ex.span.file):\(ex.span.start.line): valid example of \(id) has a ↓ marker")
        }
    }

    @Test func everyCheckKindIsUsedByAShippedRuleWithValidAndInvalidExamples() throws {
        let set = try #require(Self.set)
        let used = Set(set.rules.filter { !$0.examples.invalid.isEmpty && !$0.examples.valid.isEmpty }
            .map { String(describing: type(of: $0.check)) })
        for kind in CheckKinds.all {
            #expect(used.contains(String(describing: kind)), "\(kind.name) has no shipped rule with valid and invalid examples")
        }
    }

    /// swift-format's `GeneratedFilesValidityTests`, for kinds: every `<Kind>Check.swift` in
    /// Sources/PlanRules/CheckKinds is registered in `CheckKinds.all`, and every registered
    /// kind has its file.
    @Test func everyCheckKindFileIsRegistered() throws {
        let folder = RepositoryPaths.file("Sources/PlanRules/CheckKinds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix("Check.swift") }
            .map { String($0.dropLast(".swift".count)) }
        #expect(files.count >= 10, "found \(files) in \(folder)")
        let registered = CheckKinds.all.map { String(describing: $0) }
        for file in files {
            #expect(registered.contains(file), "\(file).swift is not registered in CheckKinds.all")
        }
        for type in registered {
            #expect(files.contains(type), "\(type) is registered but has no file \(type).swift in CheckKinds/")
        }
        #expect(Set(CheckKinds.all.map { $0.name }).count == CheckKinds.all.count, "two kinds share a DSL name")
    }
}
