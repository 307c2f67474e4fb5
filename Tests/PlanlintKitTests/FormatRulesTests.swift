import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// The thể thức rules (rules/format/the-thuc.yaml, Nghị định 30/2020/NĐ-CP Phụ lục I) on
/// Word files: none on a file laid out exactly as Phụ lục I says, exactly the planted
/// defect on each variant.
@Suite("Thể thức rules on Word files")
struct FormatRulesTests {
    static func formatFindings(_ path: String) throws -> [String] {
        let run = try CLIProcess.run(["check", "--format", "json", path])
        let data = Data(run.stdout.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        return findings.compactMap { $0["ruleId"] as? String }.filter { $0.hasPrefix("format.") }.sorted()
    }

    @Test(arguments: [
        ("chuan", [String]()),
        ("hai-hang-tieu-de", []),
        ("le-trai-25mm", ["format.page.margins"]),
        ("phong-arial", ["format.font"]),
        ("co-chu-12", ["format.body.size"]),
        ("quoc-hieu-khong-dam", ["format.quoc-hieu"]),
        ("so-trang-o-trang-dau", ["format.page-number.first-page"]),
        ("so-trang-chan-trang", ["format.page-number.position"]),
        ("tcvn3", ["format.encoding"]),
        ("vni", ["format.encoding"]),
    ])
    func eachSampleGivesExactlyItsPlantedFindings(_ variant: String, _ expected: [String]) throws {
        let path = RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong-\(variant).docx")
        #expect(try Self.formatFindings(path) == expected)
    }

    @Test(.enabled(if: Python.run("import docx", []) != nil, "python-docx is not installed"))
    func aFileLaidOutAsPhuLucIGivesNoFinding() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("phu-luc-i-\(UUID().uuidString).docx").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = RepositoryPaths.file("scripts/make_office_docx_samples.py")
        let made = try #require(Python.run("import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
                                           [script, "--chuan", out]))
        #expect(made.status == 0, "\(made.output)")
        #expect(try Self.formatFindings(out) == [])
        let plan = try PlanLoader.load(path: out)
        #expect(plan.formatting?.paragraphs.isEmpty == false)
    }

    @Test func plainTextInTCVN3IsConvertedAndNotedOnce() throws {
        let twin = try String(contentsOfFile: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong.txt"), encoding: .utf8)
        var legacy = ""
        // Encode with the Python tables (independent of the Swift ones).
        let py = try #require(Python.run("import sys; sys.path.insert(0, sys.argv[1]); from legacy_vietnamese import encode_tcvn3; sys.stdout.write(encode_tcvn3(open(sys.argv[2], encoding='utf-8').read()))",
                                         [RepositoryPaths.file("scripts"), RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong.txt")]))
        legacy = py.output
        #expect(legacy != twin)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tcvn3-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try legacy.write(toFile: path, atomically: true, encoding: .utf8)
        let a = try PlanLoader.load(path: path), b = try PlanLoader.load(path: RepositoryPaths.file("samples/docx/office/ke-hoach-cchc-2023-so-cong-thuong.txt"))
        #expect(a.tasks.map(\.title.value) == b.tasks.map(\.title.value))
        #expect(a.legacyEncoding?.encoding == .tcvn3)
        #expect(try Self.formatFindings(path) == ["format.encoding"])
        let all = try CLIProcess.run(["check", path]).stdout
        #expect(!all.contains("quality"), "never read as damaged OCR")
    }
}
