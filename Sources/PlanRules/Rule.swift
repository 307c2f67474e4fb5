import PlanModel

/// Whether the plan is a draft (blank number and date are expected) or final.
public enum PlanMode: String, Sendable, CaseIterable, Codable {
    case draft, final
}

/// A rule's severity: fixed, or depending on the mode ("severity: { draft: info, final: error }").
public struct SeverityPolicy: Sendable, Equatable {
    public var draft: Severity
    public var final: Severity

    public init(_ s: Severity) { draft = s; final = s }
    public init(draft: Severity, final: Severity) { self.draft = draft; self.final = final }

    public func severity(in mode: PlanMode) -> Severity { mode == .draft ? draft : final }
    /// The stricter of the two, shown as the rule's default.
    public var highest: Severity { max(draft, final) }
}

/// One rule from a pack: what to check, on what, and what to say.
public struct Rule: Sendable {
    public var id: String
    public var pack: String
    public var severity: SeverityPolicy
    public var scope: RuleScope
    public var filter: WhereFilter
    public var check: any CheckKind
    public var message: MessageTemplate
    public var messageEn: MessageTemplate
    public var title: String
    public var titleEn: String
    public var description: String
    public var examples: RuleExamples
    /// Whether the rule still runs on text too damaged to judge (quality gate).
    public var runsOnDamagedText: Bool
    /// Where the rule is defined.
    public var span: SourceSpan

    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, pack: pack, defaultSeverity: severity.highest, title: title, titleEn: titleEn,
                       description: description)
    }
}

/// Example plan snippets: invalid ones must trigger the rule, valid ones must not.
public struct RuleExamples: Sendable {
    public struct Example: Sendable {
        public var text: String
        public var span: SourceSpan
        /// Mode to evaluate the example in ("final" unless the rule is about drafts).
        public var mode: PlanMode
        /// Master-plan pack to evaluate against (a path, resolved against the rule file).
        public var master: String? = nil
        /// The plan's unit id in the pack's registry.
        public var unit: String? = nil
        /// A Word file to check instead of `text` (resolved against the rule file), for
        /// rules on presentation, which text cannot show.
        public var docx: String? = nil
        /// Where the rule must report in `docx` (paragraph, column), for invalid examples.
        public var at: [SourcePosition] = []
    }

    public var valid: [Example] = []
    public var invalid: [Example] = []
}
