import PlanModel

/// A single self-contained HTML page a Sở Nội vụ reviewer can open from a folder or a
/// mail attachment: inline CSS, no script, no external resource.
///
/// The page shows summary cards per severity, a list of files, and for each file its
/// findings grouped by task or section path ("Toàn văn bản" for findings about the whole
/// plan). Each finding has its severity badge, message, rule id and title (from
/// `LintReport.rules`), position, the quoted source line with the span highlighted, and
/// the suggestion. Every piece of plan text is escaped (& < > " '), so a plan containing
/// markup is shown as text, never run.
public enum HTMLReporter: Reporter {
    /// Selected with `--format html`.
    public static let identifier = "html"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        let totals = ReportTotals(report)
        let titles = Dictionary(report.rules.map { ($0.id, words.english ? $0.titleEn : $0.title) },
                                uniquingKeysWith: { first, _ in first })
        let title = options.title ?? words.defaultTitle
        var out = """
        <!DOCTYPE html>
        <html lang="\(words.english ? "en" : "vi")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <header>
        <h1>\(esc(title))</h1>
        <p class="meta">planlint \(esc(report.toolVersion)) · \(esc(words.summary(errors: totals.errors, warnings: totals.warnings, infos: totals.infos, files: totals.files)))</p>
        </header>
        <section class="summary">

        """
        for severity in Severity.allCases.reversed() {
            out += "<div class=\"card \(severity.rawValue)\"><span class=\"count\">\(totals.count(severity))</span>"
                + "<span class=\"label\">\(esc(words.severityPlural(severity)))</span></div>\n"
        }
        out += "</section>\n"
        if !report.files.isEmpty {
            out += "<nav class=\"toc\">\n<h2>\(esc(words.filesTitle))</h2>\n<ol>\n"
            for (index, fileReport) in report.files.enumerated() {
                let path = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
                out += "<li><a href=\"#file-\(index + 1)\">\(esc(path))</a> "
                    + "<span class=\"counts\">\(countBadges(fileReport.findings, words: words))</span></li>\n"
            }
            out += "</ol>\n</nav>\n"
        }
        for (index, fileReport) in report.files.enumerated() {
            out += renderFile(fileReport, anchor: "file-\(index + 1)", titles: titles, options: options, words: words)
        }
        out += "<footer>planlint \(esc(report.toolVersion))</footer>\n</body>\n</html>\n"
        return out
    }

    private static func esc(_ text: String) -> String { MarkupEscaping.html(text) }

    /// Small per-severity counts next to a file name; "0" when the file is clean.
    private static func countBadges(_ findings: [Finding], words: ReportVocabulary) -> String {
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return "<span class=\"badge \(severity.rawValue)\">\(count) \(esc(words.severity(severity)))</span>"
        }
        return parts.isEmpty ? "<span class=\"badge clean\">0</span>" : parts.joined(separator: " ")
    }

    private static func renderFile(_ fileReport: FileReport, anchor: String, titles: [String: String],
                                   options: ReportOptions, words: ReportVocabulary) -> String {
        let path = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
        var out = "<section class=\"file\" id=\"\(anchor)\">\n<h2>\(esc(path))</h2>\n"
        if fileReport.findings.isEmpty {
            return out + "<p class=\"none\">\(esc(words.noFindings))</p>\n</section>\n"
        }
        for (groupPath, findings) in groupedByPath(FindingOrder.sorted(fileReport.findings)) {
            out += "<section class=\"group\">\n<h3>\(esc(groupPath ?? words.wholeDocument))</h3>\n"
            for finding in findings {
                out += renderFinding(finding, excerpts: fileReport.excerpts, titles: titles, words: words)
            }
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    /// Findings grouped by task/section path; whole-document findings first, then paths in
    /// the order they first appear.
    private static func groupedByPath(_ findings: [Finding]) -> [(String?, [Finding])] {
        var order: [String?] = []
        var groups: [String?: [Finding]] = [:]
        for finding in findings {
            if groups[finding.path] == nil { order.append(finding.path) }
            groups[finding.path, default: []].append(finding)
        }
        order.sort { lhs, rhs in lhs == nil && rhs != nil }
        return order.map { ($0, groups[$0]!) }
    }

    private static func renderFinding(_ finding: Finding, excerpts: [Int: String], titles: [String: String],
                                      words: ReportVocabulary) -> String {
        let severity = finding.severity.rawValue
        var out = "<article class=\"finding \(severity)\">\n"
        out += "<p class=\"head\"><span class=\"badge \(severity)\">\(esc(words.severityTitle(finding.severity)))</span> "
            + "<span class=\"message\">\(esc(finding.message))</span></p>\n"
        var meta = "<code class=\"rule\">\(esc(finding.ruleId))</code>"
        if let ruleTitle = titles[finding.ruleId] {
            meta += " <span class=\"rule-title\">\(esc(ruleTitle))</span>"
        }
        meta += " · <span class=\"position\">\(esc(finding.span.map(words.position) ?? words.wholeFile))</span>"
        out += "<p class=\"where\">\(meta)</p>\n"
        var quoted = false
        if let span = finding.span, let raw = excerpts[span.start.line] {
            let line = ExcerptLine(raw)
            let parts = line.split(start: span.start.column,
                                   end: span.end.line == span.start.line ? span.end.column : nil)
            out += "<pre class=\"excerpt\"><span class=\"ln\">\(span.start.line)</span>"
                + esc(String(parts.before)) + "<mark>" + esc(String(parts.marked)) + "</mark>"
                + esc(String(parts.after)) + "</pre>\n"
            quoted = true
        }
        if !quoted, let evidence = finding.evidence {
            out += "<p class=\"evidence\"><strong>\(esc(words.evidenceTitle)):</strong> \(esc(evidence))</p>\n"
        }
        if let suggestion = finding.suggestion {
            out += "<p class=\"suggestion\"><strong>\(esc(words.suggestionTitle)):</strong> \(esc(suggestion))</p>\n"
        }
        return out + "</article>\n"
    }

    /// Inline so the page works offline and passes through mail filters; printable.
    private static let stylesheet = """
    :root { --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #d0d5dd; --muted: #667085; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #101828; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); word-break: break-all; }
    h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; color: #344054; }
    .meta, footer, .where { color: var(--muted); }
    .summary { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1.25rem 0; }
    .card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; padding: .75rem 1.25rem; min-width: 10rem; }
    .card .count { display: block; font-size: 2rem; font-weight: 700; }
    .card.error { border-left-color: var(--error); } .card.error .count { color: var(--error); }
    .card.warning { border-left-color: var(--warning); } .card.warning .count { color: var(--warning); }
    .card.info { border-left-color: var(--info); } .card.info .count { color: var(--info); }
    .toc ol { padding-left: 1.5rem; } .toc li { margin: .2rem 0; }
    .badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8rem; font-weight: 600; color: #fff; }
    .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
    .badge.info { background: var(--info); } .badge.clean { background: #067647; }
    .finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: .5rem 0; page-break-inside: avoid; }
    .finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
    .finding p { margin: .3rem 0; }
    .message { font-weight: 600; }
    .message, .suggestion, .evidence { white-space: pre-line; }
    code.rule { background: #f2f4f7; padding: 0 .3rem; border-radius: 4px; }
    /* No generic "monospace" at the end: Chromium on Linux then picks DejaVu Sans Mono,
       which draws stacked Vietnamese diacritics apart ("kê´hoạch"). */
    pre.excerpt { font-family: "Liberation Mono", "Noto Sans Mono", Consolas, "Courier New", Courier; background: #f9fafb; border: 1px solid #eaecf0; border-radius: 4px; padding: .4rem .6rem; white-space: pre-wrap; word-break: break-word; margin: .4rem 0; }
    pre.excerpt .ln { color: var(--muted); user-select: none; margin-right: .8rem; }
    mark { background: #fef0c7; outline: 1px solid #fdb022; }
    .none { color: #067647; }
    footer { margin-top: 2rem; font-size: .85rem; }
    @media print { body { max-width: none; padding: 0; } .toc { display: none; } }
    """
}
