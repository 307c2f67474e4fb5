import Foundation
import MasterPlans
import PlanlintKit
import PlanlintTestSupport
import Testing

/// `planlint coverage FOLDER --master PACK`: one row per agency's plan with the counts of
/// that plan's own table.
@Suite("Coverage table for many plans")
struct CoverageTableTests {
    static let pack = RepositoryPaths.file("rules/masters/quang-tri/2022.yaml")
    static var plans: [String] {
        (try? InputExpansion.expand([RepositoryPaths.file("samples/quang-tri")]).map(\.path)) ?? []
    }

    @Test func oneRowPerPlanWithThePerPlanCounts() throws {
        let plans = Self.plans
        #expect(plans.count == 4)
        let table = try CoverageTable.build(planPaths: plans, packPath: Self.pack, unitID: nil)
        #expect(table.rows.map(\.file) == plans)
        for (row, plan) in zip(table.rows, plans) {
            let single = try CoverageReport.build(planPath: plan, packPath: Self.pack, unitID: nil)
            let count = { (s: CoverageStatus) in single.rows.filter { $0.status == s }.count }
            #expect(row.unitID == single.unit?.id)
            #expect(row.owed == single.rows.count)
            let expected: [Int] = [count(.covered), count(.late), count(.partial), count(.missing)]
            let actual: [Int] = [row.covered, row.late, row.partial, row.missing]
            #expect(actual == expected, "\(plan)")
            #expect(row.mandatedOwed == single.rows.filter(\.mandatedEarlyPlan).count)
            #expect(row.missingAreas == single.missingAreas.count)
        }
        #expect(table.rows.contains { $0.unitID == "so-tu-phap" && $0.missing == 0 && $0.covered == $0.owed })
    }

    @Test(arguments: CoverageTable.Format.allCases)
    func everyFormatHasTheColumnHeadings(_ format: CoverageTable.Format) throws {
        let table = try CoverageTable.build(planPaths: Self.plans, packPath: Self.pack, unitID: nil)
        let out = table.render(format)
        for heading in CoverageTable.header(english: false) where format != .json { #expect(out.contains(heading)) }
        #expect(out.contains("so-tu-phap"))
    }

    @Test func cellsKeepNumbersAsNumbers() throws {
        let table = try CoverageTable.build(planPaths: Self.plans, packPath: Self.pack, unitID: nil)
        let cells = table.cells()
        #expect(cells.count == 1 + table.rows.count)
        #expect(cells[0].count == cells[1].count)
        #expect(cells[1][4] == .number(Double(table.rows[0].owed)))
    }

    @Test func unreadablePlanIsARowWithoutAPlan() throws {
        let table = try CoverageTable.build(planPaths: ["no/such/plan.txt"], packPath: Self.pack, unitID: nil)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].planFound == false)
        #expect(table.rows[0].error?.contains("no/such/plan.txt") == true)
    }
}
