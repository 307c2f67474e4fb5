import PlanModel

/// One output format: a pure function from a finished lint run to the text a reader needs.
///
/// Reporters know findings and the rule metadata carried in `LintReport.rules`, never the
/// rules engine, so a new format can be added without touching how plans are checked.
public protocol Reporter {
    /// The name users pass to `--format`.
    static var identifier: String { get }

    /// Renders the whole report; the result is written as is (no trailing processing).
    /// - Parameters:
    ///   - report: the findings of every checked file, with their excerpts and rule metadata.
    ///   - options: presentation choices (language, colour, path base).
    /// - Returns: the complete document, ending with a newline.
    static func render(_ report: LintReport, options: ReportOptions) -> String
}
