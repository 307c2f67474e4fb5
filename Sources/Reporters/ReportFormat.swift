/// The closed list of output formats; adding a case without a reporter does not compile.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
    case gitlab
    case markdown
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
