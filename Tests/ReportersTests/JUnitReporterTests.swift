import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanModel
import Reporters
import Testing

struct JUnitReporterTests {
    private func parse(_ xml: String) throws -> XMLDocument {
        try XMLDocument(data: Data(xml.utf8), options: [])
    }

    private func intAttribute(_ element: XMLElement, _ name: String) throws -> Int {
        let text = try #require(element.attribute(forName: name)?.stringValue)
        return try #require(Int(text))
    }

    @Test func parsesAndCountsMatchTheFindings() throws {
        let report = ReportFixture.report
        let document = try parse(JUnitReporter.render(report, options: ReportFixture.options))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == report.files.count)

        var expectedTests = 0
        var expectedFailures = 0
        for (suite, file) in zip(suites, report.files) {
            let rules = Set(file.findings.map(\.ruleId))
            let tests = file.findings.isEmpty ? 1 : rules.count
            expectedTests += tests
            expectedFailures += rules.count
            let cases = suite.elements(forName: "testcase")
            #expect(try intAttribute(suite, "tests") == tests)
            #expect(cases.count == tests)
            #expect(try intAttribute(suite, "failures") == rules.count)
            let failures = cases.flatMap { $0.elements(forName: "failure") }
            #expect(failures.count == rules.count)
            // Every finding is listed in its rule's failure, one line each (plus suggestions).
            for finding in file.findings {
                let failure = try #require(cases.first { $0.attribute(forName: "name")?.stringValue == finding.ruleId })
                    .elements(forName: "failure").first
                #expect(failure?.stringValue?.contains(finding.message) == true)
            }
        }
        #expect(try intAttribute(root, "tests") == expectedTests)
        #expect(try intAttribute(root, "failures") == expectedFailures)
    }

    @Test func hostileTextSurvivesAsText() throws {
        let document = try parse(JUnitReporter.render(ReportFixture.report, options: ReportFixture.options))
        let failures = try document.nodes(forXPath: "//failure")
        let messages = failures.compactMap { ($0 as? XMLElement)?.attribute(forName: "message")?.stringValue }
        #expect(messages.contains { $0.contains("<script>alert(1)</script>") })
        #expect(document.rootElement()?.elements(forName: "script").isEmpty == true)
    }

    @Test func controlCharactersDoNotBreakTheDocument() throws {
        let finding = Finding(ruleId: "r", severity: .error, message: "a\u{0C}b\u{0}c \"q\" 'a' & <x>\nline",
                              file: "x.txt", span: nil)
        let report = LintReport(files: [FileReport(file: SourceFile(path: "x.txt", kind: .text), findings: [finding])],
                                rules: [], toolVersion: "1")
        let document = try parse(JUnitReporter.render(report, options: ReportOptions()))
        let failure = try #require(try document.nodes(forXPath: "//failure").first as? XMLElement)
        #expect(failure.attribute(forName: "message")?.stringValue == "a\u{FFFD}b\u{FFFD}c \"q\" 'a' & <x>\nline")
    }
}
