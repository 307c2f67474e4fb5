import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Testing

/// Inline `<!-- planlint-… -->` markers: grammar, scope, problems, and their effect on parsing.
@Suite("Suppression")
struct SuppressionTests {
    static let path = "ke-hoach.md"

    static func source(_ lines: [String], path: String = path) -> SourceText {
        SourceText(file: SourceFile(path: path, kind: .markdown),
                   lines: lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
    }

    static func finding(_ rule: String, line: Int?, file: String = path, endLine: Int? = nil) -> Finding {
        let span = line.map {
            SourceSpan(file: file, start: SourcePosition(line: $0, column: 1),
                       end: SourcePosition(line: endLine ?? $0, column: 5))
        }
        return Finding(ruleId: rule, severity: .error, message: "m", file: file, span: span)
    }

    /// A plan, then findings as (rule, start line or nil for the whole file, expected suppressed).
    struct ScopeCase: CustomTestStringConvertible, Sendable {
        var name: String
        var lines: [String]
        var checks: [(rule: String, line: Int?, suppressed: Bool)]
        var testDescription: String { name }
    }

    static let scopeCases: [ScopeCase] = [
        ScopeCase(name: "block for one rule, from its own line to the enable line", lines: [
            "a) Nhiệm vụ một",
            "<!-- planlint-disable task.lead-unit.missing -->",
            "b) Nhiệm vụ hai",
            "<!-- planlint-enable task.lead-unit.missing -->",
            "c) Nhiệm vụ ba",
        ], checks: [
            ("task.lead-unit.missing", 1, false), ("task.lead-unit.missing", 2, true),
            ("task.lead-unit.missing", 3, true), ("task.product.missing", 3, false),
            ("task.lead-unit.missing", 4, false), ("task.lead-unit.missing", 5, false),
        ]),
        ScopeCase(name: "disable with no ids is every rule; enable with no ids ends it", lines: [
            "<!-- planlint-disable -->", "x", "<!-- planlint-enable -->", "y",
        ], checks: [("a.b", 2, true), ("c.d", 2, true), ("a.b", 4, false)]),
        ScopeCase(name: "disable all, then enable one rule", lines: [
            "x", "<!-- planlint-disable -->", "y", "<!-- planlint-enable a.b -->", "z",
        ], checks: [("a.b", 3, true), ("a.b", 5, false), ("c.d", 5, true), ("c.d", 1, false)]),
        ScopeCase(name: "several ids, spaces and commas", lines: [
            "<!-- planlint-disable a.b, c.d e-f_g -->", "x",
        ], checks: [("a.b", 2, true), ("c.d", 2, true), ("e-f_g", 2, true), ("h.i", 2, false)]),
        ScopeCase(name: "block never closed runs to the end", lines: [
            "x", "y", "z", "<!-- planlint-disable a.b -->", "w", "v",
        ], checks: [("a.b", 3, false), ("a.b", 6, true)]),
        ScopeCase(name: "disable-line: findings starting on that line only", lines: [
            "x", "- Sản phẩm: … <!-- planlint-disable-line task.value.placeholder -->", "y",
        ], checks: [
            ("task.value.placeholder", 2, true), ("task.value.placeholder", 1, false),
            ("task.value.placeholder", 3, false), ("task.product.missing", 2, false),
        ]),
        ScopeCase(name: "disable-line with no ids: every rule on the line", lines: [
            "x <!-- planlint-disable-line -->", "y",
        ], checks: [("a.b", 1, true), ("c.d", 1, true), ("a.b", 2, false)]),
        ScopeCase(name: "disable-next-line: the following line only", lines: [
            "x", "<!-- planlint-disable-next-line numbering.gap -->", "d) Nhiệm vụ", "e) Nhiệm vụ",
        ], checks: [("numbering.gap", 2, false), ("numbering.gap", 3, true), ("numbering.gap", 4, false)]),
        ScopeCase(name: "a finding is placed by the line it starts on", lines: [
            "a) Nhiệm vụ", "<!-- planlint-disable a.b -->", "- Sản phẩm: x",
        ], checks: [("a.b", 1, false)]),
        ScopeCase(name: "a reason after -- is not a rule id", lines: [
            "<!-- planlint-disable a.b -- đã thống nhất với Sở Nội vụ -->", "x",
        ], checks: [("a.b", 2, true), ("c.d", 2, false)]),
        ScopeCase(name: "disable and enable on one line cancel out", lines: [
            "x <!-- planlint-disable a.b --> y <!-- planlint-enable a.b -->", "z",
        ], checks: [("a.b", 1, false), ("a.b", 2, false)]),
        ScopeCase(name: "# and // prefixes are not markers", lines: [
            "# planlint-disable a.b", "// planlint-disable a.b", "x", "<!-- ghi chú: planlint-disable a.b -->",
        ], checks: [("a.b", 3, false), ("a.b", 4, false)]),
        ScopeCase(name: "file-level disable silences findings without a span", lines: [
            "<!-- planlint-disable header.recipients.archive-missing -->", "x", "y",
        ], checks: [("header.recipients.archive-missing", nil, true), ("header.date.blank", nil, false)]),
        ScopeCase(name: "a disable on line 3 still counts as file-level", lines: [
            "ỦY BAN NHÂN DÂN", "", "<!-- planlint-disable a.b -->", "x",
        ], checks: [("a.b", nil, true)]),
        ScopeCase(name: "a disable below line 3 does not cover the whole file", lines: [
            "x", "y", "z", "<!-- planlint-disable a.b -->", "w",
        ], checks: [("a.b", nil, false), ("a.b", 5, true)]),
        ScopeCase(name: "a file-level disable enabled later is not file-level", lines: [
            "<!-- planlint-disable a.b c.d -->", "x", "<!-- planlint-enable c.d -->", "y",
        ], checks: [("a.b", nil, true), ("c.d", nil, false)]),
        ScopeCase(name: "file-level disable-all minus one rule", lines: [
            "<!-- planlint-disable -->", "x", "<!-- planlint-enable c.d -->",
        ], checks: [("a.b", nil, true), ("c.d", nil, false)]),
        ScopeCase(name: "disable-line on line 1 does not cover the whole file", lines: [
            "x <!-- planlint-disable-line a.b -->", "y",
        ], checks: [("a.b", nil, false)]),
        ScopeCase(name: "no markers, nothing suppressed", lines: ["x", "<!-- ghi chú -->", "y"],
                  checks: [("a.b", 1, false), ("a.b", nil, false)]),
    ]

    @Test(arguments: scopeCases)
    func scope(_ c: ScopeCase) {
        let s = Suppressions.parse(Self.source(c.lines))
        for check in c.checks {
            #expect(s.suppresses(Self.finding(check.rule, line: check.line)) == check.suppressed,
                    "\(check.rule) at line \(check.line.map(String.init) ?? "–")")
        }
        #expect(s.problems.isEmpty, "\(s.problems)")
    }

    @Test func findingsAboutAnotherFileAreNeverSuppressed() {
        let s = Suppressions.parse(Self.source(["<!-- planlint-disable -->", "x"]))
        #expect(s.suppresses(Self.finding("a.b", line: 2)))
        #expect(!s.suppresses(Self.finding("a.b", line: 2, file: "khac.md")))
        #expect(!s.suppresses(Self.finding("a.b", line: nil, file: "khac.md")))
    }

    @Test func filterCountsWhatItDrops() {
        let s = Suppressions.parse(Self.source(["x", "y <!-- planlint-disable-line a.b -->"]))
        let (kept, dropped) = s.filter([Self.finding("a.b", line: 1), Self.finding("a.b", line: 2), Self.finding("c.d", line: 2)])
        #expect(kept.map(\.ruleId) == ["a.b", "c.d"] && kept.map { $0.span?.start.line } == [1, 2])
        #expect(dropped == 1)
    }

    /// Marker mistakes: (name, lines, expected problem lines and a word each message contains).
    struct ProblemCase: CustomTestStringConvertible, Sendable {
        var name: String
        var lines: [String]
        var expected: [(line: Int, contains: String)]
        var testDescription: String { name }
    }

    static let problemCases: [ProblemCase] = [
        ProblemCase(name: "misspelt directive", lines: ["x", "<!-- planlint-disabel a.b -->"],
                    expected: [(2, "planlint-disabel")]),
        ProblemCase(name: "enable without disable", lines: ["<!-- planlint-enable -->"],
                    expected: [(1, "planlint-enable")]),
        ProblemCase(name: "enable of a rule that is not disabled", lines: [
            "<!-- planlint-disable c.d -->", "x", "<!-- planlint-enable a.b -->",
        ], expected: [(3, "\"a.b\"")]),
        ProblemCase(name: "prose instead of rule ids", lines: ["<!-- planlint-disable Sản phẩm -->"],
                    expected: [(1, "\"Sản\""), (1, "\"phẩm\"")]),
        ProblemCase(name: "marker not closed on its line", lines: ["<!-- planlint-disable a.b", "-->"],
                    expected: [(1, "-->")]),
        ProblemCase(name: "disable-next-line on the last line", lines: ["x", "<!-- planlint-disable-next-line a.b -->"],
                    expected: [(2, "planlint-disable-next-line")]),
        ProblemCase(name: "well-formed markers: no problems", lines: [
            "<!-- planlint-disable a.b -->", "x <!-- planlint-disable-line c.d -->",
            "<!-- planlint-disable-next-line e.f -->", "y", "<!-- planlint-enable a.b -->",
        ], expected: []),
    ]

    @Test(arguments: problemCases)
    func problems(_ c: ProblemCase) {
        let s = Suppressions.parse(Self.source(c.lines))
        #expect(s.issues.map(\.line) == c.expected.map(\.line), "\(s.problems)")
        for (issue, want) in zip(s.issues, c.expected) {
            #expect(issue.message.contains(want.contains) && issue.messageEn.contains(want.contains), "\(issue)")
        }
    }

    @Test func problemsAreFileLineMessageInEitherLanguage() {
        let s = Suppressions.parse(Self.source(["x", "<!-- planlint-enable -->"]))
        #expect(s.problems == ["ke-hoach.md:2: planlint-enable nhưng không có planlint-disable nào đang có hiệu lực."])
        #expect(s.problems(english: true) == ["ke-hoach.md:2: planlint-enable without an active planlint-disable."])
    }

    @Test func malformedIdsDoNotWidenToAllRules() {
        let s = Suppressions.parse(Self.source(["<!-- planlint-disable Sản phẩm -->", "x"]))
        #expect(!s.suppresses(Self.finding("task.product.missing", line: 2)))
    }

    @Test func unknownRuleIdsAreReportedAgainstTheLoadedRules() {
        let s = Suppressions.parse(Self.source(["<!-- planlint-disable task.product.missing task.prodcut.missing -->"]))
        let unknown = s.unknownRuleProblems(knownRuleIds: ["task.product.missing"])
        #expect(unknown.map { $0.line() } == ["ke-hoach.md:1: Không có quy tắc \"task.prodcut.missing\" (xem planlint rules)."])
    }

    // MARK: End to end

    @Test func markersSilenceRealFindingsFromLinterRun() throws {
        var lines = try Self.sampleLines()
        #expect(lines[27].hasPrefix("b) Kiểm tra"))
        lines[27] += " <!-- planlint-disable-line task.lead-unit.missing -- giao Văn phòng trực tiếp -->"
        lines.insert("<!-- planlint-disable header.symbol.type-code header.date.leading-zero -->", at: 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-suppress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/van-phong.md"
        try (lines.joined(separator: "\n") + "\n").write(toFile: plan, atomically: true, encoding: .utf8)

        var request = LintRequest(files: [plan])
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        let result = try Linter.run(request)
        let (source, _) = try DocumentLoader.read(path: plan)
        let suppressions = Suppressions.parse(source)
        #expect(suppressions.problems.isEmpty)
        let known = Set(result.report.rules.map(\.id))
        #expect(suppressions.unknownRuleProblems(knownRuleIds: known).isEmpty)
        let (kept, dropped) = suppressions.filter(result.report.allFindings)
        let silenced: Set = ["header.symbol.type-code", "header.date.leading-zero", "task.lead-unit.missing"]
        // Once Linter applies the markers itself, the silenced findings never reach the report.
        let unfiltered = result.report.allFindings.count
        #expect(unfiltered == 11 && dropped == 3 || unfiltered == 8 && dropped == 0)
        #expect(kept.count == 8 && !kept.contains { silenced.contains($0.ruleId) })
    }

    // MARK: Markers and the plan parser

    static func sampleLines() throws -> [String] {
        let text = try String(contentsOfFile: RepositoryPaths.file("samples/defects-vanphong-2023.txt"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Tasks whose meaning differs between two parses, as "before ⇒ after".
    static func changedTasks(_ a: Plan, _ b: Plan) -> [String] {
        zip(meaning(a), meaning(b)).filter { $0 != $1 }.map { "\($0) ⇒ \($1)" }
    }

    /// What a task means, without positions (a marker line shifts every line below it).
    static func meaning(_ plan: Plan) -> [String] {
        plan.tasks.map { t in
            [t.path, t.title.value, t.lead?.value ?? "-", t.coordinating?.value ?? "-", t.product?.value ?? "-",
             t.timeline?.value ?? "-", t.otherFields.keys.sorted().joined(separator: ",")].joined(separator: " | ")
        }
    }

    /// Where a marker goes in the sample. Line 22 is "1. Cải cách thể chế" (after "II. …"),
    /// line 27 "- Thời gian: Quý II/2023." ends II.1.a, line 28 "b) Kiểm tra thể thức…" is
    /// II.1.b (no lead unit), line 29 its first field.
    enum Placement: String, CaseIterable, Sendable {
        case topOfFile, ownLineBetweenHeadings
        case ownLineBeforeTask, blankLineThenOwnLineBeforeTask, ownLineBetweenTitleAndFields, endOfTaskTitleLine

        func apply(_ marker: String, to lines: [String]) -> [String] {
            var l = lines
            switch self {
            case .topOfFile: l.insert(marker, at: 0)
            case .ownLineBetweenHeadings: l.insert(marker, at: 21)
            case .ownLineBeforeTask: l.insert(marker, at: 27)
            case .blankLineThenOwnLineBeforeTask: l.insert(contentsOf: ["", marker], at: 27)
            case .ownLineBetweenTitleAndFields: l.insert(marker, at: 28)
            case .endOfTaskTitleLine: l[27] += " " + marker
            }
            return l
        }
    }

    @Test(arguments: [SourceKind.text, SourceKind.markdown], Placement.allCases)
    func markerLinesDoNotChangeTheParsedTasks(kind: SourceKind, placement: Placement) throws {
        let lines = try Self.sampleLines()
        #expect(lines[27].hasPrefix("b) Kiểm tra") && lines[21].hasPrefix("1. Cải cách thể chế"))
        let marked = placement.apply("<!-- planlint-disable task.lead-unit.missing -->", to: lines)
        func parse(_ l: [String]) -> Plan {
            PlanlintKitParsing.parse(SourceText(file: SourceFile(path: "p", kind: kind),
                                                lines: l.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }))
        }
        let plain = parse(lines), withMarker = parse(marked)
        #expect(plain.tasks.count == 16 && withMarker.tasks.count == 16)
        #expect(withMarker.tasks.map(\.path) == plain.tasks.map(\.path))
        #expect(withMarker.header.number?.value == plain.header.number?.value)
        // Markers are comments: the parser drops "<!-- … -->" wherever it stands.
        #expect(Self.changedTasks(plain, withMarker).isEmpty)
    }

    @Test func trailingMarkerOnAFieldLineStaysOutOfTheFieldValue() throws {
        var lines = try Self.sampleLines()
        // Line 51 is "- Sản phẩm: …" of II.2.c.
        #expect(lines[50].hasPrefix("- Sản phẩm:"))
        lines[50] += " <!-- planlint-disable-line task.value.placeholder -->"
        let plan = PlanlintKitParsing.parse(Self.source(lines))
        let product = try #require(plan.tasks.first { $0.path == "II.2.c" }?.product)
        #expect(product.value == "…")
    }
}
