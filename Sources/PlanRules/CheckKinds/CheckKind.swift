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
