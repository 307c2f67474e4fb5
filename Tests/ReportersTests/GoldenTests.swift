import PlanModel
import Reporters
import Testing

/// Every reporter renders the canned fixture exactly as its golden file says.
struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let golden: String
        let format: ReportFormat
        let options: ReportOptions
        var testDescription: String { golden }
    }

    static let cases: [Case] = [
        Case(golden: "report.txt", format: .text, options: ReportFixture.options),
        Case(golden: "report.en.txt", format: .text, options: ReportFixture.englishOptions),
        Case(golden: "report.color.txt", format: .text,
             options: ReportOptions(language: "vi", useColor: true, baseDirectory: ReportFixture.baseDirectory)),
        Case(golden: "report.json", format: .json, options: ReportFixture.options),
        Case(golden: "report.sarif", format: .sarif, options: ReportFixture.options),
        Case(golden: "report.en.sarif", format: .sarif, options: ReportFixture.englishOptions),
        Case(golden: "report.junit.xml", format: .junit, options: ReportFixture.options),
        Case(golden: "report.github.txt", format: .github, options: ReportFixture.options),
        Case(golden: "report.gitlab.json", format: .gitlab, options: ReportFixture.options),
        Case(golden: "report.md", format: .markdown, options: ReportFixture.options),
        Case(golden: "report.en.md", format: .markdown, options: ReportFixture.englishOptions),
        Case(golden: "report.html", format: .html, options: ReportFixture.options),
        Case(golden: "report.en.html", format: .html, options: ReportFixture.englishOptions),
    ]

    @Test(arguments: cases)
    func rendersLikeGolden(_ testCase: Case) throws {
        let output = testCase.format.reporter.render(ReportFixture.report, options: testCase.options)
        try TestSupport.assertGolden(output, named: testCase.golden)
    }

    @Test func everyFormatHasAGolden() {
        let covered = Set(Self.cases.map(\.format))
        #expect(covered == Set(ReportFormat.allCases))
    }
}
