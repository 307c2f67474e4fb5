import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// A finding about one part of a field (one unit of a list) points at that part, through
/// the offset map the parser keeps with every field — not at the whole field.
@Suite("Findings inside a field point at the exact characters")
struct FieldPrecisionTests {
    static func findings(_ relative: String, rule: String) throws -> [Finding] {
        var request = LintRequest(files: [RepositoryPaths.file(relative)])
        request.masterPath = RepositoryPaths.file("rules/masters/quang-tri/2022.yaml")
        return try Linter.run(request).report.allFindings.filter { $0.ruleId == rule }
    }

    @Test func eachCeasedUnitOfAListIsMarkedOnItsOwn() throws {
        let found = try Self.findings("samples/quang-tri/so-noi-vu-2025-ceased-units.txt", rule: "unit.ceased")
        let line29 = found.compactMap(\.span).filter { $0.start.line == 29 }.map { [$0.start.column, $0.end.column] }
        // "- Đơn vị phối hợp: UBND các huyện, thị xã, thành phố; Phòng Nội vụ."
        #expect(line29 == [[20, 53], [55, 67]])
    }

    @Test func anUnknownUnitAfterAKnownOneIsMarkedOnItsOwn() throws {
        let found = try Self.findings("samples/quang-tri/ubnd-cam-lo-2022-gaps.txt", rule: "unit.unknown")
        let span = try #require(found.first?.span)
        // "…Thể thao huyện; Sở Thông tin và Truyền hình." — only the misspelt unit.
        let place: [Int] = [span.start.line, span.start.column, span.end.column]
        #expect(place == [32, 68, 95])
    }
}

/// `forbid` marks the forbidden words, not the whole field they sit in.
@Suite("A forbidden phrase is marked where it stands in the field")
struct ForbidPrecisionTests {
    @Test func theForbiddenPhraseAloneIsMarked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-forbid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("vague.yaml")
        try """
        version: 1
        pack: test.vague
        title: Thử
        title_en: Test
        rules:
          - id: test.vague-product
            severity: warning
            scope: task
            check: { forbid: { field: product, phrases: ["theo quy định"] } }
            title: Sản phẩm mơ hồ
            title_en: Vague product
            message: "Sản phẩm mơ hồ (\\"{match}\\")."
            message_en: "Vague product (\\"{match}\\")."
            description: Test rule.
        """.write(to: rules, atomically: true, encoding: .utf8)
        let plan = dir.appendingPathComponent("plan.txt")
        // Line 5, the product field: "- Sản phẩm: Báo cáo định kỳ theo quy định." — "theo quy định" at columns 29–41.
        try """
        KẾ HOẠCH
        Cải cách hành chính năm 2023
        1. Rà soát thủ tục hành chính
        - Đơn vị chủ trì: Văn phòng Sở.
        - Sản phẩm: Báo cáo định kỳ theo quy định.
        - Thời gian: Quý II/2023.
        """.write(to: plan, atomically: true, encoding: .utf8)
        var request = LintRequest(files: [plan.path])
        request.rulePaths = [rules.path]
        request.useBuiltinRules = false
        let found = try Linter.run(request).report.allFindings.filter { $0.ruleId == "test.vague-product" }
        let span = try #require(found.first?.span)
        let place: [Int] = [span.start.line, span.start.column, span.end.column]
        #expect(place == [5, 29, 42])
        #expect(found.first?.message.contains("\"theo quy định\"") == true)
    }
}
