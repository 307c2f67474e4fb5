import PlanModel
import PlanReaders
import PlanRules

/// What to lint and how; command-line choices override configuration files.
public struct LintRequest: Sendable {
    /// The plans, in the order reports list them.
    public var inputs: [PlanInput]
    /// The inputs' paths as given (standard input shows its `--stdin-filename`).
    public var files: [String] {
        get { inputs.map(\.displayPath) }
        set { inputs = newValue.map(PlanInput.init(path:)) }
    }
    public var rulePaths: [String] = []
    /// An explicit configuration file (else discovered per plan).
    public var configPath: String?
    public var mode: PlanMode?
    public var language: String?
    public var useBuiltinRules = true
    /// A master-plan pack (overrides `master:` of the configuration).
    public var masterPath: String?
    /// The plans' unit id in the pack's registry (overrides `unit:`).
    public var unitID: String?

    public init(files: [String]) { self.inputs = files.map(PlanInput.init(path:)) }

    public init(inputs: [PlanInput]) { self.inputs = inputs }
}

/// The outcome: the report for the files that could be read, and one line per file that could not.
public struct LintResult: Sendable {
    public var report: LintReport
    /// Files that could not be read, as "file:location: message" lines.
    public var readErrors: [String]
    public var language: String
    /// Problems that do not stop the run (malformed suppression markers), as one line each.
    public var warnings: [String] = []
    /// Rule-file problems found while evaluating (a user pattern that ran out of its match
    /// budget), as "file:line:column: message" lines; like `readErrors`, they mean exit 2.
    public var ruleErrors: [String] = []
}
