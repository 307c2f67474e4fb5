/// The findings for one input file, with the lines reporters quote.
public struct FileReport: Sendable, Codable, Hashable {
    public var file: SourceFile
    public var findings: [Finding]
    /// Original lines keyed by line number, for excerpts (only lines findings point at).
    public var excerpts: [Int: String]

    public init(file: SourceFile, findings: [Finding], excerpts: [Int: String] = [:]) {
        self.file = file
        self.findings = findings
        self.excerpts = excerpts
    }
}

/// Everything a reporter renders: per-file findings plus rule metadata.
public struct LintReport: Sendable, Codable, Hashable {
    public var files: [FileReport]
    public var rules: [RuleDescriptor]
    /// Tool version, shown by SARIF and HTML.
    public var toolVersion: String
    /// "vi" or "en".
    public var language: String

    public init(files: [FileReport], rules: [RuleDescriptor], toolVersion: String, language: String = "vi") {
        self.files = files
        self.rules = rules
        self.toolVersion = toolVersion
        self.language = language
    }

    public var allFindings: [Finding] { files.flatMap(\.findings) }

    /// Count of findings per severity.
    public func count(_ severity: Severity) -> Int { allFindings.filter { $0.severity == severity }.count }
}
