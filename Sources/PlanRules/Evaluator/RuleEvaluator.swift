import PlanModel

/// Per-run choices that change how rules apply.
public struct EvaluationOptions: Sendable {
    public var mode: PlanMode
    public var language: String
    /// Per-rule overrides from configuration: a severity, or nil to turn the rule off.
    public var overrides: [String: Severity?]
    /// The master plan to check coverage against, with the plan's unit resolved.
    public var master: MasterPlanContext?

    public init(mode: PlanMode = .draft, language: String = "vi", overrides: [String: Severity?] = [:],
                master: MasterPlanContext? = nil) {
        self.mode = mode
        self.language = language
        self.overrides = overrides
        self.master = master
    }
}

/// Runs rules over a plan and turns hits into findings. Linear in (plan size × rules).
public enum RuleEvaluator {
    public static func evaluate(_ plan: Plan, rules: [Rule], options: EvaluationOptions) -> [Finding] {
        let active = rules.filter { r in
            if case .some(.none) = options.overrides[r.id] { return false }
            return true
        }
        // The quality gate: a rule whose check gates damaged text and fires marks the text
        // as damaged (a capability of the kind, see `CheckKind.gatesDamagedText`).
        var probe = EvaluationContext(mode: options.mode, textIsDamaged: false, lacksDiacritics: false, language: options.language,
                                      master: options.master)
        let damaged = active.contains { r in
            r.check.gatesDamagedText && !r.check.evaluate(.plan(plan), in: probe).isEmpty
        }
        probe.textIsDamaged = damaged
        probe.lacksDiacritics = plan.quality.lacksDiacritics
        var findings: [Finding] = []
        // Every element of each scope, built once (not once per rule).
        let all: [RuleScope: [RuleTarget]] = [
            .plan: [.plan(plan)],
            .section: plan.allSections.map { .section($0, plan) },
            .task: plan.tasks.map { .task($0, plan) },
            .reference: plan.references.enumerated().map { .reference($0.element, index: $0.offset, plan) },
        ]
        for rule in active {
            if damaged && !rule.runsOnDamagedText { continue }
            if let m = rule.filter.mode, m != options.mode { continue }
            if !rule.filter.matches(documentType: plan.header.kind) { continue }
            let severity = (options.overrides[rule.id] ?? nil) ?? rule.severity.severity(in: options.mode)
            for target in targets(of: rule, from: all) {
                for hit in rule.check.evaluate(target, in: probe) {
                    findings.append(finding(rule, severity, target, hit, plan, options))
                }
            }
        }
        findings.sort { a, b in
            let la = a.span?.start ?? SourcePosition(line: 0, column: 0), lb = b.span?.start ?? SourcePosition(line: 0, column: 0)
            return (la.line, la.column, a.ruleId) < (lb.line, lb.column, b.ruleId)
        }
        return findings
    }

    static func targets(of rule: Rule, from all: [RuleScope: [RuleTarget]]) -> [RuleTarget] {
        switch rule.scope {
        case .plan, .header:
            return all[.plan] ?? []
        case .section:
            let f = rule.filter
            guard !f.sections.isEmpty || !f.styles.isEmpty else { return all[.section] ?? [] }
            return (all[.section] ?? []).filter { t in
                guard case .section(let s, _) = t else { return false }
                return f.matches(path: s.path) && (f.styles.isEmpty || f.styles.contains(s.marker.style))
            }
        case .task:
            let f = rule.filter
            guard !f.sections.isEmpty || f.leadSource != nil else { return all[.task] ?? [] }
            return (all[.task] ?? []).filter { t in
                guard case .task(let task, _) = t else { return false }
                return f.matches(path: task.path) && matchesLeadSource(f.leadSource, task)
            }
        case .reference:
            return all[.reference] ?? []
        }
    }

    static func matchesLeadSource(_ wanted: PlanTask.LeadSource?, _ t: PlanTask) -> Bool {
        switch wanted {
        case nil: return true
        case .heading?: return t.leadSource == .heading
        case .field?: return t.leadSource != .heading
        }
    }

    static func finding(_ rule: Rule, _ severity: Severity, _ target: RuleTarget, _ hit: Hit, _ plan: Plan,
                        _ options: EvaluationOptions) -> Finding {
        var values = target.placeholderValues
        for (k, v) in hit.arguments { values[k] = v }
        let template = options.language == "en" ? rule.messageEn : rule.message
        return Finding(ruleId: rule.id, severity: severity, message: template.render(values), file: plan.source.path,
                       span: hit.span ?? target.span, path: hit.path ?? target.path, evidence: hit.evidence,
                       suggestion: hit.suggestion)
    }
}
