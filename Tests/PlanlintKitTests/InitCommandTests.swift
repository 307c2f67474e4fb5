import Foundation
import PlanlintKit
import PlanlintTestSupport
import Testing

/// `planlint init` writes a commented configuration that loads, with what it detected.
@Suite("planlint init")
struct InitCommandTests {
    @Test(.enabled(if: CLIProcess.built, "needs swift build"), arguments: [
        ("samples/quang-tri/so-tu-phap-2022.txt", "master: quang-tri/2022", "unit: so-tu-phap"),
        ("samples/good-sotuphap-2023.txt", "master: quang-ngai/2023", "unit: so-tu-phap"),
    ])
    func detectsFromAPlan(_ plan: String, _ master: String, _ unit: String) throws {
        let dir = try CLIProcess.temporaryFolder("init")
        let run = try CLIProcess.run(["init", "--from", RepositoryPaths.file(plan), "--mode", "final"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: dir + "/.planlint.yaml", encoding: .utf8)
        #expect(text.contains("\n" + master + "\n"))
        #expect(text.contains("\n" + unit + "\n"))
        let config = try Configuration.load(file: dir + "/.planlint.yaml")
        #expect(config.mode == .final)
        // The shipped pack's name works from the configuration, with no rules/ folder about.
        #expect(BuiltinRules.resolveMaster(try #require(config.master)).hasPrefix("builtin:rules/masters/"))
        let again = try CLIProcess.run(["init"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
    }
}
