import Foundation
import PlanModel
import Reporters
import Testing

struct SARIFReporterTests {
    private func decode(_ sarif: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    }

    private func results(_ log: [String: Any]) throws -> [[String: Any]] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        return try #require(runs.first?["results"] as? [[String: Any]])
    }

    private func region(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try #require(result["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        return try #require(physical["region"] as? [String: Any])
    }

    @Test(.enabled(if: TestSupport.hasJSONSchema, "python3 with jsonschema is not installed"),
          arguments: ["vi", "en"])
    func validatesAgainstTheSARIFSchema(language: String) throws {
        let schema = TestSupport.sarifSchema
        try #require(FileManager.default.fileExists(atPath: schema.path), "no SARIF schema at \(schema.path)")
        let sarif = SARIFReporter.render(ReportFixture.report,
                                         options: ReportOptions(language: language, baseDirectory: ReportFixture.baseDirectory))
        let result = try TestSupport.validate(sarif, schema: schema)
        #expect(result.valid, "SARIF does not validate:\n\(result.output)")
    }

    @Test(.enabled(if: TestSupport.hasJSONSchema, "python3 with jsonschema is not installed"))
    func emptyReportValidatesToo() throws {
        let schema = TestSupport.sarifSchema
        try #require(FileManager.default.fileExists(atPath: schema.path))
        let sarif = SARIFReporter.render(LintReport(files: [], rules: [], toolVersion: "1"), options: ReportOptions())
        let result = try TestSupport.validate(sarif, schema: schema)
        #expect(result.valid, "\(result.output)")
    }

    /// Guards the validation above against a validator that accepts anything.
    @Test(.enabled(if: TestSupport.hasJSONSchema, "python3 with jsonschema is not installed"))
    func brokenSARIFIsRejected() throws {
        let schema = TestSupport.sarifSchema
        try #require(FileManager.default.fileExists(atPath: schema.path))
        let sarif = SARIFReporter.render(ReportFixture.report, options: ReportFixture.options)
            .replacingOccurrences(of: "\"level\" : \"note\"", with: "\"level\" : \"notice\"")
            .replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"notice\"")
        let result = try TestSupport.validate(sarif, schema: schema)
        #expect(!result.valid)
    }

    @Test func columnsAreCodePointsUnderNFDText() throws {
        let log = try decode(SARIFReporter.render(ReportFixture.report, options: ReportFixture.options))
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.first?["columnKind"] as? String == "unicodeCodePoints")
        let result = try #require(try results(log).first { $0["ruleId"] as? String == "timeline.year.mismatch" })
        let region = try region(result)
        let line = ReportFixture.nfdLine
        let scalars = Array(line.unicodeScalars)
        let start = try #require(region["startColumn"] as? Int)
        let end = try #require(region["endColumn"] as? Int)
        // The code-point slice of the original line is exactly the span text.
        let slice = String(String.UnicodeScalarView(scalars[(start - 1)..<(end - 1)]))
        #expect(slice == ReportFixture.nfdSpanText)
        // And differs from the grapheme columns, which is the point of converting.
        let graphemes = ReportFixture.columns(of: ReportFixture.nfdSpanText, in: line)
        #expect(start != graphemes.start)
    }

    @Test func unquotedLineKeepsNoGuessedColumns() throws {
        let log = try decode(SARIFReporter.render(ReportFixture.report, options: ReportFixture.options))
        let result = try #require(try results(log).first { $0["ruleId"] as? String == "input.quality.low" })
        let region = try region(result)
        #expect(region["startLine"] as? Int == 3)
        #expect(region["startColumn"] == nil)
        #expect(region["endColumn"] == nil)
    }

    @Test func ruleIndexPointsAtTheRule() throws {
        let log = try decode(SARIFReporter.render(ReportFixture.report, options: ReportFixture.options))
        let runs = try #require(log["runs"] as? [[String: Any]])
        let tool = try #require(runs.first?["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let found = try results(log)
        #expect(found.count == ReportFixture.report.allFindings.count)
        for result in found {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(driver["informationUri"] as? String != nil)
    }

    @Test func fingerprintsIgnoreLineNumbers() throws {
        var shifted = ReportFixture.report
        for fileIndex in shifted.files.indices {
            shifted.files[fileIndex].excerpts = Dictionary(
                uniqueKeysWithValues: shifted.files[fileIndex].excerpts.map { ($0.key + 10, $0.value) })
            for findingIndex in shifted.files[fileIndex].findings.indices {
                if var span = shifted.files[fileIndex].findings[findingIndex].span {
                    span.start.line += 10
                    span.end.line += 10
                    shifted.files[fileIndex].findings[findingIndex].span = span
                }
            }
        }
        func fingerprints(_ report: LintReport) throws -> [String] {
            try results(try decode(SARIFReporter.render(report, options: ReportFixture.options))).map {
                let prints = try #require($0["partialFingerprints"] as? [String: String])
                return try #require(prints[SARIFReporter.fingerprintKey])
            }
        }
        let original = try fingerprints(ReportFixture.report)
        #expect(original == (try fingerprints(shifted)))
        #expect(Set(original).count == original.count)
    }
}
