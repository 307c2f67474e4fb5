import Foundation
@testable import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// `--write-baseline` / `--baseline`: keys that survive edits, counts, paths, the file format.
@Suite("Baseline")
struct BaselineTests {
    // MARK: Helpers

    /// A fresh folder under the system temporary directory.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func lint(_ paths: [String]) throws -> LintReport {
        var request = LintRequest(files: paths)
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        let result = try Linter.run(request)
        #expect(result.readErrors.isEmpty)
        return result.report
    }

    static func finding(_ rule: String, line: Int, evidence: String?, file: String = "/r/ke-hoach.txt",
                        message: String = "thông báo") -> Finding {
        Finding(ruleId: rule, severity: .error, message: message, file: file,
                span: SourceSpan(file: file, start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 9)),
                evidence: evidence)
    }

    static func report(_ findings: [Finding], file: String = "/r/ke-hoach.txt") -> LintReport {
        LintReport(files: [FileReport(file: SourceFile(path: file, kind: .text), findings: findings)], rules: [], toolVersion: "test")
    }

    // MARK: End to end through Linter.run

    /// The good Sở Tư pháp sample with two defects of today: II.1.a's timeline left as
    /// "xxx" and II.2.b without its lead unit.
    static func planWithTodaysDefects() throws -> String {
        var text = try String(contentsOfFile: RepositoryPaths.file("samples/good-sotuphap-2023.txt"), encoding: .utf8)
        text = try replacingOnce(text, "- Thời gian: Tháng 01/2023.\n", with: "- Thời gian: xxx.\n")
        text = try replacingOnce(text, "- Đơn vị chủ trì: Phòng Hành chính tư pháp.\n", with: "")
        return text
    }

    static func replacingOnce(_ text: String, _ target: String, with replacement: String) throws -> String {
        let range = try #require(text.range(of: target), "sample text changed: \(target)")
        return text.replacingCharacters(in: range, with: replacement)
    }

    @Test func editsAboveOldFindingsAndOneNewDefectReportOnlyTheNewDefect() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/ke-hoach-stp-2023.txt"
        try Self.planWithTodaysDefects().write(toFile: plan, atomically: true, encoding: .utf8)
        let today = try Self.lint([plan])
        #expect(today.allFindings.map(\.ruleId).sorted() == ["task.lead-unit.missing", "task.timeline.placeholder"])

        let baselineFile = folder + "/.planlint-baseline.json"
        try Baseline(report: today, root: folder).write(to: baselineFile)

        // Tomorrow: a paragraph inserted near the top, and II.2.d loses its product.
        var edited = try Self.planWithTodaysDefects()
        edited = try Self.replacingOnce(edited, "I. MỤC ĐÍCH, YÊU CẦU\n", with: """
            Kế hoạch gồm các nhiệm vụ trọng tâm dưới đây; các phòng, đơn vị chủ động bố trí nguồn lực thực hiện.

            I. MỤC ĐÍCH, YÊU CẦU

            """)
        edited = try Self.replacingOnce(edited, "- Sản phẩm: Kết quả đánh giá được cập nhật trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.\n", with: "")
        try edited.write(toFile: plan, atomically: true, encoding: .utf8)
        let tomorrow = try Self.lint([plan])

        // Without the baseline the old findings are still there, two lines lower.
        let moved = Dictionary(uniqueKeysWithValues: today.allFindings.map { ($0.ruleId, $0.span?.start.line ?? 0) })
        for f in tomorrow.allFindings where moved[f.ruleId] != nil {
            #expect(f.span?.start.line == moved[f.ruleId].map { $0 + 2 }, "\(f.ruleId)")
        }
        #expect(tomorrow.allFindings.count == 3)

        let filtered = try Baseline.load(path: baselineFile).filter(tomorrow)
        #expect(filtered.allFindings.map(\.ruleId) == ["task.product.missing"])
        #expect(filtered.allFindings.first?.path == "II.2.d")
        #expect(filtered.files.count == 1, "a file whose findings were all accepted still counts as checked")
    }

    @Test func fixingABaselinedFindingMakesItsEntryStale() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/ke-hoach.txt"
        try Self.planWithTodaysDefects().write(toFile: plan, atomically: true, encoding: .utf8)
        let baseline = Baseline(report: try Self.lint([plan]), root: folder)
        var fixed = try Self.planWithTodaysDefects()
        fixed = try Self.replacingOnce(fixed, "- Thời gian: xxx.\n", with: "- Thời gian: Tháng 01/2023.\n")
        try fixed.write(toFile: plan, atomically: true, encoding: .utf8)
        let outcome = baseline.apply(to: try Self.lint([plan]))
        #expect(outcome.report.allFindings.isEmpty)
        #expect(outcome.absorbed == 1)
        #expect(outcome.stale.map(\.ruleId) == ["task.timeline.placeholder"])
    }

    // MARK: Keys

    /// Evidence variants that must share one key: (name, evidence as recorded, evidence today).
    static let sameKey: [(String, String, String)] = [
        ("NFD vs NFC", "Thời gian: Quý II/2023", "Thời gian: Quý II/2023".decomposedStringWithCanonicalMapping),
        ("case", "Báo cáo kết quả rà soát", "BÁO CÁO KẾT QUẢ RÀ SOÁT"),
        ("re-wrapped", "Báo cáo kết quả\nrà soát", "Báo  cáo kết quả rà soát"),
        ("tabs and edge spaces", "\tBáo cáo kết quả rà soát ", "Báo cáo kết quả rà soát"),
    ]

    @Test(arguments: sameKey)
    func keysIgnoreFormAndWhitespace(_ c: (String, String, String)) {
        #expect(Baseline.key(for: Self.finding("r.x", line: 1, evidence: c.1)) == Baseline.key(for: Self.finding("r.x", line: 1, evidence: c.2)))
    }

    @Test func differentWordsOrDiacriticsAreDifferentKeys() {
        #expect(Baseline.key(for: Self.finding("r.x", line: 1, evidence: "Quý II/2023"))
            != Baseline.key(for: Self.finding("r.x", line: 1, evidence: "Quý III/2023")))
        #expect(Baseline.key(for: Self.finding("r.x", line: 1, evidence: "Sở Tư pháp"))
            != Baseline.key(for: Self.finding("r.x", line: 1, evidence: "So Tu phap")))
    }

    @Test func messageStandsInForMissingEvidence() {
        let f = Self.finding("header.date.blank", line: 1, evidence: nil, message: "Ngày  ban hành còn để trống.")
        #expect(Baseline.key(for: f) == "ngày ban hành còn để trống.")
    }

    // MARK: Counts and matching

    @Test func lineNumbersDoNotMatterButFileRuleAndTextDo() {
        let baseline = Baseline(report: Self.report([Self.finding("r.a", line: 10, evidence: "xxx")]), root: "/r")
        let moved = Self.finding("r.a", line: 90, evidence: "xxx")
        let otherRule = Self.finding("r.b", line: 10, evidence: "xxx")
        let otherText = Self.finding("r.a", line: 10, evidence: "yyy")
        let otherFile = Self.finding("r.a", line: 10, evidence: "xxx", file: "/r/khac.txt")
        #expect(baseline.filter(Self.report([moved])).allFindings.isEmpty)
        for f in [otherRule, otherText] {
            #expect(baseline.filter(Self.report([f])).allFindings == [f])
        }
        let other = LintReport(files: [FileReport(file: SourceFile(path: "/r/khac.txt", kind: .text), findings: [otherFile])],
                               rules: [], toolVersion: "t")
        #expect(baseline.filter(other).allFindings == [otherFile])
    }

    @Test func eachEntryAbsorbsUpToItsCount() {
        let two = [Self.finding("r.a", line: 3, evidence: "xxx"), Self.finding("r.a", line: 7, evidence: "xxx")]
        let baseline = Baseline(report: Self.report(two), root: "/r")
        #expect(baseline.entries.map(\.count) == [2])
        let three = two + [Self.finding("r.a", line: 12, evidence: "XXX")]
        let outcome = baseline.apply(to: Self.report(three))
        #expect(outcome.report.allFindings.map { $0.span?.start.line } == [12])
        #expect(outcome.absorbed == 2 && outcome.stale.isEmpty)
    }

    @Test func excerptsOfDroppedFindingsAreDropped() {
        var r = Self.report([Self.finding("r.a", line: 3, evidence: "xxx"), Self.finding("r.b", line: 5, evidence: "yyy")])
        r.files[0].excerpts = [3: "dòng ba", 5: "dòng năm"]
        let baseline = Baseline(report: Self.report([Self.finding("r.a", line: 3, evidence: "xxx")]), root: "/r")
        #expect(baseline.filter(r).files[0].excerpts == [5: "dòng năm"])
    }

    // MARK: File format and paths

    @Test func fileIsSortedStableAndRelativeToItsFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = Self.finding("task.product.missing", line: 5, evidence: "Nhiệm vụ B", file: folder + "/ke-hoach/b.txt")
        let b = Self.finding("numbering.gap", line: 9, evidence: "Nhiệm vụ A", file: folder + "/ke-hoach/a.txt")
        let c = Self.finding("numbering.gap", line: 2, evidence: "Nhiệm vụ A", file: folder + "/ke-hoach/a.txt")
        let first = folder + "/one.json", second = folder + "/two.json"
        try Baseline(report: Self.report([a, b, c]), root: "/elsewhere").write(to: first)
        try Baseline(report: Self.report([c, a, b]), root: folder).write(to: second)
        let bytes = try String(contentsOfFile: first, encoding: .utf8)
        #expect(bytes == (try String(contentsOfFile: second, encoding: .utf8)))
        #expect(bytes == """
            {
              "entries" : [
                {
                  "count" : 2,
                  "file" : "ke-hoach/a.txt",
                  "key" : "nhiệm vụ a",
                  "ruleId" : "numbering.gap"
                },
                {
                  "count" : 1,
                  "file" : "ke-hoach/b.txt",
                  "key" : "nhiệm vụ b",
                  "ruleId" : "task.product.missing"
                }
              ],
              "tool" : "planlint",
              "version" : 1
            }

            """)
        // Foundation's decoder reads it too (Baseline is Codable).
        let decoded = try JSONDecoder().decode(Baseline.self, from: Data(bytes.utf8))
        #expect(decoded.entries == (try Baseline.load(path: first)).entries)
    }

    @Test func baselineInASubfolderPointsUpToThePlans() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/ci", withIntermediateDirectories: true)
        let f = Self.finding("r.a", line: 4, evidence: "xxx", file: folder + "/ke-hoach.txt")
        try Baseline(report: Self.report([f], file: folder + "/ke-hoach.txt"), root: folder).write(to: folder + "/ci/baseline.json")
        let loaded = try Baseline.load(path: folder + "/ci/baseline.json")
        #expect(loaded.entries.map(\.file) == ["../ke-hoach.txt"])
        #expect(loaded.filter(Self.report([f], file: folder + "/ke-hoach.txt")).allFindings.isEmpty)
    }

    static let pathCases: [(path: String, root: String, relative: String)] = [
        ("/r/ke-hoach/a.txt", "/r", "ke-hoach/a.txt"),
        ("/r/a.txt", "/r/ci", "../a.txt"),
        ("/r/./x/../a.txt", "/r/", "a.txt"),
        ("/other/a.txt", "/r/ci", "../../other/a.txt"),
        ("/r", "/r", "."),
    ]

    @Test(arguments: pathCases)
    func relativePaths(_ c: (path: String, root: String, relative: String)) {
        #expect(BaselinePath.relative(c.path, to: c.root) == c.relative)
        #expect(BaselinePath.absolute(c.relative, base: c.root) == BaselinePath.standardised(c.path))
    }

    // MARK: Loading errors

    /// (name, file content, expected line, column, words the message must contain).
    static let badFiles: [(String, String, Int?, Int?, String)] = [
        ("syntax", "{\n  \"version\": 1,\n  \"entries\": [ { \"file\": \"a\" x } ]\n}", 3, 30, "expected ',' or '}'"),
        ("truncated", "{\n  \"version\": 1,\n  \"entries\": [", 4, 1, "JSON syntax"),
        ("trailing comma", "{ \"version\": 1, \"entries\": [], }", 1, 32, "trailing comma"),
        ("not an object", "[]", 1, 1, "must be a mapping"),
        ("no version", "{ \"entries\": [] }", 1, 1, "missing required key 'version'"),
        ("future version", "{ \"version\": 2, \"entries\": [] }", 1, 14, "version"),
        ("another tool", "{ \"version\": 1, \"tool\": \"swiftlint\", \"entries\": [] }", 1, 25, "planlint"),
        ("entries not a list", "{ \"version\": 1, \"entries\": {} }", 1, 28, "'entries' must be a list"),
        ("entry without count", "{ \"version\": 1, \"entries\": [\n  { \"file\": \"a\", \"ruleId\": \"r\", \"key\": \"k\" }\n] }", 2, 3, "entries[0]"),
        ("count zero", "{ \"version\": 1, \"entries\": [\n { \"file\": \"a\", \"ruleId\": \"r\", \"key\": \"k\", \"count\": 0 } ] }", 2, 53, "entries[0].count"),
        ("count as text", "{ \"version\": 1, \"entries\": [\n { \"file\": \"a\", \"ruleId\": \"r\", \"key\": \"k\", \"count\": \"1\" } ] }", 2, 53, "entries[0].count"),
        ("ruleId not text", "{ \"version\": 1, \"entries\": [\n { \"file\": \"a\", \"ruleId\": 7, \"key\": \"k\", \"count\": 1 } ] }", 2, 27, "entries[0].ruleId"),
        ("Vietnamese before the fault counts as one column per letter",
         "{ \"version\": 1, \"entries\": [ { \"file\": \"kế hoạch\", \"ruleId\": \"r\", \"key\": \"k\", \"count\": 1 } ] } x", 1, 96, "JSON syntax"),
    ]

    @Test(arguments: badFiles)
    func badFilesNameTheirPosition(_ c: (String, String, Int?, Int?, String)) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/baseline.json"
        try c.1.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try Baseline.load(path: path)
        } throws: { error in
            guard let e = error as? BaselineError else { return false }
            return e.file == path && e.line == c.2 && e.column == c.3 && e.line(english: true).contains(c.4)
                && e.description.hasPrefix("\(path):\(c.2!):\(c.3!): ")
        }
    }

    @Test func missingFileIsAnErrorWithoutPosition() {
        #expect(throws: BaselineError.self) { try Baseline.load(path: "/nonexistent/planlint-baseline.json") }
        do {
            _ = try Baseline.load(path: "/nonexistent/planlint-baseline.json")
        } catch {
            #expect(error.line == nil && error.description.hasPrefix("/nonexistent/planlint-baseline.json: "))
        }
    }

    @Test func byteOrderMarkAndDuplicateEntriesAreAccepted() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/b.json"
        let entry = "{ \"file\": \"a.txt\", \"ruleId\": \"r.a\", \"key\": \"xxx\", \"count\": 1 }"
        try Data([0xEF, 0xBB, 0xBF] + Array("{ \"version\": 1, \"entries\": [\(entry), \(entry)] }".utf8)).write(to: URL(fileURLWithPath: path))
        let loaded = try Baseline.load(path: path)
        #expect(loaded.entries == [Baseline.Entry(file: "a.txt", ruleId: "r.a", key: "xxx", count: 2)])
        #expect(loaded.root == folder)
    }
}
