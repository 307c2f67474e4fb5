/// One gap reported to the user.
public struct Finding: Sendable, Codable, Hashable {
    public var ruleId: String
    public var severity: Severity
    /// The message in the language of the run.
    public var message: String
    /// The file the finding is about (also set when there is no span).
    public var file: String
    /// Where in the original text; nil for a finding about the whole file.
    public var span: SourceSpan?
    /// Task or section path ("II.2.c"), when the finding is about one.
    public var path: String?
    /// The text that triggered it (normalised), for reviewers and baselines.
    public var evidence: String?
    /// What to do about it, when the rule says.
    public var suggestion: String?

    public init(ruleId: String, severity: Severity, message: String, file: String, span: SourceSpan?,
                path: String? = nil, evidence: String? = nil, suggestion: String? = nil) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.file = file
        self.span = span
        self.path = path
        self.evidence = evidence
        self.suggestion = suggestion
    }
}
