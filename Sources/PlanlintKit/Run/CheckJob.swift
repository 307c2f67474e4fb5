import PlanModel
import PlanReaders
import Reporters

/// Everything `planlint check` does, as data: what to read, which rules, the baseline,
/// which reports to write where, and when the run fails. The CLI and the web service
/// fill one in and call `Planlint.check`; neither repeats any of the steps.
public struct CheckJob: Sendable {
    /// Where a rendered report goes.
    public enum Destination: Sendable, Hashable {
        /// Standard output (through the caller's sink).
        case standardOutput
        /// A file, written atomically (a killed run leaves the old file or none).
        case file(String)
        /// Kept in `CheckOutcome.rendered` for the caller (the web service).
        case returned
    }

    public struct Output: Sendable, Hashable {
        public var format: ReportFormat
        public var destination: Destination
        public init(format: ReportFormat, destination: Destination) {
            self.format = format
            self.destination = destination
        }
    }

    public var lint: LintRequest
    /// A baseline whose findings are not reported again.
    public var baselinePath: String?
    /// Records this run's findings as a baseline (before `baselinePath` filters them).
    public var writeBaselinePath: String?
    /// Default: one text report to standard output.
    public var outputs: [Output] = [Output(format: .text, destination: .standardOutput)]
    /// Findings at or above this severity make the exit code 1.
    public var failOn: Severity = .error
    /// Whether the text report to standard output may use ANSI colour (the CLI decides).
    public var colorOnStandardOutput = false
    /// Paths under this folder are shown relative to it.
    public var baseDirectory: String?

    public init(lint: LintRequest) { self.lint = lint }
}

/// What a check run produced. Nothing already produced is lost: reports are written for
/// every file that could be read even when others could not (exit 2 then).
public struct CheckOutcome: Sendable {
    /// 0 nothing at or above `failOn`, 1 findings at or above it, 2 the run could not be
    /// done in full (an input or data file could not be read, a report not written).
    public var exitCode: Int32
    /// One line each, for standard error: unreadable inputs, malformed markers, errors.
    public var diagnostics: [String]
    /// The report after suppressions and the baseline; nil when the run stopped before linting.
    public var report: LintReport?
    /// Reports whose destination is `.returned`, by format.
    public var rendered: [ReportFormat: String] = [:]
}
