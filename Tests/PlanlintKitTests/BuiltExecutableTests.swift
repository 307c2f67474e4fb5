import Foundation
import PlanlintTestSupport
import Testing

/// CLI tests find the executable next to the running test binary (SwiftPM's products
/// folder, whatever `--scratch-path` or triple folder it is), not at a fixed `.build/debug`.
@Suite("Finding the built executable")
struct BuiltExecutableTests {
    static let testBinaryFolder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        .deletingLastPathComponent()
    static let besideTests = FileManager.default.isExecutableFile(atPath: testBinaryFolder.appendingPathComponent("planlint").path)

    @Test(.enabled(if: besideTests, "no planlint executable beside the test binary (tests not run by swift test)"))
    func theExecutableBesideTheTestBinaryIsPreferred() throws {
        let found = try #require(BuiltExecutable.planlint)
        #expect(URL(fileURLWithPath: found).deletingLastPathComponent().resolvingSymlinksInPath().path == Self.testBinaryFolder.path)
    }

    @Test func anExplicitPathWins() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fake = folder.appendingPathComponent("planlint-fake").path
        FileManager.default.createFile(atPath: fake, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        #expect(BuiltExecutable.find("planlint-fake", environment: ["PLANLINT_EXECUTABLE": fake]) == fake)
        #expect(BuiltExecutable.find("planlint-fake-absent", environment: [:]) == nil)
    }
}
