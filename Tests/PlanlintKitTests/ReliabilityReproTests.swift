import Foundation
import PlanlintTestSupport
import Testing

/// Every reproducer of `../shared/reliability` (issue 14), through the built executable:
/// exit 2, one line on stderr naming the file at fault, at most 5 s and 200 MB (under a
/// 4 GB address-space cap and a kill after 20 s), and the other plan of the same run still
/// reported. The four reproducers that are not files there (a FIFO, a directory, and two
/// large generated texts) are made here by hand, as `make_repros.py` makes them.
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
        /// Arguments before the plan files; "{file}" is replaced by the reproducer's path,
        /// "{dir}" by the reliability folder.
        var arguments: [String]
        /// Whether the reproducer is itself a plan (and so goes before the companion plan).
        var isPlan = true
        /// The file the error line must name, when it is not the reproducer (a rule file).
        var blamed: String? = nil
        var testDescription: String {
            switch input {
            case .shared(let name), .made(let name, _): name
            }
        }
    }

    static func check(_ name: String) -> Case { Case(input: .shared(name), arguments: ["check"]) }

    static let cases: [Case] = [
        check("crash-01-numbering-start-intmax.docx"),
        check("crash-02-numbering-letter-huge.docx"),
        Case(input: .shared("crash-03-baseline-surrogate.json"), arguments: ["check", "--baseline", "{file}"],
             isPlan: false),
        check("crash-14-xml-invalid-utf8-attr-name.docx"),
        check("crash-14-xml-invalid-utf8-element-name.docx"),
        check("crash-14-xml-invalid-utf8-name-minimal.docx"),
        check("crash-15-rels-invalid-utf8-name.docx"),
        check("control-14-xml-invalid-utf8-in-text-refused-ok.docx"),
        check("fuzz-docx-crash-1f540164.docx"),
        check("fuzz-docx-crash-3a634459.docx"),
        check("fuzz-docx-crash-e8466d97.docx"),
        check("oom-04-gridspan.docx"),
        check("hang-05-many-attributes.docx"),
        check("hang-06-combining-marks-in-field.txt"),
        // 2,999 lines whose markers deepen by one level each (9 MB).
        Case(input: .made("hang-07-deepening-markers.txt") { path in
            try (1..<3000).map { "I." + String(repeating: "1.", count: $0) + " x\n" }.joined()
                .write(toFile: path, atomically: true, encoding: .utf8)
        }, arguments: ["check"]),
        // 20,000 citations on one line, through the text reporter.
        Case(input: .made("hang-08-many-citations-text-report.txt") { path in
            try String(repeating: "Căn cứ Nghị định số 107/2021/NĐ-CP ngày 31/12/2021 của Chính phủ; ", count: 20_000)
                .appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        }, arguments: ["check", "--format", "text"]),
        Case(input: .shared("hang-09-yaml-alias-bomb-keys.yaml"), arguments: ["check", "--rules", "{file}"],
             isPlan: false),
        // A user regex with nested quantifiers: the rule file is at fault (its pattern's
        // position is named), every plan is still checked and reported.
        Case(input: .shared("hang-10-redos-plan.txt"), arguments: ["check", "--rules", "{dir}/hang-10-redos-rule.yaml"],
             blamed: "hang-10-redos-rule.yaml"),
        Case(input: .made("hang-11-fifo.docx") { path in
            #expect(mkfifo(path, 0o600) == 0)
        }, arguments: ["check"]),
        Case(input: .made("hang-12-directory.docx") { path in
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }, arguments: ["check"]),
        check("silent-13-truncated-document-xml.docx"),
    ]

    /// Files of the folder that are not reproducers themselves.
    static let support: Set<String> = [
        "README.md", "make_repros.py",
        "hang-10-redos-rule.yaml",            // the rule file of hang-10-redos-plan.txt
        "silent-13-reference-complete.docx",  // the untruncated twin of silent-13 (checked below)
    ]

    @Test("every reproducer gives exit 2 with one line, quickly and in little memory",
          .enabled(if: available, "needs ../shared/reliability and a built .build/debug/planlint"), arguments: cases)
    func cleanFailure(_ c: Case) throws { try Self.expectCleanFailure(c) }

    /// A new reproducer dropped into the folder fails here until it has a case above.
    @Test("every file of ../shared/reliability has a case",
          .enabled(if: FileManager.default.fileExists(atPath: reliability.path), "needs ../shared/reliability"))
    func everyFileCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.reliability.path)
        let covered = Set(Self.cases.compactMap { c -> String? in
            if case .shared(let name) = c.input { return name }
            return nil
        })
        for file in files where !covered.contains(file) && !Self.support.contains(file) {
            Issue.record("\(file) in ../shared/reliability has no reproducer case")
        }
    }

    /// The complete twin of the truncated file reads fine: the truncation check does not
    /// refuse every Word file.
    @Test(.enabled(if: available, "needs ../shared/reliability and a built .build/debug/planlint"))
    func completeTwinIsRead() throws {
        let exe = try #require(Self.executable)
        let path = Self.reliability.appendingPathComponent("silent-13-reference-complete.docx").path
        let run = try Run(executable: exe, arguments: ["extract", path], seconds: 20)
        #expect(run.status == 0, "\(run.errorLines)")
        #expect(run.errorLines.isEmpty, "\(run.errorLines)")
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
        let format = arguments.contains("--format") ? [] : ["--format", "json"]
        let run = try Run(executable: exe, arguments: arguments + format + plans, seconds: 20)
        let name = (path as NSString).lastPathComponent
        let blamed = c.blamed ?? name
        #expect(!run.timedOut, "\(name): still running after 20 s, killed")
        #expect(run.status == 2, "\(name): exit \(run.status)")
        #expect(run.errorLines.count == 1, "\(name): \(run.errorLines)")
        #expect(run.errorLines.first?.contains(blamed) == true, "\(name): the line should name \(blamed): \(run.errorLines)")
        #expect(run.seconds <= 5, "\(name): \(run.seconds) s")
        #expect(run.maxResidentKB <= 200 * 1024, "\(name): \(run.maxResidentKB) kB")
        // A broken rule file or baseline, or a folder argument with no plan in it, costs
        // only what depends on it: the other plan is still checked and reported.
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
