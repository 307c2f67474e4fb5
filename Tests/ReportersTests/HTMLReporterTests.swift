import PlanModel
import Reporters
import Testing

struct HTMLReporterTests {
    @Test(arguments: ["vi", "en"])
    func planTextIsShownNeverRun(language: String) {
        let html = HTMLReporter.render(ReportFixture.report,
                                       options: ReportOptions(language: language, baseDirectory: ReportFixture.baseDirectory))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;x&quot; &amp; &#39;y&#39;"))
        // Rule titles are data too.
        #expect(html.contains("&lt;b&gt;"))
        #expect(!html.contains("<b>"))
    }

    @Test func isSelfContainedAndLocalised() {
        let html = HTMLReporter.render(ReportFixture.report, options: ReportFixture.options)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Toàn văn bản"))
        for external in ["src=", "<link", "@import", "url(", "http://", "<script"] {
            #expect(!html.contains(external), "external resource marker \(external)")
        }
        let english = HTMLReporter.render(ReportFixture.report, options: ReportFixture.englishOptions)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Whole document"))
        #expect(!english.contains("Toàn văn bản"))
    }

    @Test func highlightsTheSpan() {
        let html = HTMLReporter.render(ReportFixture.report, options: ReportFixture.options)
        #expect(html.contains("<mark>Thường xuyên</mark>"))
        #expect(html.contains("<mark>\(ReportFixture.nfdSpanText)</mark>"))
    }

    @Test func groupsByTaskPathWithWholeDocumentFirst() throws {
        let html = HTMLReporter.render(ReportFixture.report, options: ReportFixture.options)
        let whole = try #require(html.range(of: "<h3>Toàn văn bản</h3>"))
        let task = try #require(html.range(of: "<h3>II.2.c</h3>"))
        #expect(whole.lowerBound < task.lowerBound)
    }
}
