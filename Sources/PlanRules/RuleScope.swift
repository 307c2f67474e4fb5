/// What a rule is evaluated on.
public enum RuleScope: String, Sendable, CaseIterable {
    /// The plan as a whole (once).
    case plan
    /// The header (once; same target as plan, with header placeholders).
    case header
    /// Every numbered section.
    case section
    /// Every task.
    case task
    /// Every legal reference.
    case reference
}
