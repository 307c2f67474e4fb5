import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import PlanRules
import Testing

/// `CI/example-repo` linted end to end as its README tells a team to run it in CI: its
/// configuration, its inline suppression and its baseline, so the example cannot rot.
///
/// When rules change what they report, regenerate the committed baseline with
/// `PLANLINT_UPDATE_EXAMPLE_BASELINE=1 swift test --filter ExampleRepo`, and review the diff.
@Suite("Example repository")
struct ExampleRepoTests {
    static let repo = RepositoryPaths.file("CI/example-repo")
    static let baselineFile = repo + "/.planlint-baseline.json"
    static let legacyPlan = repo + "/ke-hoach/van-phong-2023.txt"

    static var plans: [String] {
        let folder = repo + "/ke-hoach"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { folder + "/" + $0 }
    }

    /// `planlint check` with the configuration discovered beside the plans.
    static func lint(_ files: [String]) throws -> LintResult {
        var request = LintRequest(files: files)
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        let result = try Linter.run(request)
        #expect(result.readErrors.isEmpty)
        return result
    }

    /// Drops findings silenced by inline markers, as `Linter.run` does once suppression is
    /// wired in (then this finds nothing left to drop).
    static func suppressed(_ report: LintReport) throws -> (LintReport, problems: [String]) {
        var out = report
        var problems: [String] = []
        for i in out.files.indices {
            let (source, _) = try DocumentLoader.read(path: out.files[i].file.path)
            let suppressions = Suppressions.parse(source)
            out.files[i].findings = suppressions.filter(out.files[i].findings).kept
            problems += suppressions.problems
        }
        return (out, problems)
    }

    static func countsPerRule(_ findings: [Finding]) -> [String: Int] {
        Dictionary(findings.map { ($0.ruleId, 1) }, uniquingKeysWith: +)
    }

    @Test func repositoryHoldsThreePlansAConfigAndABaseline() throws {
        #expect(Self.plans.map { ($0 as NSString).lastPathComponent }
                == ["so-giao-thong-2023.txt", "so-tu-phap-2023.md", "van-phong-2023.txt"])
        let config = try Configuration.load(file: Self.repo + "/.planlint.yaml")
        #expect(config.mode == .final && config.language == "vi")
        #expect(config.overrides.count == 1 && config.overrides["header.date.leading-zero"] == .some(nil))
        #expect(Configuration.discover(for: Self.legacyPlan) == Self.repo + "/.planlint.yaml")
    }

    @Test func ciRunReportsOnlyTheNewWarningsAndPasses() throws {
        var result = try Self.lint(Self.plans)
        #expect(result.report.files.count == 3 && result.language == "vi")
        let (afterMarkers, problems) = try Self.suppressed(result.report)
        #expect(problems.isEmpty)
        result.report = try Baseline.load(path: Self.baselineFile).filter(afterMarkers)
        let findings = result.report.allFindings
        #expect(Self.countsPerRule(findings) == ["timeline.after-plan-year": 1, "timeline.document-needs-date": 1])
        #expect(findings.allSatisfy { $0.file.hasSuffix("so-giao-thong-2023.txt") && $0.severity == .warning })
        #expect(ExitPolicy.code(for: result, failOn: .error) == 0)
        #expect(ExitPolicy.code(for: result, failOn: .warning) == 1)
    }

    @Test func legacyPlanHasItsKnownDefectsBeforeTheBaseline() throws {
        let findings = try Self.lint([Self.legacyPlan]).report.allFindings
        #expect(Self.countsPerRule(findings) == [
            "header.symbol.type-code": 1, "header.recipients.archive-missing": 1,
            "numbering.gap": 1, "numbering.repeat": 1,
            "task.lead-unit.missing": 1, "task.lead-also-coordinating": 1, "task.product.missing": 1,
            "task.value.placeholder": 1, "task.timeline.placeholder": 1, "task.timeline.missing": 1,
        ])
        #expect(!findings.contains { $0.ruleId == "header.date.leading-zero" }, "turned off in .planlint.yaml")
    }

    @Test func inlineMarkerSilencesExactlyTheMarkedTask() throws {
        let plan = Self.repo + "/ke-hoach/so-tu-phap-2023.md"
        let report = try Self.lint([plan]).report
        #expect(report.allFindings.map(\.ruleId) == ["task.product.missing"] || report.allFindings.isEmpty,
                "before suppression is wired into Linter the marked finding is there; after, it is gone")
        #expect(report.allFindings.allSatisfy { $0.path == "II.2.c" })
        let (after, problems) = try Self.suppressed(report)
        #expect(after.allFindings.isEmpty && problems.isEmpty)
    }

    @Test func committedBaselineMatchesTheLegacyPlan() throws {
        let current = Baseline(report: try Self.lint([Self.legacyPlan]).report, root: Self.repo)
        if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_EXAMPLE_BASELINE"] == "1" {
            try current.write(to: Self.baselineFile)
        }
        let committed = try Baseline.load(path: Self.baselineFile)
        #expect(committed.entries == current.entries,
                "rules changed what they report: rerun with PLANLINT_UPDATE_EXAMPLE_BASELINE=1 and review the diff")
        #expect(committed.entries.reduce(0) { $0 + $1.count } == 10)
        #expect(committed.entries.allSatisfy { $0.file == "ke-hoach/van-phong-2023.txt" })
    }
}
