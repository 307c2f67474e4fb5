import BuiltinContent
import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanRules
import Testing

/// The copy of `rules/` compiled into the binary (scripts/embed_rules.py) matches the files,
/// and a binary copied away from the checkout still checks with every shipped rule.
@Suite("Built-in rules")
struct BuiltinFilesTests {
    static var diskFiles: [String] {
        let base = RepositoryPaths.file("rules")
        let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "rules/" + $0 }.sorted()
    }

    @Test("every YAML file under rules/ is embedded byte for byte (else run scripts/embed_rules.py)")
    func embeddedCopyIsCurrent() throws {
        let embedded = ContentSource.builtinFiles(under: "rules").map { String($0.dropFirst(ContentSource.builtinPrefix.count)) }
        #expect(!Self.diskFiles.isEmpty)
        #expect(embedded == Self.diskFiles, "stale: run scripts/embed_rules.py")
        for file in Self.diskFiles {
            let disk = FileManager.default.contents(atPath: RepositoryPaths.file(file))
            #expect(ContentSource.contents(atPath: "builtin:" + file) == disk, "\(file) differs: run scripts/embed_rules.py")
        }
    }

    @Test func builtinPacksAreTheShippedPacks() throws {
        let builtin = try RuleSet.load(paths: BuiltinRules.packPaths)
        let disk = try RuleSet.load(paths: [RepositoryPaths.file("rules")])
        #expect(builtin.rules.count == disk.rules.count)
        #expect(builtin.rules.map(\.id).sorted() == disk.rules.map(\.id).sorted())
        #expect(builtin.packs.allSatisfy { $0.file.hasPrefix("builtin:rules/core/") })
        // Positions inside embedded files are those of the files themselves.
        let rule = try #require(builtin.rules.first { $0.id == "task.lead-unit.missing" })
        let twin = try #require(disk.rules.first { $0.id == rule.id })
        #expect(rule.span.start == twin.span.start)
    }

    @Test(arguments: [
        ("builtin:rules/core/../legal/catalog.yaml", true),
        ("/home/someone/builtin:rules/units/quang-tri.yaml", true),  // after URL(fileURLWithPath:) arithmetic
        ("builtin:rules/core/./tasks.yaml", true),
        ("builtin:rules/core/nothing.yaml", false),
        ("rules/core/tasks.yaml", false),
    ])
    func builtinPathsResolve(_ path: String, _ embedded: Bool) {
        #expect(ContentSource.isBuiltin(path) == embedded)
    }

    @Test(arguments: ["rules/masters/quang-tri/2022.yaml", "masters/quang-tri/2022.yaml", "quang-tri/2022",
                      "builtin:rules/masters/quang-tri/2022.yaml"])
    func masterNamesResolveToTheEmbeddedPack(_ name: String) throws {
        // From a folder without rules/, as a copied binary would run.
        let resolved = BuiltinRules.resolveMaster(name)
        if FileManager.default.fileExists(atPath: name) {
            #expect(resolved == name)
        } else {
            #expect(resolved == "builtin:rules/masters/quang-tri/2022.yaml")
            let context = try MasterPlanContext.load(packPath: resolved)
            #expect(!context.pack.obligations.isEmpty)
        }
    }

    @Test("a binary copied out of the checkout finds the defective sample's 11 findings",
          .enabled(if: CLIProcess.built, "needs swift build"))
    func copiedBinaryChecksWithEveryRule() throws {
        let dir = try CLIProcess.temporaryFolder("copied")
        let exe = dir + "/planlint"
        try FileManager.default.copyItem(atPath: CLIProcess.executable, toPath: exe)
        try FileManager.default.copyItem(atPath: RepositoryPaths.file("samples/defects-vanphong-2023.txt"), toPath: dir + "/plan.txt")
        var env = ProcessInfo.processInfo.environment
        env["PLANLINT_BUILTIN_RULES"] = nil
        let check = try CLIProcess.runProgram(exe, ["check", "plan.txt", "--format", "json"], in: dir, environment: env)
        #expect(check.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        #expect((json?["findings"] as? [Any])?.count == 11)
        let rules = try CLIProcess.runProgram(exe, ["rules"], in: dir, environment: env)
        let disk = try RuleSet.load(paths: [RepositoryPaths.file("rules")])
        for id in disk.rules.map(\.id) { #expect(rules.stdout.contains(id)) }
        let none = try CLIProcess.runProgram(exe, ["check", "plan.txt", "--no-builtin"], in: dir, environment: env)
        #expect(none.status == 2)
        #expect(none.stderr.contains("không có quy tắc"))
    }
}
