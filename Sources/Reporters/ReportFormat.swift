/// The closed list of output formats; adding a case without a reporter does not compile.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines with quoted source, for terminals and editors.
    case text
    /// The documented, versioned JSON contract (`schemas/check-output.schema.json`).
    case json
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// JUnit XML, for CI test-result views.
    case junit
    /// GitHub Actions workflow commands (annotations on the change).
    case github
    /// GitLab Code Quality JSON (merge-request widget).
    case gitlab
    /// Markdown for a comment on a pull or merge request.
    case markdown
    /// A self-contained HTML page for reviewers.
    case html

    /// The reporter that renders this format.
    public var reporter: any Reporter.Type {
        switch self {
        case .text: return TextReporter.self
        case .json: return JSONReporter.self
        case .sarif: return SARIFReporter.self
        case .junit: return JUnitReporter.self
        case .github: return GitHubReporter.self
        case .gitlab: return GitLabReporter.self
        case .markdown: return MarkdownReporter.self
        case .html: return HTMLReporter.self
        }
    }

    /// The usual file extension for this format, for CLIs that derive output names.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .sarif: return "sarif"
        case .junit: return "xml"
        case .github: return "txt"
        case .gitlab: return "json"
        case .markdown: return "md"
        case .html: return "html"
        }
    }
}
