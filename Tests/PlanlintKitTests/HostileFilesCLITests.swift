import Foundation
import PlanlintTestSupport
import Testing

/// Every hostile or broken input, through the real executable: exit 2, one line naming the
/// file, within 5 seconds and 200 MB. Skipped (and reported so) when the executable has not
/// been built or GNU time is missing.
@Suite("Hostile files through the CLI")
struct HostileFilesCLITests {
    static let executable = BuiltExecutable.planlint

    static var inputs: [String] {
        let dir = RepositoryPaths.file("Tests/PlanReadersTests/Fixtures/docx/hostile")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return files.sorted().map { dir + "/" + $0 }
    }

    @Test(.enabled(if: executable != nil, "the planlint executable is not built (swift build), or set PLANLINT_EXECUTABLE"),
          .enabled(if: Resources.hasGNUTime, "GNU time (/usr/bin/time) is not installed"))
    func hostileInputsFailCleanlyAndQuickly() throws {
        let exe = try #require(Self.executable)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let invalid = tmp.appendingPathComponent("invalid.txt").path
        FileManager.default.createFile(atPath: invalid, contents: Data([0x4B, 0xE1, 0xBA, 0xBF, 0xC3, 0x28]))
        let empty = tmp.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        // (A folder is no longer hostile: `check` searches it; InputExpansionTests covers that.)
        var inputs = Self.inputs + [invalid, empty, tmp.appendingPathComponent("missing.txt").path]
        inputs.removeAll { $0.hasSuffix(".md") }
        #expect(inputs.count >= 9)
        for input in inputs {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            p.arguments = ["-f", "MAXRSS_KB=%M", exe, "check", input]
            let err = Pipe(), out = Pipe()
            p.standardError = err
            p.standardOutput = out
            let start = Date()
            try p.run()
            p.waitUntilExit()
            let seconds = Date().timeIntervalSince(start)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            _ = out.fileHandleForReading.readDataToEndOfFile()
            let lines = stderr.split(separator: "\n").filter { !$0.hasPrefix("MAXRSS_KB=") && !$0.contains("non-zero status") }
            let rss = stderr.split(separator: "\n").first { $0.hasPrefix("MAXRSS_KB=") }.flatMap { Int($0.dropFirst(10)) } ?? 0
            #expect(p.terminationStatus == 2, "\(input): exit \(p.terminationStatus)")
            #expect(lines.count == 1, "\(input): \(lines)")
            #expect(lines.first?.contains((input as NSString).lastPathComponent) == true, "\(input): \(lines)")
            #expect(seconds < 5, "\(input): \(seconds) s")
            #expect(rss < 200 * 1024, "\(input): \(rss) kB")
            print("hostile \((input as NSString).lastPathComponent): exit \(p.terminationStatus), \(String(format: "%.2f", seconds)) s, \(rss / 1024) MB: \(lines.first ?? "")")
        }
    }
}
