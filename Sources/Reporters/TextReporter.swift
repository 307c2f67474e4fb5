import PlanModel

/// Compiler-style output for people at a terminal and for editors' problem matchers.
///
/// Each finding is one stable line `file:line:col: severity rule-id: message` (a
/// whole-file finding has no `line:col`), followed by the quoted source line with a
/// `^~~~` marker under the span and, when the rule has one, the suggestion. For a Word
/// file the paragraph or table cell is appended in brackets, after the message, so the
/// `file:line:col:` prefix stays parseable. Findings are grouped by file; a summary
/// line closes the report.
///
/// The marker is padded one space per grapheme of the text before the span (tabs are
/// copied so they expand alike), which keeps it under the right letters even when the
/// line is in NFD, where one visible letter is several code points.
public enum TextReporter: Reporter {
    /// Selected with `--format text`.
    public static let identifier = "text"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        let style = ANSIStyle(enabled: options.useColor)
        var blocks: [String] = []
        for fileReport in report.files where !fileReport.findings.isEmpty {
            let findings = FindingOrder.sorted(fileReport.findings)
            let gutterWidth = findings.compactMap { $0.span.map { String($0.start.line).count } }.max() ?? 1
            var lines: [String] = []
            var excerptLines: [Int: ExcerptLine] = [:]
            for finding in findings {
                lines += renderFinding(finding, excerpts: fileReport.excerpts, excerptLines: &excerptLines,
                                       gutterWidth: gutterWidth, options: options, words: words, style: style)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        let totals = ReportTotals(report)
        let summary = words.summary(errors: totals.errors, warnings: totals.warnings,
                                    infos: totals.infos, files: totals.files)
        blocks.append(style.bold(summary))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Longest excerpt quoted, and how much of the text before the span it keeps.
    static let maxExcerpt = 120
    static let excerptLead = 30

    /// The heading line, excerpt and suggestion of one finding.
    private static func renderFinding(_ finding: Finding, excerpts: [Int: String],
                                      excerptLines: inout [Int: ExcerptLine], gutterWidth: Int,
                                      options: ReportOptions, words: ReportVocabulary,
                                      style: ANSIStyle) -> [String] {
        let path = DisplayPath.relative(finding.file, to: options.baseDirectory)
        var location = path
        if let span = finding.span { location += ":\(span.start.line):\(span.start.column)" }
        var heading = style.bold(location + ":") + " "
            + style.severity(words.severity(finding.severity), finding.severity) + " "
            + style.bold(finding.ruleId + ":") + " " + oneLine(finding.message)
        if let logical = finding.span?.logical.flatMap(words.logical) {
            heading += " " + style.dim("[\(logical)]")
        }
        var lines = [heading]
        let pad = String(repeating: " ", count: gutterWidth)
        if let span = finding.span, let raw = excerpts[span.start.line] {
            // One ExcerptLine per quoted line, shared by the findings on it.
            let line = excerptLines[span.start.line] ?? ExcerptLine(raw)
            excerptLines[span.start.line] = line
            let singleLine = span.end.line == span.start.line
            let end = singleLine ? span.end.column : nil
            var parts = line.split(start: span.start.column, end: end)
            // Plans have paragraph-long lines; quote a window around the span so the
            // excerpt stays readable in a terminal. Window sizes come from grapheme
            // offsets, never from counting the (possibly huge) parts.
            var shown = line.text
            let count = line.graphemeCount
            if count > maxExcerpt {
                let (lower, upper) = line.graphemeRange(start: span.start.column, end: end)
                let beforeStart = max(lower - excerptLead, 0)
                let room = max(maxExcerpt - (lower - beforeStart), 20)
                let markedEnd = min(upper, lower + room)
                let afterEnd = min(count, upper + max(room - (markedEnd - lower), 0))
                let before = line.graphemes(beforeStart, lower)
                let marked = line.graphemes(lower, markedEnd)
                let after = markedEnd < upper ? Substring("") : line.graphemes(upper, afterEnd)
                let open = beforeStart > 0 ? "…" : ""
                let close = (markedEnd < upper || afterEnd < count) ? "…" : ""
                shown = open + before + marked + after + close
                parts = (Substring(open + before), marked, after)
            }
            let number = String(span.start.line)
            let numberPad = String(repeating: " ", count: gutterWidth - number.count)
            lines.append(style.gutter(" \(numberPad)\(number) |") + " " + shown)
            let indent = String(parts.before.map { $0 == "\t" ? "\t" : " " })
            let marker = "^" + String(repeating: "~", count: max(parts.marked.count - 1, 0))
            lines.append(style.gutter(" \(pad) |") + " " + indent + style.marker(marker))
        }
        if let suggestion = finding.suggestion {
            lines.append(" \(pad) = " + style.bold("\(words.suggestion):") + " " + oneLine(suggestion))
        }
        return lines
    }

    /// Keeps one finding per line: embedded line breaks would break line-based tools.
    private static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).joined(separator: " ")
    }
}
