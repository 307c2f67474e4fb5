import Foundation
import Testing
@testable import MasterPlans
import PlanModel

/// The Quảng Trị samples give exactly their planted gaps (samples/quang-tri/README.md).
///
/// The samples share one fixed layout, so a few lines read their tasks here; the real parser
/// is exercised on them by the PlanParser and CLI tests.
@Suite("Quảng Trị samples")
struct SampleCoverageTests {
    struct SamplePlan {
        var issuer: String
        var parent: String
        var date: CivilDate?
        var tasks: [PlanTask]
        var headings: [String]
    }

    /// Tasks "a) …" with "- Label: value" fields under part II; headings "1. …" of part II.
    static func read(_ name: String) throws -> SamplePlan {
        let text = try String(contentsOf: Repo.root.appendingPathComponent("samples/quang-tri/\(name)"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var tasks: [PlanTask] = []
        var headings: [String] = []
        var inPartII = false
        var area = ""
        var date: CivilDate?
        for (n, line) in lines.enumerated() {
            let located = { (s: String) in Located(s, span: Build.span(n + 1)) }
            if date == nil, line.contains(", ngày ") {
                let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
                if numbers.count == 3 { date = CivilDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
            }
            if line.hasPrefix("II. ") { inPartII = true; continue }
            if line.hasPrefix("III. ") { inPartII = false }
            guard inPartII, let first = line.first else { continue }
            if first.isNumber, line.dropFirst().hasPrefix(". ") {
                area = String(first)
                headings.append(String(line.dropFirst(3)))
            } else if line.dropFirst().hasPrefix(") ") {
                tasks.append(PlanTask(path: "II.\(area).\(first)", sectionPath: "II.\(area)", marker: nil,
                                      title: located(String(line.dropFirst(3))), span: Build.span(n + 1)))
            } else if line.hasPrefix("- "), !tasks.isEmpty, let colon = line.firstIndex(of: ":") {
                let label = line[line.index(line.startIndex, offsetBy: 2)..<colon].lowercased()
                var value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                if value.hasSuffix(".") { value.removeLast() }
                if label.contains("chủ trì") { tasks[tasks.count - 1].lead = located(value) }
                else if label.contains("phối hợp") { tasks[tasks.count - 1].coordinating = located(value) }
                else if label.contains("sản phẩm") { tasks[tasks.count - 1].product = located(value) }
                else if label.contains("thời gian") { tasks[tasks.count - 1].timeline = located(value) }
            }
        }
        return SamplePlan(issuer: lines[1], parent: lines[0], date: date, tasks: tasks, headings: headings)
    }

    struct Gaps: Equatable, CustomStringConvertible {
        var rows: [String]
        var missingAreas: [String]
        var unknownUnits: [String]
        var description: String { "rows \(rows), areas \(missingAreas), unknown \(unknownUnits)" }
    }

    static func gaps(_ name: String) throws -> Gaps {
        let pack = try Repo.pack("quang-tri", 2022)
        let resolver = UnitResolver(registry: try Repo.registry("quang-tri"))
        let plan = try read(name)
        let unit = try #require(resolver.resolveIssuer(plan.issuer, parent: plan.parent).unit)
        let rows = ObligationMatcher().match(ObligationSelector.obligations(for: unit, in: pack), tasks: plan.tasks,
                                             planYear: 2022, planDate: plan.date)
        let recognizer = AreaRecognizer(areas: pack.areas)
        let present = Set(plan.headings.compactMap { recognizer.area(forHeading: $0)?.id })
        var unknown: [String] = []
        for task in plan.tasks {
            for field in [task.lead, task.coordinating].compactMap({ $0 }) {
                for mention in resolver.resolve(field.value, on: plan.date) {
                    if case .unknown(_, false) = mention.match { unknown.append(mention.text) }
                }
            }
        }
        return Gaps(rows: rows.filter { $0.status != .covered }.map { "\($0.obligationID) \($0.status.rawValue)" },
                    missingAreas: pack.areas.filter { $0.required && !present.contains($0.id) }.map(\.id),
                    unknownUnits: unknown)
    }

    @Test("the complete Sở Tư pháp plan has no gap")
    func complete() throws {
        #expect(try Self.gaps("so-tu-phap-2022.txt") == Gaps(rows: [], missingAreas: [], unknownUnits: []))
    }

    @Test("the Sở Nội vụ plan has exactly its planted gaps")
    func soNoiVu() throws {
        let expected = Gaps(rows: ["PL.II.3.a missing", "PL.II.4 late", "PL.VI.1 missing", "PL.VI.2 missing",
                                   "PL.VI.4 missing", "PL.VI.5 missing", "PL.VI.6 missing", "PL.VI.7 missing"],
                            missingAreas: ["tai-chinh-cong"], unknownUnits: [])
        #expect(try Self.gaps("so-noi-vu-2022-gaps.txt") == expected)
    }

    @Test("the UBND huyện Cam Lộ plan has exactly its planted coverage gaps")
    func camLo() throws {
        let expected = Gaps(rows: ["PL.I.3.c late", "PL.II.5.a partial"], missingAreas: [],
                            unknownUnits: ["Sở Thông tin và Truyền hình"])
        #expect(try Self.gaps("ubnd-cam-lo-2022-gaps.txt") == expected)
    }

    @Test("work assigned in 2025 to units that had ceased is found")
    func ceased() throws {
        let plan = try Self.read("so-noi-vu-2025-ceased-units.txt")
        let resolver = UnitResolver(registry: try Repo.registry("quang-tri"))
        let ceased = plan.tasks.flatMap { task in
            [task.lead, task.coordinating].compactMap { $0 }.flatMap { resolver.resolve($0.value, on: plan.date) }
        }.filter(\.ceased).map(\.text)
        #expect(ceased == ["UBND các huyện, thị xã, thành phố", "Phòng Nội vụ", "Sở Thông tin và Truyền thông"])
    }
}
