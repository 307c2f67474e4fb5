import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// `../shared/realdocs` (136 issued documents), or nil when absent.
private let realdocs: URL? = {
    let url = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/realdocs")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path) ? url : nil
}()

/// The real citation defects of the development set (its README), by file prefix, rule and
/// the symbol the finding's evidence must contain.
private let knownDefects: [(file: String, rule: String, evidence: String)] = [
    ("24c7124e", "reference.year-segment-mismatch", "163/2024/QH15 ngày 27 tháng 11 năm 2025"),
    ("24c7124e", "reference.date-after-plan", "163/2024/QH15 ngày 27 tháng 11 năm 2025"),
    ("24c7124e", "reference.conflicting-dates", "163/2024/QH15"),
    ("1ea5e769", "reference.type-word-mismatch", "118/2025/NĐCP"),
    ("1ea5e769", "reference.type-word-mismatch", "21/2025/TTBYT"),
    ("24ac05c2", "reference.type-word-mismatch", "TTTLT"),
    ("5298da2a", "reference.type-word-mismatch", "Thông tư số 03/2025/NĐ-VPCP"),
    ("0beedb7b", "reference.year-segment-mismatch", "11/2014/NĐ-CP ngày 18/2/2024"),
]

@Suite("Citations and text quality on real documents",
       .enabled(if: realdocs != nil, "../shared/realdocs is absent"))
struct RealDocumentCitationTests {
    static func findings() throws -> [Finding] {
        let files = try FileManager.default.contentsOfDirectory(atPath: realdocs!.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { realdocs!.appendingPathComponent($0).path }
        var request = LintRequest(files: files)
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        return try Linter.run(request).report.allFindings
    }

    @Test("every real citation defect is found, and no citation or quality finding besides them")
    func onlyRealDefects() throws {
        let reported = try Self.findings().filter {
            ($0.ruleId.hasPrefix("reference.") || $0.ruleId.hasPrefix("text.")) && $0.severity >= .warning
        }
        var unmatched = reported
        for defect in knownDefects {
            let index = unmatched.firstIndex {
                $0.ruleId == defect.rule && ($0.span?.file ?? "").contains(defect.file)
                    && ($0.evidence ?? $0.message).contains(defect.evidence)
            }
            #expect(index != nil, "not found: \(defect)")
            if let index { unmatched.remove(at: index) }
        }
        // A date on the next source line (a symbol wrapped after its hyphen, an italic basis
        // paragraph longer than four lines) is joined to its citation: no first citation looks undated.
        let splitDates = unmatched.filter { $0.ruleId == "reference.first-citation-without-date" }
        #expect(splitDates.isEmpty, "\(splitDates.map { "\($0.span?.file ?? ""):\($0.span?.start.line ?? 0) \($0.message)" })")
        let others = unmatched.filter { $0.ruleId != "reference.first-citation-without-date" }
        #expect(others.isEmpty, "\(others.map { "\($0.span?.file ?? ""):\($0.span?.start.line ?? 0) \($0.ruleId) \($0.message)" })")
    }
}
