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
        #expect([span.start.line, span.start.column, span.end.column] == [32, 68, 95])
    }
}
