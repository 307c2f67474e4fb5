import PlanModel

/// Markdown for a comment on a change (a pull or merge request, a review thread).
///
/// A heading, the summary counts, then one table per file with findings
/// (Mức độ | Dòng | Quy tắc | Nội dung) and a list of the files that have none. All
/// plan text is escaped for table cells (pipes, line breaks, formatting characters,
/// HTML), so a plan cannot break the table or inject markup into the comment.
public enum MarkdownReporter: Reporter {
    /// Selected with `--format markdown`.
    public static let identifier = "markdown"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        let totals = ReportTotals(report)
        var out = "## " + escapeInline(options.title ?? words.defaultTitle) + "\n\n"
        out += Severity.allCases.reversed().map { "**\(totals.count($0))** \(words.severity($0))" }
            .joined(separator: " · ")
        out += words.english
            ? " in \(totals.files) \(totals.files == 1 ? "file" : "files")\n"
            : " trong \(totals.files) tệp\n"
        var clean: [String] = []
        for fileReport in report.files {
            let path = DisplayPath.relative(fileReport.file.path, to: options.baseDirectory)
            guard !fileReport.findings.isEmpty else {
                clean.append(path)
                continue
            }
            out += "\n### " + escapeInline(path) + "\n\n"
            out += "| \(words.severityColumnTitle) | \(words.lineTitle) | \(words.ruleTitle) | \(words.messageTitle) |\n"
            out += "|---|---|---|---|\n"
            for finding in FindingOrder.sorted(fileReport.findings) {
                out += "| " + words.severityTitle(finding.severity)
                    + " | " + lineCell(finding, words: words)
                    + " | " + ruleCell(finding.ruleId)
                    + " | " + messageCell(finding, words: words) + " |\n"
            }
        }
        if !clean.isEmpty {
            out += "\n" + words.filesWithoutFindings + ": "
                + clean.map(escapeInline).joined(separator: ", ") + "\n"
        }
        return out
    }

    /// The line number, or the Word location ("đoạn 23", "bảng 1, dòng 4, cột 5") when
    /// there is one; "—" for the whole file.
    private static func lineCell(_ finding: Finding, words: ReportVocabulary) -> String {
        guard let span = finding.span else { return "—" }
        if let logical = span.logical.flatMap(words.logical) {
            return MarkupEscaping.markdownCell(logical)
        }
        return String(span.start.line)
    }

    /// Rule ids in a code span, which needs no escaping unless the id holds a backtick or pipe.
    private static func ruleCell(_ ruleId: String) -> String {
        ruleId.contains(where: { "`|\n\r".contains($0) })
            ? MarkupEscaping.markdownCell(ruleId)
            : "`" + ruleId + "`"
    }

    /// Message, then task path, evidence and suggestion on their own lines within the cell.
    private static func messageCell(_ finding: Finding, words: ReportVocabulary) -> String {
        var cell = MarkupEscaping.markdownCell(finding.message)
        if let evidence = finding.evidence {
            cell += "<br>" + words.evidenceTitle + ": " + MarkupEscaping.markdownCell(evidence)
        }
        if let suggestion = finding.suggestion {
            cell += "<br>" + words.suggestionTitle + ": " + MarkupEscaping.markdownCell(suggestion)
        }
        return cell
    }

    /// Headings and lists use the same escaping; a line break there would end the element.
    private static func escapeInline(_ text: String) -> String {
        MarkupEscaping.markdownCell(text)
    }
}
