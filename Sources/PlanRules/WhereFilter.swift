import PlanModel

/// The optional `where:` of a rule: which targets it applies to.
public struct WhereFilter: Sendable {
    /// Path prefixes ("II" matches "II", "II.2", "II.2.a").
    public var sections: [String] = []
    public var mode: PlanMode?
    /// `field` selects tasks with labelled fields (or none at all); `heading` selects tasks
    /// listed under a unit heading.
    public var leadSource: PlanTask.LeadSource?
    /// Section numbering styles (for section-scoped rules).
    public var styles: [NumberingStyle] = []
    /// Document types the rule applies to (`DocumentType.id`s, or the groups `plan`,
    /// `normative`, `administrative`); empty means every type.
    public var documentTypes: [String] = []

    static let keys = ["section", "mode", "lead_source", "style", "document_type"]
    static let typeGroups = ["plan", "normative", "administrative"]

    init() {}

    init(_ v: YAMLValue) throws(RuleFileIssue) {
        let d = try v.requireKeys("where", allowed: Self.keys)
        if let t = d["document_type"] {
            for id in try t.texts("where.document_type") {
                guard DocumentType.withID(id) != nil || Self.typeGroups.contains(id) else {
                    let allowed = (Self.typeGroups + DocumentType.all.map(\.id)).joined(separator: ", ")
                    throw RuleFileIssue(t.span, "unknown document type '\(id)'; allowed: \(allowed)")
                }
                documentTypes.append(id)
            }
        }
        if let s = d["section"] { sections = try s.texts("where.section") }
        if let m = d["mode"] {
            guard let mode = PlanMode(rawValue: try m.text("where.mode")) else {
                throw RuleFileIssue(m.span, "where.mode must be draft or final")
            }
            self.mode = mode
        }
        if let l = d["lead_source"] {
            guard let ls = PlanTask.LeadSource(rawValue: try l.text("where.lead_source")) else {
                throw RuleFileIssue(l.span, "where.lead_source must be field or heading")
            }
            leadSource = ls
        }
        if let s = d["style"] {
            for name in try s.texts("where.style") {
                guard let st = NumberingStyle(rawValue: name) else {
                    throw RuleFileIssue(s.span, "unknown numbering style '\(name)'; allowed: roman, arabic, decimal, letter, letterNumber, parenthesized")
                }
                styles.append(st)
            }
        }
    }

    /// True when the rule applies to a document of this type. A document whose header does
    /// not tell its type (a fragment, a damaged copy) is checked by every rule.
    public func matches(documentType kind: DocumentType?) -> Bool {
        guard !documentTypes.isEmpty, let kind else { return true }
        return documentTypes.contains { t in
            switch t {
            case "plan": return kind.isPlan
            case "normative": return kind.isNormative
            case "administrative": return !kind.isNormative
            default: return t == kind.id
            }
        }
    }

    /// The document types the rule applies to, in words ("mọi loại văn bản" when unrestricted).
    public func documentTypesDescription(english: Bool) -> String {
        guard !documentTypes.isEmpty else { return english ? "every document type" : "mọi loại văn bản" }
        return documentTypes.map { t -> String in
            switch t {
            case "plan":
                let names = DocumentType.all.filter(\.isPlan).map(\.displayName).joined(separator: ", ")
                return english ? "plan-like documents (\(names))" : "văn bản dạng kế hoạch (\(names))"
            case "normative":
                let names = DocumentType.all.filter(\.isNormative).map(\.displayName).joined(separator: ", ")
                return english ? "normative documents (\(names))" : "văn bản quy phạm pháp luật (\(names))"
            case "administrative":
                return english ? "administrative documents (every type that is not normative, and the công văn)"
                    : "văn bản hành chính (mọi loại không phải văn bản quy phạm pháp luật, kể cả công văn)"
            default:
                return DocumentType.withID(t)?.displayName ?? t
            }
        }.joined(separator: "; ")
    }

    func matches(path: String?) -> Bool {
        guard !sections.isEmpty else { return true }
        guard let path else { return false }
        return sections.contains { path == $0 || path.hasPrefix($0 + ".") }
    }
}
