import Foundation
import PlanlintTestSupport
import Testing

/// `planlint test-rules` closes with "N passed, N failed" (never a negative count) and
/// exits 1 when anything failed.
@Suite("test-rules through the CLI")
struct TestRulesCLITests {
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(BuiltExecutable.planlint))
        p.arguments = ["test-rules"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    @Test(.enabled(if: BuiltExecutable.planlint != nil, "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"))
    func shippedExamplesAllPass() throws {
        let (status, output) = try Self.run([])
        #expect(status == 0, "\(output)")
        let closing = try #require(output.split(separator: "\n").first { $0.hasSuffix(" passed, 0 failed") })
        #expect((Int(closing.split(separator: " ")[0]) ?? 0) >= 100, "\(closing)")
    }

    @Test(.enabled(if: BuiltExecutable.planlint != nil, "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"))
    func aRuleWithoutExamplesAndAnUnmarkedExampleAreCountedOnce() throws {
        let yaml = """
        version: 1
        pack: test.cli
        rules:
          - id: a.no-examples
            severity: error
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: No examples.
          - id: a.unmarked
            severity: error
            scope: task
            check: { require: lead }
            message: "{task.path}"
            message_en: "{task.path}"
            description: An invalid example without its marker.
            examples:
              invalid:
                - |
                  a) Ban hành kế hoạch.
                  - Sản phẩm: Kế hoạch.
              valid:
                - |
                  a) Ban hành kế hoạch.
                  - Đơn vị chủ trì: Văn phòng.
        """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("test-rules-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let (status, output) = try Self.run([path])
        #expect(status == 1)
        #expect(output.contains("\n1 passed, 2 failed\n"), "\(output)")
        #expect(output.contains("a.unmarked: an invalid example must mark each finding with ↓; the rule reports at 1:4"), "\(output)")
    }
}
