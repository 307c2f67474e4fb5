import PlanModel

/// A problem in a data file planlint reads (rule pack, configuration, master pack, unit
/// registry, legal catalogue, baseline). Always carries the file, line and column, so the
/// CLI prints `file:line:col: message` and exits 2.
///
/// `message` is Vietnamese (the default language), `messageEn` English; issues raised with
/// one text (most check kinds' option errors) carry it in both.
public struct RuleFileIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var messageEn: String
    /// Further problems of the same file, found after this one: a file is checked whole, so
    /// its writer sees every problem at once instead of one per run.
    public var further: [RuleFileIssue] = []

    public init(file: String, line: Int, column: Int, message: String, messageEn: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.messageEn = messageEn ?? message
    }

    public init(_ span: SourceSpan, _ message: String) {
        self.init(file: span.file, line: span.start.line, column: span.start.column, message: message)
    }

    public init(_ span: SourceSpan, vi: String, en: String) {
        self.init(file: span.file, line: span.start.line, column: span.start.column, message: vi, messageEn: en)
    }

    /// One line per problem: "file:line:column: message".
    public func line(english: Bool = false) -> String {
        ([self] + further).map { "\($0.file):\($0.line):\($0.column): \(english ? $0.messageEn : $0.message)" }
            .joined(separator: "\n")
    }

    /// The problems as one issue: the first, carrying the others.
    public static func combined(_ issues: [RuleFileIssue]) -> RuleFileIssue? {
        guard var first = issues.first else { return nil }
        first.further = Array(issues.dropFirst()).flatMap { [$0.withoutFurther] + $0.further }
        return first
    }

    private var withoutFurther: RuleFileIssue { var c = self; c.further = []; return c }

    public var description: String { line() }
}

extension RuleFileIssue {
    public static func unknownKey(_ key: String, at span: SourceSpan, allowed: [String]) -> RuleFileIssue {
        var vi = "khoá không hợp lệ '\(key)'", en = "unknown key '\(key)'"
        if let s = Suggestion.closest(to: key, in: allowed) {
            vi += " (có phải '\(s)'?)"
            en += " (did you mean '\(s)'?)"
        }
        let list = allowed.joined(separator: ", ")
        return RuleFileIssue(span, vi: vi + "; được phép: \(list)", en: en + "; allowed: \(list)")
    }

    public static func wrongType(_ what: String, expected: String, at span: SourceSpan) -> RuleFileIssue {
        RuleFileIssue(span, vi: "\(DataWording.vietnamese(what)) phải là \(DataWording.vietnamese(expected))",
                      en: "\(what) must be \(expected)")
    }

    public static func missingKey(_ key: String, in what: String, at span: SourceSpan) -> RuleFileIssue {
        RuleFileIssue(span, vi: "\(DataWording.vietnamese(what)) thiếu khoá bắt buộc '\(key)'",
                      en: "\(what) is missing required key '\(key)'")
    }
}
