import Foundation
import PlanData
import PlanlintKit
import PlanlintTestSupport
import Testing

/// One broken argument, rule file, configuration or baseline costs only what depends on it:
/// the other plans of the run are still checked and reported, and the run exits 2 with one
/// line naming the file at fault (issue 14: "the other files' reports are still produced").
@Suite("A broken input costs only its own report")
struct KeepGoingTests {
    static let sample = RepositoryPaths.file("samples/defects-vanphong-2023.txt")

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-keep-going-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func anEmptyFolderArgumentIsOneProblemAndTheOtherFilesAreKept() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expansion = InputExpansion.expandKeepingGoing([dir.path, Self.sample])
        #expect(expansion.inputs.map(\.path) == [Self.sample])
        #expect(expansion.problems.count == 1)
        #expect(expansion.problems.first?.line(english: true).hasPrefix(dir.path + ": the folder holds no plan file") == true)
    }

    @Test func aBrokenRuleFileIsLeftOutAndTheBuiltInRulesStillRun() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("broken.yaml")
        try "- id: a.one\n  severity: error\n  check: { requir: lead }\n  message: x\n".write(to: rules, atomically: true, encoding: .utf8)
        var request = LintRequest(files: [Self.sample])
        request.rulePaths = [rules.path]
        let result = Linter.runKeepingGoing(request)
        #expect(!result.report.allFindings.isEmpty, "the built-in rules did not run")
        #expect(result.ruleErrors.count == 1)
        #expect(result.ruleErrors.first?.hasPrefix(rules.path + ":3:") == true, "\(result.ruleErrors)")
        #expect(throws: RuleFileIssue.self) { try Linter.run(request) }
    }

    @Test func aBrokenConfigurationSkipsOnlyThePlansItGoverns() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "rules: [\n".write(to: dir.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        let governed = dir.appendingPathComponent("plan.txt")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: governed.path)
        let result = Linter.runKeepingGoing(LintRequest(files: [governed.path, Self.sample]))
        #expect(result.report.files.map(\.file.path) == [Self.sample])
        #expect(result.ruleErrors.count == 1)
        #expect(result.ruleErrors.first?.hasPrefix(dir.appendingPathComponent(".planlint.yaml").path + ":2:") == true, "\(result.ruleErrors)")
    }

    @Test func anUnreadableBaselineStillGivesTheWholeReport() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let baseline = dir.appendingPathComponent("baseline.json")
        try "{\"version\": ".write(to: baseline, atomically: true, encoding: .utf8)
        var job = CheckJob(lint: LintRequest(files: [Self.sample]))
        job.baselinePath = baseline.path
        job.outputs = [CheckJob.Output(format: .json, destination: .returned)]
        let outcome = Planlint.check(job)
        #expect(outcome.exitCode == 2)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.hasPrefix(baseline.path) == true, "\(outcome.diagnostics)")
        #expect(outcome.rendered[.json]?.contains("defects-vanphong-2023.txt") == true)
        #expect(outcome.report?.allFindings.isEmpty == false)
    }
}
