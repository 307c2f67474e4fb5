import PlanModel
import Reporters
import Testing

/// Plan strings reach the HTML report in the message, the evidence, the suggestion, the
/// excerpt, the task path and the file name; each must come out as text, never markup,
/// and bidirectional overrides must be shown rather than obeyed.
struct HTMLEscapingTests {
    static let hostile: [(name: String, text: String, forbidden: [String])] = [
        ("script", "<script>alert(1)</script>", ["<script"]),
        ("style end", "</style><b>x</b>", ["</style><b>", "<b>x"]),
        ("attribute break", "\"><img src=x onerror=alert(1)>", ["<img", "\"><img"]),
        ("single quote break", "'><svg onload=alert(1)>", ["<svg", "'><svg"]),
        ("right-to-left override", "Hạn: \u{202E}3202/21/13\u{202C}", ["\u{202E}", "\u{202C}"]),
        ("isolates and marks", "a\u{2066}b\u{2067}c\u{2068}d\u{2069}e\u{200F}f\u{061C}", ["\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200F}", "\u{061C}"]),
    ]

    static func report(_ text: String) -> LintReport {
        let path = "/work/plans/\(text).txt"
        let line = "- Đơn vị chủ trì: " + text
        let finding = Finding(ruleId: "task.lead-unit.unknown", severity: .warning, message: "Không rõ đơn vị: " + text,
                              file: path, span: ReportFixture.span(path, line: 3, text: text, in: line),
                              path: "I.1." + text, evidence: text, suggestion: "Thay " + text)
        return LintReport(files: [FileReport(file: SourceFile(path: path, kind: .text), findings: [finding],
                                             excerpts: [3: line])],
                          rules: ReportFixture.rules, toolVersion: ReportFixture.toolVersion, language: "vi")
    }

    @Test(arguments: hostile.indices)
    func planStringsAreEscapedEverywhere(_ index: Int) {
        let (name, text, forbidden) = Self.hostile[index]
        let html = HTMLReporter.render(Self.report(text), options: ReportFixture.options)
        for raw in forbidden {
            #expect(!html.contains(raw), "\(name): raw \(raw.unicodeScalars.map { String($0.value, radix: 16) }) in the report")
        }
        // Only the reporter's own style element exists, and it is closed once.
        #expect(html.components(separatedBy: "</style>").count == 2, "\(name)")
        #expect(!html.lowercased().contains("onerror=alert") || html.contains("onerror=alert(1)&gt;"), "\(name)")
    }

    @Test func bidiControlsAreShownByName() {
        let html = HTMLReporter.render(Self.report("x\u{202E}y"), options: ReportFixture.options)
        #expect(html.contains("x&lt;U+202E&gt;y"))
    }
}
