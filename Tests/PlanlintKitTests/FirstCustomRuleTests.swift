import Foundation
import PlanlintKit
import PlanModel
import PlanRules
import Testing

/// A first rule written by an official: a bare list, Vietnamese only, no pack name, no scope,
/// no description — it loads, runs, and can use the plan's year in its pattern. A file with
/// several mistakes reports them all at once; a misspelt rule id in a configuration is an error.
@Suite("Writing a first custom rule")
struct FirstCustomRuleTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-first-rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let plan = """
    KẾ HOẠCH
    Cải cách hành chính năm 2023
    1. Rà soát thủ tục hành chính
    - Đơn vị chủ trì: Văn phòng Sở.
    - Sản phẩm: Báo cáo rà soát.
    - Thời gian: Quý II/2022.
    """

    @Test func aBareListInVietnameseWithThePlanYearInItsPattern() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("so-cua-toi.yaml")
        try """
        - id: so.thoi-gian.dung-nam
          severity: warning
          check: { match: { field: timeline, pattern: "{plan.year}" } }
          message: "Nhiệm vụ {task.path}: thời gian không nêu năm {plan.year}."
        """.write(to: rules, atomically: true, encoding: .utf8)
        let pack = try RulePackLoader.load(file: rules.path)
        #expect(pack.name == "so-cua-toi")
        #expect(pack.rules.first?.scope == .task)
        let planFile = dir.appendingPathComponent("plan.txt")
        try Self.plan.write(to: planFile, atomically: true, encoding: .utf8)
        var request = LintRequest(files: [planFile.path])
        request.rulePaths = [rules.path]
        request.useBuiltinRules = false
        let found = try Linter.run(request).report.allFindings.filter { $0.ruleId == "so.thoi-gian.dung-nam" }
        #expect(found.count == 1)
        #expect(found.first?.message == "Nhiệm vụ 1: thời gian không nêu năm 2023.")
        // The same plan with the right year: no finding.
        try Self.plan.replacingOccurrences(of: "Quý II/2022", with: "Quý II/2023").write(to: planFile, atomically: true, encoding: .utf8)
        #expect(try Linter.run(request).report.allFindings.filter { $0.ruleId == "so.thoi-gian.dung-nam" }.isEmpty)
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("loi.yaml")
        try """
        - id: a.one
          severity: warnin
          check: { require: lead }
          message: "x"
        - id: a.two
          severity: error
          check: { requir: lead }
          message: "y"
        - id: a.three
          severity: error
          check: { match: { field: timeline, pattern: "{plan.yaer}" } }
          message: "z"
        """.write(to: rules, atomically: true, encoding: .utf8)
        #expect(throws: RuleFileIssue.self) { try RulePackLoader.load(file: rules.path) }
        do { _ = try RulePackLoader.load(file: rules.path) } catch {
            let lines = error.line(english: true).split(separator: "\n").map(String.init)
            #expect(lines.count == 3, "\(lines)")
            #expect(lines.first?.contains(":2:13:") == true)
            #expect(lines.last?.contains("did you mean '{plan.year}'") == true)
        }
    }

    @Test func aMisspeltRuleIDInTheConfigurationIsAnError() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent(".planlint.yaml")
        try "rules:\n  task.lead-unit.mising: off\n".write(to: config, atomically: true, encoding: .utf8)
        let planFile = dir.appendingPathComponent("plan.txt")
        try Self.plan.write(to: planFile, atomically: true, encoding: .utf8)
        do {
            _ = try Linter.run(LintRequest(files: [planFile.path]))
            Issue.record("a misspelt rule id was accepted")
        } catch {
            #expect(error.line().contains(".planlint.yaml:2:3:"), "\(error.line())")
            #expect(error.line(english: true).contains("did you mean 'task.lead-unit.missing'"))
        }
    }
}
