import Foundation
import MasterPlans
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// Master-plan coverage through the real parser, as issue "Master plans as data" lists it.
@Suite("Master-plan coverage acceptance")
struct MasterAcceptanceTests {
    static let quangTri = RepositoryPaths.file("rules/masters/quang-tri/2022.yaml")

    static func coverage(_ sample: String) throws -> CoverageReport {
        try CoverageReport.build(planPath: RepositoryPaths.file(sample), packPath: quangTri, unitID: nil)
    }

    static func gaps(_ r: CoverageReport) -> [String] {
        r.rows.filter { $0.status != .covered && $0.role == .lead }.map { "\($0.obligationID):\($0.status.rawValue)" }.sorted()
    }

    static func findings(_ path: String, master: String) throws -> [Finding] {
        var request = LintRequest(files: [path])
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        request.masterPath = master
        return try Linter.run(request).report.allFindings
    }

    @Test func completeSampleHasNoGaps() throws {
        let r = try Self.coverage("samples/quang-tri/so-tu-phap-2022.txt")
        #expect(r.unit?.id == "so-tu-phap")
        #expect(r.rows.count == 63)
        #expect(r.rows.allSatisfy { $0.status == .covered })
        #expect(r.missingAreas.isEmpty)
    }

    @Test func soNoiVuGetsExactlyThePlantedGaps() throws {
        let r = try Self.coverage("samples/quang-tri/so-noi-vu-2022-gaps.txt")
        #expect(r.rows.count == 66)
        #expect(Self.gaps(r) == ["PL.II.3.a:missing", "PL.II.4:late", "PL.VI.5:missing", "PL.VI.6:missing"])
        #expect(r.missingAreas == ["Cải cách tài chính công"])
        let closest = try #require(r.rows.first { $0.obligationID == "PL.II.3.a" })
        #expect(closest.closestTaskPath != nil && closest.closestScore != nil)
    }

    @Test func camLoGetsExactlyThePlantedGaps() throws {
        let path = RepositoryPaths.file("samples/quang-tri/ubnd-cam-lo-2022-gaps.txt")
        let r = try Self.coverage("samples/quang-tri/ubnd-cam-lo-2022-gaps.txt")
        #expect(r.rows.count == 65)
        #expect(Self.gaps(r) == ["PL.I.3.c:late", "PL.II.5.a:partial"])
        let f = try Self.findings(path, master: Self.quangTri)
        #expect(f.contains { $0.ruleId == "master.cite" && $0.message.contains("2021") })
        let unknown = try #require(f.first { $0.ruleId == "unit.unknown" })
        #expect(unknown.message.contains("Sở Thông tin và Truyền hình") && unknown.message.contains("Sở Thông tin và Truyền thông"))
    }

    @Test func unitsThatCeasedBeforeThePlanAreReported() throws {
        let f = try Self.findings(RepositoryPaths.file("samples/quang-tri/so-noi-vu-2025-ceased-units.txt"), master: Self.quangTri)
        let ceased = f.filter { $0.ruleId == "unit.ceased" }
        #expect(ceased.count >= 2)
        #expect(ceased.contains { $0.message.contains("Phòng Nội vụ") || $0.message.contains("UBND các huyện") })
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func quangNgaiDraftCitesTheRightMasterOnlyForItsYear() throws {
        let draft = try #require(RepositoryPaths.corpusFile("qng-vpubnd-cchc-2023-draft.txt"))
        let ok = try Self.findings(draft, master: RepositoryPaths.file("rules/masters/quang-ngai/2023.yaml"))
        #expect(!ok.contains { $0.ruleId == "master.cite" })
        let wrong = try Self.findings(draft, master: RepositoryPaths.file("rules/masters/quang-ngai/2022.yaml"))
        let cite = try #require(wrong.first { $0.ruleId == "master.cite" })
        #expect(cite.message.contains("2108/QĐ-UBND ngày 23/12/2021"))
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func banDanTocCitationIsRecognisedThroughOCR() throws {
        let plan = try #require(RepositoryPaths.corpusFile("qng-bandantoc-par-2023-ocr.txt"))
        let f = try Self.findings(plan, master: RepositoryPaths.file("rules/masters/quang-ngai/2023.yaml"))
        #expect(!f.contains { $0.ruleId == "master.cite" })
    }
}
