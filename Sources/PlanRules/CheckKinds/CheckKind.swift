import PlanModel

/// One kind of check a rule can use (`require`, `match`, `sequence`, …).
///
/// A new kind is one file conforming to this protocol plus one line in `CheckKinds.all`.
/// Kinds return hits, never findings: the evaluator adds rule id, severity, message and
/// location, so kinds never compute lines or know the report format.
public protocol CheckKind: Sendable {
    /// The DSL key, e.g. "require".
    static var name: String { get }
    /// One line for `planlint rules` and the docs.
    static var summary: String { get }
    /// Scopes the kind can be used in.
    static var scopes: Set<RuleScope> { get }
    /// Placeholders this kind adds to messages (beyond the scope's).
    static var placeholders: Set<String> { get }
    /// Validates options (unknown keys are errors) and builds the check.
    init(options: YAMLValue, context: CheckLoadContext) throws(RuleFileIssue)
    /// Evaluates one target.
    func evaluate(_ target: RuleTarget, in context: EvaluationContext) -> [Hit]

    /// The options the kind reads under its DSL key, with types and descriptions: the
    /// source of the `check` part of `schemas/rule-pack.schema.json` and of
    /// `docs/check-kinds.md` (both generated, see `CheckKindCatalog`).
    static var options: OptionShape { get }
    /// User-facing documentation (Markdown) for the generated docs; defaults to `summary`.
    static var documentation: String { get }
    /// Whether rules of this kind still run when the text is too damaged to judge (the
    /// kind that measures the damage must, to say so).
    static var runsOnDamagedText: Bool { get }
    /// Whether a hit of this check means the text is too damaged to judge: rules that do
    /// not run on damaged text are then skipped for the plan.
    var gatesDamagedText: Bool { get }
}

/// Defaults, so a kind declares only what it has.
extension CheckKind {
    public static var options: OptionShape { .undeclared }
    public static var documentation: String { summary }
    public static var runsOnDamagedText: Bool { false }
    public var gatesDamagedText: Bool { false }
}

extension CheckKind {
    /// Builds the check through the metatype (keeps the loader free of existential inits).
    static func make(options: YAMLValue, context: CheckLoadContext) throws -> any CheckKind {
        try Self(options: options, context: context)
    }
}

/// What a check kind may need while loading (the rule's scope, the rule id).
public struct CheckLoadContext: Sendable {
    public var ruleId: String
    public var scope: RuleScope
    /// The rule file, so options can name files relative to it.
    public var file: String

    public init(ruleId: String, scope: RuleScope, file: String) {
        self.ruleId = ruleId
        self.scope = scope
        self.file = file
    }
}

/// A place where a check found a problem, with the values its message needs.
public struct Hit: Sendable {
    public var span: SourceSpan?
    public var arguments: [String: String]
    public var evidence: String?
    /// Overrides the target's path (e.g. a task path found by a plan-level check).
    public var path: String?
    public var suggestion: String?

    public init(span: SourceSpan?, arguments: [String: String] = [:], evidence: String? = nil, path: String? = nil,
                suggestion: String? = nil) {
        self.span = span
        self.arguments = arguments
        self.evidence = evidence
        self.path = path
        self.suggestion = suggestion
    }
}
