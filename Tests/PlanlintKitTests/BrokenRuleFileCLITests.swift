import Foundation
import PlanlintTestSupport
import Testing

/// A broken rule file stops the run with exit 2 and one `file:line:col: message` line.
/// Skipped (and reported so) when the executable has not been built.
@Suite("Broken rule files through the CLI")
struct BrokenRuleFileCLITests {
    static let valid = """
    version: 1
    pack: test.pack
    rules:
      - id: task.lead-unit.missing-again
        severity: error
        scope: task
        check: { require: lead }
        message: "{task.path}"
        message_en: "{task.path}"
        description: Why.
    """

    @Test(.enabled(if: BuiltExecutable.planlint != nil, "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"),
          arguments: [
        ("typo", valid.replacingOccurrences(of: "    scope: task", with: "    scop: task"), ":6:5: khoá không hợp lệ 'scop' (có phải 'scope'?)"),
        ("tab", valid.replacingOccurrences(of: "    scope: task", with: "\tscope: task"), ":6:1: dùng ký tự tab để thụt lề"),
        ("duplicate id", valid + "\n" + valid.components(separatedBy: "rules:\n")[1], ":11:9: mã luật"),
    ])
    func brokenRuleFileExitsTwoWithPosition(_ what: String, _ yaml: String, _ expected: String) throws {
        let exe = try #require(BuiltExecutable.planlint)
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: rules, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["check", RepositoryPaths.file("samples/good-sotuphap-2023.txt"), "--rules", rules]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "\(what)")
        #expect(stderr.split(separator: "\n").count == 1, "\(what): \(stderr)")
        #expect(stderr.hasPrefix(rules + expected), "\(what): \(stderr)")
    }
}
