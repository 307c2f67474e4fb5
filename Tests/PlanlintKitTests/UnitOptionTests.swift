import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// A misspelt unit id must stop the run (exit 2) and name the closest units; before, it
/// was ignored with an info finding and exit 0, so every obligation check vanished.
@Suite("The plan's unit")
struct UnitOptionTests {
    static func job(unit: String, lang: String? = nil) -> CheckJob {
        var request = LintRequest(files: [RepositoryPaths.file("samples/quang-tri/so-tu-phap-2022.txt")])
        request.masterPath = RepositoryPaths.file("rules/masters/quang-tri/2022.yaml")
        request.unitID = unit
        request.language = lang
        var job = CheckJob(lint: request)
        job.outputs = [CheckJob.Output(format: .json, destination: .returned)]
        return job
    }

    @Test func aMisspeltUnitStopsTheRunAndNamesTheClosest() {
        let outcome = Planlint.check(Self.job(unit: "so-tu-phapp"))
        #expect(outcome.exitCode == 2)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.contains("--unit") == true)
        #expect(outcome.diagnostics.first?.contains("so-tu-phap") == true)
        #expect(outcome.diagnostics.first?.contains("gần nhất") == true)
        let english = Planlint.check(Self.job(unit: "so-tu-phapp", lang: "en"))
        #expect(english.diagnostics.first?.contains("closest") == true)
    }

    @Test func aKnownUnitRuns() {
        let outcome = Planlint.check(Self.job(unit: "so-tu-phap"))
        #expect(outcome.exitCode == 0)
        #expect(outcome.rendered[.json] != nil)
    }
}
