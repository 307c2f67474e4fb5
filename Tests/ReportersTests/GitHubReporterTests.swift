import PlanModel
@testable import Reporters
import Testing

struct GitHubReporterTests {
    @Test func everyLineCarriesFileLineAndColumn() throws {
        let output = GitHubReporter.render(ReportFixture.report, options: ReportFixture.options)
        let lines = output.split(separator: "\n")
        #expect(lines.count == ReportFixture.report.allFindings.count)
        for line in lines {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "))
            let head = try #require(line.split(separator: " ", maxSplits: 1).last)
            let properties = try #require(head.components(separatedBy: "::").first)
            let keys = Set(properties.split(separator: ",").compactMap { $0.split(separator: "=").first.map(String.init) })
            #expect(keys.isSuperset(of: ["file", "line", "col", "title"]), "\(line)")
            #expect(!line.contains("\r"))
        }
    }

    @Test(arguments: [
        ("100%", "100%25"),
        ("a\nb", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab"),
        ("a: b, c", "a: b, c"),
    ])
    func escapesMessages(_ raw: String, _ escaped: String) {
        #expect(GitHubReporter.escapeData(raw) == escaped)
    }

    @Test(arguments: [
        ("a:b,c", "a%3Ab%2Cc"),
        ("50%\n", "50%25%0A"),
        ("dự thảo.yaml", "dự thảo.yaml"),
    ])
    func escapesProperties(_ raw: String, _ escaped: String) {
        #expect(GitHubReporter.escapeProperty(raw) == escaped)
    }

    @Test func severitiesMapToCommands() {
        let output = GitHubReporter.render(ReportFixture.report, options: ReportFixture.options)
        #expect(output.contains("::error file=so-tu-phap/ke-hoach-cchc-2023.txt,line=14,col=4,"))
        #expect(output.contains("::warning file="))
        #expect(output.contains("::notice file="))
    }
}
