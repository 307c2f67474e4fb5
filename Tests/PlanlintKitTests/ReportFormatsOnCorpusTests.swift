import Foundation
import PlanlintKit
import PlanlintTestSupport
import PlanModel
import Reporters
import Testing

/// Every report format over the whole corpus (and samples): SARIF validates against the
/// official 2.1.0 schema, JUnit parses and its counts match the JSON findings, GitLab and
/// GitHub output carry their required fields.
@Suite("Report formats on real plans")
struct ReportFormatsOnCorpusTests {
    static func report() throws -> LintReport {
        let corpus = try #require(RepositoryPaths.corpus, "the reference corpus ../shared/corpus is absent")
        var files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { corpus.appendingPathComponent($0).path }
        files.append(RepositoryPaths.file("samples/docx/defects-vanphong-2023.docx"))
        var request = LintRequest(files: files)
        request.rulePaths = [RepositoryPaths.file("rules")]
        request.useBuiltinRules = false
        let result = try Linter.run(request)
        #expect(result.readErrors.isEmpty)
        return result.report
    }

    static func python(_ script: String, _ args: [String]) throws -> (Int32, String) {
        try #require(Python.run(script, args), "python3 (or a module the check needs) did not run")
    }

    static let sarifSchema = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path
    static let hasSARIFSchema = FileManager.default.fileExists(atPath: sarifSchema)

    static func write(_ text: String, _ ext: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-\(UUID().uuidString).\(ext)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"),
          .enabled(if: hasSARIFSchema, "the SARIF schema ../shared/schemas/sarif-schema-2.1.0.json is absent"),
          .enabled(if: Resources.hasPythonJSONSchema, "python3 with the jsonschema and yaml modules is not installed"))
    func sarifForTheWholeCorpusValidates() throws {
        let report = try Self.report()
        let schema = Self.sarifSchema
        let sarif = try Self.write(SARIFReporter.render(report, options: ReportOptions()), "sarif")
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(doc))
        for e in errors[:5]: print(e.message)
        results = sum(len(r['results']) for r in doc['runs'])
        print(f"results {results}, errors {len(errors)}")
        sys.exit(1 if errors else 0)
        """
        let (status, output) = try Self.python(script, [schema, sarif])
        #expect(status == 0, "\(output)")
        #expect(output.contains("results \(report.allFindings.count),"), "\(output)")
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"),
          .enabled(if: Resources.hasPython, "python3 is not installed"))
    func junitCountsMatchTheFindings() throws {
        let report = try Self.report()
        let xml = try Self.write(JUnitReporter.render(report, options: ReportOptions()), "xml")
        let json = try Self.write(JSONReporter.render(report, options: ReportOptions()), "json")
        let script = """
        import json, sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        findings = json.load(open(sys.argv[2]))['findings']
        failed_cases = [c for c in root.iter('testcase') if c.find('failure') is not None]
        pairs = {(f['file'], f['ruleId']) for f in findings}
        print(len(failed_cases), len(pairs))
        sys.exit(0 if len(failed_cases) == len(pairs) else 1)
        """
        let (status, output) = try Self.python(script, [xml, json])
        #expect(status == 0, "\(output)")
    }

    @Test(.enabled(if: Resources.hasCorpus, "the reference corpus ../shared/corpus is absent"))
    func gitlabAndGithubCarryTheirFields() throws {
        let report = try Self.report()
        let gitlab = try JSONSerialization.jsonObject(with: Data(GitLabReporter.render(report, options: ReportOptions()).utf8)) as? [[String: Any]]
        let issues = try #require(gitlab)
        #expect(issues.count == report.allFindings.count)
        for i in issues {
            #expect(i["description"] is String && i["check_name"] is String && i["fingerprint"] is String)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(i["severity"] as? String ?? ""))
            let location = i["location"] as? [String: Any]
            #expect(location?["path"] is String && (location?["lines"] as? [String: Any])?["begin"] is Int)
        }
        let github = GitHubReporter.render(report, options: ReportOptions()).split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(github.count == report.allFindings.count)
        #expect(github.allSatisfy { $0.contains("file=") && $0.contains("line=") && $0.contains("col=") })
    }
}
