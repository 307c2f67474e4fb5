import PlanModel

/// A problem in a rule, master-pack or configuration file. Always carries the file,
/// line and column, so the CLI prints `file:line:col: message` and exits 2.
public struct RuleFileIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ span: SourceSpan, _ message: String) {
        self.init(file: span.file, line: span.start.line, column: span.start.column, message: message)
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

// Messages for rule-file problems (English: they are read by rule authors and CI logs;
// Vietnamese summaries are added by the CLI).
extension RuleFileIssue {
    static func unknownKey(_ key: String, at span: SourceSpan, allowed: [String]) -> RuleFileIssue {
        var m = "unknown key '\(key)'"
        if let s = Suggestion.closest(to: key, in: allowed) { m += " (did you mean '\(s)'?)" }
        m += "; allowed: \(allowed.joined(separator: ", "))"
        return RuleFileIssue(span, m)
    }

    static func wrongType(_ what: String, expected: String, at span: SourceSpan) -> RuleFileIssue {
        RuleFileIssue(span, "\(what) must be \(expected)")
    }

    static func missingKey(_ key: String, in what: String, at span: SourceSpan) -> RuleFileIssue {
        RuleFileIssue(span, "\(what) is missing required key '\(key)'")
    }
}
