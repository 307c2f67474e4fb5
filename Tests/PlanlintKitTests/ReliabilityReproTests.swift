import Foundation
import PlanlintTestSupport
import Testing

/// Every reproducer of `../shared/reliability` (issue 14), through the built executable:
/// exit 2, one line on stderr naming the file, at most 5 s and 200 MB, and the other plan
/// of the same run still reported. The four reproducers that are not files there (a
/// FIFO, a directory, and two generated texts) are made here by hand.
///
/// Reproducers whose cause lies outside the readers of this branch are marked with
/// `.bug`: they pass once the branches that fix them are merged.
@Suite("Reliability reproducers through the CLI", .serialized)
struct ReliabilityReproTests {
    static let reliability = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/reliability")
    static var available: Bool {
        FileManager.default.fileExists(atPath: reliability.path) && executable != nil
    }

    static var executable: String? {
        let path = RepositoryPaths.file(".build/debug/planlint")
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// A plan with findings, given after the reproducer in the same run.
    static let companion = RepositoryPaths.file("samples/defects-vanphong-2023.txt")

    enum Input: Sendable {
        /// A file of ../shared/reliability.
        case shared(String)
        /// A file written by the test into a temporary folder.
        case made(String, @Sendable (String) throws -> Void)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var input: Input
        /// Arguments before the plan files; "{file}" is replaced by the reproducer's path.
        var arguments: [String]
        /// Whether the reproducer is itself a plan (and so goes before the companion plan).
        var isPlan = true
        var testDescription: String {
            switch input {
            case .shared(let name), .made(let name, _): name
            }
        }
    }

    static func docx(_ name: String) -> Case { Case(input: .shared(name), arguments: ["check"]) }

    /// Reproducers this branch (Word reader, normaliser, reporters, rule regexes) fixes.
    static let ownedCases: [Case] = [
        docx("crash-01-numbering-start-intmax.docx"),
        docx("crash-02-numbering-letter-huge.docx"),
        docx("crash-14-xml-invalid-utf8-attr-name.docx"),
        docx("crash-14-xml-invalid-utf8-element-name.docx"),
        docx("crash-14-xml-invalid-utf8-name-minimal.docx"),
        docx("crash-15-rels-invalid-utf8-name.docx"),
        docx("control-14-xml-invalid-utf8-in-text-refused-ok.docx"),
        docx("fuzz-docx-crash-1f540164.docx"),
        docx("fuzz-docx-crash-3a634459.docx"),
        docx("fuzz-docx-crash-e8466d97.docx"),
        docx("oom-04-gridspan.docx"),
        docx("hang-05-many-attributes.docx"),
        docx("silent-13-truncated-document-xml.docx"),
    ]

    /// Reproducers still open on this branch: the cause is named in each comment.
    static let openCases: [Case] = [
        // Normaliser / parser time on 40,000 combining marks in one field (hang-06).
        Case(input: .shared("hang-06-combining-marks-in-field.txt"), arguments: ["check"]),
        // Text reporter with 20,000 citations on one line (hang-08).
        Case(input: .made("hang-08-many-citations-text-report.txt") { path in
            try String(repeating: "Căn cứ Nghị định số 107/2021/NĐ-CP ngày 31/12/2021 của Chính phủ; ", count: 20_000)
                .appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        }, arguments: ["check"]),
        // User regex with nested quantifiers and no match budget (hang-10).
        Case(input: .shared("hang-10-redos-plan.txt"), arguments: ["check", "--rules", "{dir}/hang-10-redos-rule.yaml"]),
    ]

    /// Reproducers other branches fix (baseline and YAML loaders: H-data; structure
    /// builder: H-body; regular files only: the lead).
    static let otherCases: [Case] = [
        Case(input: .shared("crash-03-baseline-surrogate.json"), arguments: ["check", "--baseline", "{file}"], isPlan: false),
        Case(input: .shared("hang-09-yaml-alias-bomb-keys.yaml"), arguments: ["check", "--rules", "{file}"], isPlan: false),
        Case(input: .made("hang-07-deepening-markers.txt") { path in
            try (1..<3000).map { "I." + String(repeating: "1.", count: $0) + " x\n" }.joined()
                .write(toFile: path, atomically: true, encoding: .utf8)
        }, arguments: ["check"]),
        Case(input: .made("hang-11-fifo.docx") { path in
            #expect(mkfifo(path, 0o600) == 0)
        }, arguments: ["check"]),
        Case(input: .made("hang-12-directory.docx") { path in
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }, arguments: ["check"]),
    ]

    @Test("reproducers fixed in the readers", .enabled(if: available, "needs ../shared/reliability and a built .build/debug/planlint"),
          arguments: ownedCases)
    func owned(_ c: Case) throws { try Self.expectCleanFailure(c) }

    @Test("reproducers still open here", .bug("https://planlint.invalid/issues/14", "hang-06, hang-08, hang-10: not fixed on this branch"),
          .enabled(if: available, "needs ../shared/reliability and a built .build/debug/planlint"), arguments: openCases)
    func stillOpen(_ c: Case) throws {
        withKnownIssue("issue 14: not fixed on this branch yet", isIntermittent: true) {
            try Self.expectCleanFailure(c)
        }
    }

    @Test("reproducers fixed by other branches", .bug("https://planlint.invalid/issues/14", "crash-03, hang-09 (H-data), hang-07 (H-body), hang-11/12 (lead)"),
          .enabled(if: available, "needs ../shared/reliability and a built .build/debug/planlint"), arguments: otherCases)
    func fixedElsewhere(_ c: Case) throws {
        withKnownIssue("issue 14: fixed on another branch; passes after merging", isIntermittent: true) {
            try Self.expectCleanFailure(c)
        }
    }

    // MARK: - Running one reproducer

    static func expectCleanFailure(_ c: Case) throws {
        let exe = try #require(executable)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-repro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let path: String
        switch c.input {
        case .shared(let name):
            path = reliability.appendingPathComponent(name).path
            try #require(FileManager.default.fileExists(atPath: path), "missing reproducer \(name)")
        case .made(let name, let make):
            path = tmp.appendingPathComponent(name).path
            try make(path)
        }
        let arguments = c.arguments.map {
            $0.replacingOccurrences(of: "{file}", with: path).replacingOccurrences(of: "{dir}", with: reliability.path)
        }
        let plans = c.isPlan ? [path, companion] : [companion]
        let run = try Run(executable: exe, arguments: arguments + ["--format", "json"] + plans, seconds: 20)
        let name = (path as NSString).lastPathComponent
        #expect(!run.timedOut, "\(name): still running after 20 s, killed")
        #expect(run.status == 2, "\(name): exit \(run.status)")
        #expect(run.errorLines.count == 1, "\(name): \(run.errorLines)")
        #expect(run.errorLines.first?.contains(name) == true, "\(name): \(run.errorLines)")
        #expect(run.seconds <= 5, "\(name): \(run.seconds) s")
        #expect(run.maxResidentKB <= 200 * 1024, "\(name): \(run.maxResidentKB) kB")
        #expect(run.output.contains("defects-vanphong-2023.txt"), "\(name): the other plan was not reported")
        print("repro \(name): exit \(run.status), \(String(format: "%.2f", run.seconds)) s, \(run.maxResidentKB / 1024) MB: \(run.errorLines.first ?? "")")
    }

    /// One run of the executable under /usr/bin/time (for the peak memory), with an
    /// address-space cap of 4 GB (prlimit) so a runaway allocation fails instead of
    /// taking the machine, and killed after `seconds`.
    struct Run {
        var status: Int32
        var seconds: Double
        var maxResidentKB: Int
        var errorLines: [Substring]
        var output: String
        var timedOut: Bool

        init(executable: String, arguments: [String], seconds limit: Double) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            // timeout(1) kills the executable itself; killing only the outer process would
            // leave it holding the pipes open.
            p.arguments = ["--as=4294967296", "--", "/usr/bin/time", "-f", "MAXRSS_KB=%M",
                           "/usr/bin/timeout", "-s", "KILL", String(Int(limit)), executable] + arguments
            let err = Pipe(), out = Pipe()
            p.standardError = err
            p.standardOutput = out
            let start = Date()
            try p.run()
            // Read both pipes while the process runs, so a large report cannot block it.
            nonisolated(unsafe) var outData = Data(), errData = Data()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
            DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
            var timedOut = false
            while p.isRunning {
                if Date().timeIntervalSince(start) > limit + 5 {
                    timedOut = true
                    kill(p.processIdentifier, SIGKILL)
                    break
                }
                usleep(20_000)
            }
            p.waitUntilExit()
            group.wait()
            self.seconds = Date().timeIntervalSince(start)
            self.timedOut = timedOut
            let stderr = String(decoding: errData, as: UTF8.self)
            self.maxResidentKB = stderr.split(separator: "\n").first { $0.hasPrefix("MAXRSS_KB=") }
                .flatMap { Int($0.dropFirst(10)) } ?? 0
            // /usr/bin/time adds "Command exited with non-zero status N" to stderr.
            self.errorLines = stderr.split(separator: "\n")
                .filter { !$0.hasPrefix("MAXRSS_KB=") && !$0.hasPrefix("Command exited with non-zero status") }
            self.status = p.terminationStatus
            self.output = String(decoding: outData, as: UTF8.self)
        }
    }
}
