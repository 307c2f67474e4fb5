import PlanModel

/// The documented machine-readable output of `planlint check` (version 1).
///
/// The contract is the JSON Schema in `schemas/check-output.schema.json`: sorted keys,
/// every finding field always present (`null` when unknown) except `logical`, which
/// appears only for structured (Word) sources. Lines are 1-based; columns are 1-based
/// grapheme (user-perceived character) columns of the original line and `endColumn` is
/// exclusive. The wire types below are private so refactoring `Finding` cannot silently
/// change the contract.
public enum JSONReporter: Reporter {
    /// Selected with `--format json`.
    public static let identifier = "json"

    /// Version of the output contract; bumped only for incompatible changes.
    public static let formatVersion = 1

    /// Renders the whole report in this format (layout in the type documentation).
    public static func render(_ report: LintReport, options: ReportOptions) -> String {
        var findings: [FindingDTO] = []
        for fileReport in report.files {
            for finding in FindingOrder.sorted(fileReport.findings) {
                findings.append(FindingDTO(finding, file: DisplayPath.relative(finding.file, to: options.baseDirectory)))
            }
        }
        let totals = ReportTotals(report)
        let output = Output(
            version: formatVersion,
            tool: Tool(name: "planlint", version: report.toolVersion),
            findings: findings,
            summary: Summary(files: totals.files, errors: totals.errors, warnings: totals.warnings, infos: totals.infos))
        return JSONOutput.encode(output)
    }

    private struct Output: Encodable {
        let version: Int
        let tool: Tool
        let findings: [FindingDTO]
        let summary: Summary
    }

    private struct Tool: Encodable {
        let name: String
        let version: String
    }

    private struct Summary: Encodable {
        let files: Int
        let errors: Int
        let warnings: Int
        let infos: Int
    }

    private struct Logical: Encodable {
        let paragraph: Int?
        let table: Int?
        let row: Int?
        let column: Int?
    }

    private struct FindingDTO: Encodable {
        let ruleId: String
        let severity: String
        let message: String
        let file: String
        let line: Int?
        let column: Int?
        let endLine: Int?
        let endColumn: Int?
        let path: String?
        let evidence: String?
        let suggestion: String?
        let logical: Logical?

        init(_ finding: Finding, file: String) {
            ruleId = finding.ruleId
            severity = finding.severity.rawValue
            message = finding.message
            self.file = file
            line = finding.span?.start.line
            column = finding.span?.start.column
            endLine = finding.span?.end.line
            endColumn = finding.span?.end.column
            path = finding.path
            evidence = finding.evidence
            suggestion = finding.suggestion
            logical = finding.span?.logical.map {
                Logical(paragraph: $0.paragraph, table: $0.table, row: $0.row, column: $0.column)
            }
        }

        private enum CodingKeys: String, CodingKey {
            case ruleId, severity, message, file, line, column, endLine, endColumn, path, evidence, suggestion, logical
        }

        /// Writes explicit nulls: consumers can rely on every key being present.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ruleId, forKey: .ruleId)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(path, forKey: .path)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(suggestion, forKey: .suggestion)
            try container.encodeIfPresent(logical, forKey: .logical)
        }
    }
}
