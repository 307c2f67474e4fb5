import Foundation
import PlanlintTestSupport
import Testing
import Yams

/// The CI templates, run as CI runs them: the shell of the GitLab job's `script:` and of the
/// GitHub Action's "Check plans" step is read out of the template files (so the test cannot
/// drift from them) and run by bash on a copy of `CI/example-repo` with its default folder
/// input, the built planlint standing in for the installed one. The pre-commit hook runs
/// through `pre-commit try-repo` when pre-commit is installed.
@Suite("CI templates")
struct CITemplateTests {
    /// What `planlint check ke-hoach` reports on the example repository (its configuration
    /// and inline suppressions applied, no baseline): 3 plans, 6 errors, 6 warnings.
    static let expectedFindings = 12
    static let expectedErrors = 6

    static var bash: String? {
        ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var preCommit: String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return dirs.map { $0 + "/pre-commit" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var ready: Bool { CLIProcess.built && bash != nil }

    /// A fresh copy of CI/example-repo.
    static func exampleRepo() throws -> String {
        let dir = try CLIProcess.temporaryFolder("example-repo") + "/repo"
        try FileManager.default.copyItem(atPath: RepositoryPaths.file("CI/example-repo"), toPath: dir)
        return dir
    }

    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PLANLINT_BUILTIN_RULES"] = nil
        env["PLANLINT_BIN"] = CLIProcess.executable
        return env.merging(extra) { $1 }
    }

    static func load(_ relative: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: RepositoryPaths.file(relative), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    static func count(_ severity: String, inJSONArray data: Data, key: String) throws -> Int {
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return items.filter { $0[key] as? String == severity }.count
    }

    @Test("GitLab template: default PLANLINT_PATHS (a folder) gives the Code Quality and JUnit reports",
          .enabled(if: ready, "needs swift build and bash"))
    func gitlabTemplate() throws {
        let template = try Self.load("CI/gitlab/planlint.gitlab-ci.yml")
        let variables = try #require(template["variables"] as? [String: String])
        let job = try #require(template[".planlint"] as? [String: Any])
        let script = try #require(job["script"] as? [String]).joined(separator: "\n")
        #expect(variables["PLANLINT_PATHS"] == "ke-hoach")
        let repo = try Self.exampleRepo()
        let run = try CLIProcess.runProgram(Self.bash!, ["-e", "-c", script], in: repo, environment: Self.environment(variables))
        #expect(run.status == 1, "\(run.stderr)")
        let quality = try Data(contentsOf: URL(fileURLWithPath: repo + "/gl-code-quality-report.json"))
        let issues = try #require(try JSONSerialization.jsonObject(with: quality) as? [[String: Any]])
        #expect(issues.count == Self.expectedFindings)
        let junit = try String(contentsOfFile: repo + "/planlint-junit.xml", encoding: .utf8)
        #expect(junit.contains("<testsuites"))
        #expect(run.stdout.contains("\(Self.expectedErrors) lỗi, 6 cảnh báo, 0 thông tin trong 3 tệp"), "\(run.stdout)")
    }

    @Test("GitHub Action: the Check plans step on a folder writes SARIF and exit-code=1",
          .enabled(if: ready, "needs swift build and bash"))
    func githubAction() throws {
        let action = try Self.load("CI/github/action.yml")
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        var values = inputs.compactMapValues { $0["default"].map { "\($0)" } }
        values["paths"] = "ke-hoach"
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let step = try #require(steps.first { $0["name"] as? String == "Check plans" })
        let script = try #require(step["run"] as? String)
        // ${{ inputs.NAME }} as GitHub Actions substitutes it in the step's env: mapping.
        var env: [String: String] = [:]
        for (key, value) in try #require(step["env"] as? [String: String]) {
            let name = value.replacingOccurrences(of: "${{ inputs.", with: "").replacingOccurrences(of: " }}", with: "")
            env[key] = try #require(values[name], "unknown input \(value)")
        }
        let repo = try Self.exampleRepo()
        env["GITHUB_OUTPUT"] = repo + "/github-output.txt"
        env["INPUT_FORMAT"] = "text"
        let run = try CLIProcess.runProgram(Self.bash!, ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                                            in: repo, environment: Self.environment(env))
        #expect(run.status == 0, "\(run.stderr)")
        let output = try String(contentsOfFile: repo + "/github-output.txt", encoding: .utf8)
        #expect(output.contains("exit-code=1"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/planlint.sarif"))) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? []
        #expect(results.count == Self.expectedFindings)
        #expect(run.stdout.contains("\(Self.expectedErrors) lỗi"))
    }

    @Test("pre-commit hook through pre-commit try-repo",
          .enabled(if: ready && preCommit != nil, "needs swift build, bash and pre-commit (pip install pre-commit)"))
    func preCommitHook() throws {
        let repo = try Self.exampleRepo()
        let git = "/usr/bin/git"
        for args in [["init", "-q"], ["add", "-A"]] {
            _ = try CLIProcess.runProgram(git, args, in: repo)
        }
        let run = try CLIProcess.runProgram(Self.preCommit!, ["try-repo", RepositoryPaths.root.path, "planlint", "--all-files"],
                                            in: repo, environment: Self.environment(["PRE_COMMIT_HOME": repo + "/.pre-commit-cache"]))
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("van-phong-2023.txt:5:8: lỗi header.symbol.type-code"), "\(run.stdout)")
        #expect(!run.stdout.contains("README.md"), "\(run.stdout)")
    }
}
