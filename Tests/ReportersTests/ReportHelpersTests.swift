import Foundation
import PlanModel
@testable import Reporters
import Testing

struct ReportHelpersTests {
    @Test(arguments: [
        // line, grapheme column, code point column
        ("abc", 1, 1),
        ("abc", 3, 3),
        ("abc", 4, 4),
        ("abc", 6, 6),
        ("Qu\u{0079}\u{0301} I", 4, 5),
        ("Th\u{006F}\u{031B}\u{0300}i gian", 5, 7),
        ("Thời gian", 5, 5),
        ("🇻🇳 x", 3, 4),
        ("", 1, 1),
    ])
    func convertsGraphemeToCodePointColumns(line: String, grapheme: Int, codePoint: Int) {
        #expect(ExcerptLine(line).codePointColumn(forGraphemeColumn: grapheme) == codePoint)
    }

    @Test func dropsLineTerminators() {
        #expect(ExcerptLine("abc\r\n").text == "abc")
        #expect(ExcerptLine("abc\n").text == "abc")
    }

    @Test(arguments: [
        ("/work/plans/a.txt", "/work/plans", "a.txt"),
        ("/work/plans/a.txt", "/work/plans/", "a.txt"),
        ("/work/plansX/a.txt", "/work/plans", "/work/plansX/a.txt"),
        ("/work/plans", "/work/plans", "/work/plans"),
        ("plans/a.txt", "plans", "a.txt"),
        ("a.txt", "/work", "a.txt"),
        ("/a.txt", "/", "a.txt"),
    ] as [(String, String?, String)])
    func showsPathsRelativeToTheBase(path: String, base: String?, shown: String) {
        #expect(DisplayPath.relative(path, to: base) == shown)
    }

    @Test(arguments: [
        ("", "cbf29ce484222325"),
        ("a", "af63dc4c8601ec8c"),
        ("foobar", "85944171f73967e8"),
    ])
    func fnv1aMatchesTheReferenceVectors(input: String, hash: String) {
        #expect(Fingerprint.fnv1a64(input) == hash)
    }

    @Test func fingerprintsSurviveNFDAndRewrapping() {
        let nfc = Finding(ruleId: "r", severity: .info, message: "m", file: "a", span: nil, evidence: "Quý  I/2023")
        let nfd = Finding(ruleId: "r", severity: .info, message: "m", file: "a", span: nil,
                          evidence: "Quý\nI/2023".decomposedStringWithCanonicalMapping)
        #expect(Fingerprint.assign([nfc], path: "a") == Fingerprint.assign([nfd], path: "a"))
        let twice = Fingerprint.assign([nfc, nfc], path: "a")
        #expect(twice[0] != twice[1])
        #expect(Fingerprint.assign([nfc], path: "b") != Fingerprint.assign([nfc], path: "a"))
    }

    @Test(arguments: [
        ("<a href='x'>&</a>", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"),
        ("\"", "&quot;"),
        ("a\u{0}b", "a\u{FFFD}b"),
    ])
    func escapesHTML(raw: String, escaped: String) {
        #expect(MarkupEscaping.html(raw) == escaped)
    }

    @Test(arguments: [
        ("a|b", "a\\|b"),
        ("a\nb", "a<br>b"),
        ("a\r\nb", "a<br>b"),
        ("*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`"),
        ("a & b", "a &amp; b"),
    ])
    func escapesMarkdownCells(raw: String, escaped: String) {
        #expect(MarkupEscaping.markdownCell(raw) == escaped)
    }

    @Test(arguments: [
        ("so-tu-phap/a b.txt", "so-tu-phap/a%20b.txt"),
        ("dự.txt", "d%E1%BB%B1.txt"),
        ("a#b?.txt", "a%23b%3F.txt"),
    ])
    func percentEncodesURIs(path: String, uri: String) {
        #expect(URIEncoding.path(path) == uri)
    }

    @Test func everyFormatNamesItsReporter() {
        for format in ReportFormat.allCases {
            #expect(format.reporter.identifier == format.rawValue)
        }
    }

    @Test func pascalCaseRuleNames() {
        #expect(SARIFReporter.pascalCaseName("task.lead-unit.missing") == "TaskLeadUnitMissing")
    }
}

