import PlanModel

/// The element a rule is evaluated on.
public enum RuleTarget: Sendable {
    case plan(Plan)
    case section(Section, Plan)
    case task(PlanTask, Plan)
    case reference(LegalReference, index: Int, Plan)

    public var plan: Plan {
        switch self {
        case .plan(let p), .section(_, let p), .task(_, let p), .reference(_, _, let p): return p
        }
    }

    /// The target's own span (used when a hit gives none).
    var span: SourceSpan? {
        switch self {
        case .plan: return nil
        case .section(let s, _): return s.span
        case .task(let t, _): return t.title.span
        case .reference(let r, _, _): return r.span
        }
    }

    var path: String? {
        switch self {
        case .plan, .reference: return nil
        case .section(let s, _): return s.path
        case .task(let t, _): return t.path
        }
    }

    /// Values every message in this scope may use.
    var placeholderValues: [String: String] {
        var v: [String: String] = [:]
        let p = plan
        v["plan.year"] = p.year.map(String.init) ?? "—"
        v["plan.file"] = p.source.path
        // The document's type as its header names it, so a message says "Quyết định phải có …".
        v["document"] = p.header.kind?.displayName ?? "Văn bản"
        v["document_en"] = p.header.kind.map { "The \($0.displayName)" } ?? "The document"
        switch self {
        case .plan: break
        case .section(let s, _):
            v["section.path"] = s.path
            v["section.title"] = s.title.value
            v["section.marker"] = s.marker.text
        case .task(let t, _):
            v["task.path"] = t.path
            v["task.title"] = t.title.value
            v["task.lead"] = t.lead?.value ?? "—"
        case .reference(let r, _, _):
            v["reference.text"] = r.text
            v["reference.symbol"] = r.symbol
            v["reference.type"] = r.typeWord ?? "—"
        }
        return v
    }

    static func placeholders(for scope: RuleScope) -> Set<String> {
        let common: Set<String> = ["plan.year", "plan.file", "document", "document_en"]
        switch scope {
        case .plan, .header: return common
        case .section: return common.union(["section.path", "section.title", "section.marker"])
        case .task: return common.union(["task.path", "task.title", "task.lead"])
        case .reference: return common.union(["reference.text", "reference.symbol", "reference.type"])
        }
    }
}

/// What every check can see while evaluating.
public struct EvaluationContext: Sendable {
    public var mode: PlanMode
    /// Whether the text is too damaged to judge (quality gate).
    public var textIsDamaged: Bool
    /// Whether the text lacks diacritics (typed or OCR'd without marks).
    public var lacksDiacritics: Bool
    /// Today's date for the reader (never used to judge a plan; plans are judged on their own date).
    public var language: String
    /// The master plan and the plan's unit, when a master pack is configured.
    public var master: MasterPlanContext?
    /// Shared results for this plan's evaluation.
    public var memo = EvaluationMemo()

    public init(mode: PlanMode, textIsDamaged: Bool, lacksDiacritics: Bool, language: String, master: MasterPlanContext? = nil) {
        self.mode = mode
        self.textIsDamaged = textIsDamaged
        self.lacksDiacritics = lacksDiacritics
        self.language = language
        self.master = master
    }
}
