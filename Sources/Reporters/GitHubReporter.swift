import PlanModel

/// GitHub Actions workflow commands, which GitHub turns into annotations on the change.
///
/// One line per finding: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::message`
/// (`warning` and `notice` for the other severities). Columns are the grapheme columns
/// people count. A finding about the whole file is anchored at line 1, column 1, so it
/// shows at the top of the plan. Values are escaped as the Actions toolkit does: `%`,
/// CR and LF in the message; additionally `:` and `,` in properties.
public enum GitHubReporter: Reporter {
    /// Selected with `--format github`.
    public static let identifier = "github"

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        let words = ReportVocabulary(options)
        var lines: [String] = []
        for fileReport in report.files {
            for finding in FindingOrder.sorted(fileReport.findings) {
                let path = DisplayPath.relative(finding.file, to: options.baseDirectory)
                var properties = ["file=" + escapeProperty(path)]
                if let span = finding.span {
                    properties += ["line=\(span.start.line)", "col=\(span.start.column)",
                                   "endLine=\(max(span.end.line, span.start.line))", "endColumn=\(span.end.column)"]
                } else {
                    properties += ["line=1", "col=1"]
                }
                properties.append("title=" + escapeProperty(finding.ruleId))
                var message = finding.message
                if let logical = finding.span?.logical.flatMap(words.logical) { message += " [\(logical)]" }
                if let suggestion = finding.suggestion { message += "\n\(words.suggestionTitle): \(suggestion)" }
                lines.append("::\(command(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(message))")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escaping of a command's message.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaping of a command's property values.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
