import Foundation
import PlanlintTestSupport
import Testing

/// Plans are linted in parallel (`ParallelMap`), so nothing in a report may depend on
/// which thread finished first: the same plans give byte-identical reports, run after run.
@Suite("Deterministic output under parallel linting", .serialized)
struct DeterministicOutputTests {
    /// Every plan of samples/ (text, Markdown, Word), so the run has many files to spread
    /// over the cores and many findings of different rules.
    static var plans: [String] {
        let root = RepositoryPaths.file("samples")
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".docx") }
            .filter { !$0.hasSuffix("README.md") }
            .sorted().map { root + "/" + $0 }
    }

    @Test("JSON, SARIF and text reports are byte-identical across runs",
          .enabled(if: CLIProcess.built, "needs a built .build/debug/planlint"),
          arguments: ["json", "sarif", "text"])
    func identicalAcrossRuns(_ format: String) throws {
        let plans = Self.plans
        try #require(plans.count >= 10, "samples/ should hold at least 10 plans, found \(plans.count)")
        var first: String?
        for run in 0..<4 {
            let outcome = try CLIProcess.run(["check", "--format", format, "--fail-on", "info"] + plans,
                                             environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
            // Exit 1: findings (the samples include planted defects); never 2 (a crash or refusal).
            #expect(outcome.status == 1, "run \(run): exit \(outcome.status): \(outcome.stderr)")
            #expect(!outcome.stdout.isEmpty)
            if let first {
                #expect(outcome.stdout == first, "run \(run) differs from run 0 (\(format))")
            } else {
                first = outcome.stdout
            }
        }
        // The report covers every plan: determinism of an empty report would prove nothing.
        if format == "json" {
            let json = try #require(try JSONSerialization.jsonObject(with: Data((first ?? "").utf8)) as? [String: Any])
            let summary = try #require(json["summary"] as? [String: Any])
            #expect(summary["files"] as? Int == plans.count)
            #expect(((json["findings"] as? [Any])?.count ?? 0) > 50)
        }
    }
}
