import Foundation
import PlanlintTestSupport
import Testing

/// `--output FILE` replaces the file by renaming a finished temporary file over it: a run
/// killed at any moment leaves the old report or the new one, never part of one.
@Suite("Report files are written atomically", .serialized)
struct AtomicReportFileTests {
    static let plan = RepositoryPaths.file("samples/defects-vanphong-2023.txt")
    static let oldReport = "{\"old\": \"report\"}\n"

    static func inode(_ path: String) throws -> UInt64 {
        var st = stat()
        try #require(stat(path, &st) == 0, "stat \(path)")
        return UInt64(st.st_ino)
    }

    @Test("the report file is replaced by a rename, not rewritten in place",
          .enabled(if: CLIProcess.built, "needs a built .build/debug/planlint"))
    func replacedByRename() throws {
        let dir = try CLIProcess.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/report.json"
        try Self.oldReport.write(toFile: out, atomically: false, encoding: .utf8)
        let before = try Self.inode(out)
        let run = try CLIProcess.run(["check", "--format", "json", "--output", out, Self.plan])
        #expect(run.status == 1, "\(run.stderr)")
        // A new inode: the old file was never opened for writing, so no reader (and no
        // kill) can see it half-written.
        #expect(try Self.inode(out) != before)
        let data = try #require(FileManager.default.contents(atPath: out))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.json"])
    }

    /// Kills runs at staggered moments; after each, the file is the old report or a
    /// complete new one.
    @Test("a killed run leaves the old report or a complete new one",
          .enabled(if: CLIProcess.built, "needs a built .build/debug/planlint"))
    func killedRunsNeverLeaveHalfAFile() throws {
        let dir = try CLIProcess.temporaryFolder("atomic-kill")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/report.json"
        // Many plans, so the run lasts long enough to be killed while it renders and writes.
        let samples = RepositoryPaths.file("samples")
        let plans = (FileManager.default.enumerator(atPath: samples)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { samples + "/" + $0 }
        // How long a whole run takes here (debug build, shared machine): the kills are
        // spread from the start to twice that (a loaded machine makes runs vary).
        let start = Date()
        let full = try CLIProcess.run(["check", "--format", "json", "--output", out] + plans)
        #expect(full.status == 1, "\(full.stderr)")
        let duration = Date().timeIntervalSince(start)
        var sawOld = 0, sawNew = 0
        for attempt in 0..<16 {
            try Self.oldReport.write(toFile: out, atomically: false, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLIProcess.executable)
            p.arguments = ["check", "--format", "json", "--output", out] + plans
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(duration * 1_000_000 * Double(attempt) / 8))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = try String(contentsOfFile: out, encoding: .utf8)
            if text == Self.oldReport {
                sawOld += 1
            } else {
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil,
                        "attempt \(attempt): neither the old report nor a complete JSON report (\(text.utf8.count) bytes)")
                sawNew += 1
            }
        }
        // The kills landed both before and after the write, or the test proved nothing.
        #expect(sawOld > 0)
        #expect(sawNew > 0, "no run got to write its report before being killed; the staggering is too short")
    }
}
