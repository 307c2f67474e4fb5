/// One thing a master plan assigns: who leads, who coordinates, what to produce and by when.
///
/// Read from a master pack; `source` names the master plan's row or section so that every
/// coverage finding can be traced back to the text a reviewer can open.
public struct Obligation: Sendable, Hashable, Decodable, Identifiable {
    /// A cell of the master plan's table that may be marked unreadable.
    public enum Field: String, Sendable, Hashable, Decodable, CaseIterable {
        case title, activity, product, lead, coordinating, deadline, row
    }

    /// "PL.II.3.a" for an appendix line, "M.III.7" for a duty stated in the body.
    public var id: String
    /// Short statement of the task.
    public var title: String
    /// Id of the area (`AreaSpec.id`).
    public var area: String
    /// Who leads (chủ trì): unit ids or kinds.
    public var lead: [UnitRef]
    /// The lead cell's wording when it names an internal office ("Văn phòng sở").
    public var leadDetail: String?
    /// Who coordinates (phối hợp): unit ids or kinds.
    public var coordinating: [UnitRef]
    public var coordinatingDetail: String?
    public var activity: String?
    public var product: String?
    /// Thời gian hoàn thành in the timeline grammar; nil when unreadable or not stated.
    public var deadline: String?
    /// The master's wording when `deadline` normalises it.
    public var deadlineAsWritten: String?
    /// A plan every addressee must issue early in the year.
    public var mandatedEarlyPlan: Bool
    /// The checked plan is itself the product (the agency's own CCHC plan).
    public var fulfilledByThisPlan: Bool
    /// Phrases (diacritic-insensitive, "…" for a short gap) that identify the task in a plan.
    public var recognise: [String]
    /// Owed only when this holds; a missing one is information, not an error.
    public var condition: String?
    /// Where in the master plan ("Phụ lục, I.3 (dòng 2/3)", "Mục III.7").
    public var source: String
    public var relatedSources: [String]
    /// How reliably the master's cells for this obligation were read.
    public var confidence: Confidence
    /// Cells that could not be read with confidence.
    public var uncertain: Set<Field>
    public var note: String?

    public init(id: String, title: String, area: String, lead: [UnitRef], leadDetail: String? = nil,
                coordinating: [UnitRef] = [], coordinatingDetail: String? = nil, activity: String? = nil,
                product: String? = nil, deadline: String? = nil, deadlineAsWritten: String? = nil,
                mandatedEarlyPlan: Bool = false, fulfilledByThisPlan: Bool = false, recognise: [String] = [],
                condition: String? = nil, source: String, relatedSources: [String] = [],
                confidence: Confidence = .high, uncertain: Set<Field> = [], note: String? = nil) {
        self.id = id
        self.title = title
        self.area = area
        self.lead = lead
        self.leadDetail = leadDetail
        self.coordinating = coordinating
        self.coordinatingDetail = coordinatingDetail
        self.activity = activity
        self.product = product
        self.deadline = deadline
        self.deadlineAsWritten = deadlineAsWritten
        self.mandatedEarlyPlan = mandatedEarlyPlan
        self.fulfilledByThisPlan = fulfilledByThisPlan
        self.recognise = recognise
        self.condition = condition
        self.source = source
        self.relatedSources = relatedSources
        self.confidence = confidence
        self.uncertain = uncertain
        self.note = note
    }

    /// Whether the deadline cell was read with confidence (a late finding may rest on it).
    public var deadlineIsReliable: Bool { deadline != nil && !uncertain.contains(.deadline) }

    private enum CodingKeys: String, CodingKey {
        case id, title, area, lead, coordinating, activity, product, deadline, recognise, condition
        case source, confidence, uncertain, note
        case leadDetail = "lead_detail"
        case coordinatingDetail = "coordinating_detail"
        case deadlineAsWritten = "deadline_as_written"
        case mandatedEarlyPlan = "mandated_early_plan"
        case fulfilledByThisPlan = "fulfilled_by_this_plan"
        case relatedSources = "related_sources"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        area = try c.decode(String.self, forKey: .area)
        lead = try c.decode([UnitRef].self, forKey: .lead)
        leadDetail = try c.decodeIfPresent(String.self, forKey: .leadDetail)
        coordinating = try c.decodeIfPresent([UnitRef].self, forKey: .coordinating) ?? []
        coordinatingDetail = try c.decodeIfPresent(String.self, forKey: .coordinatingDetail)
        activity = try c.decodeIfPresent(String.self, forKey: .activity)
        product = try c.decodeIfPresent(String.self, forKey: .product)
        deadline = try c.decodeIfPresent(String.self, forKey: .deadline)
        deadlineAsWritten = try c.decodeIfPresent(String.self, forKey: .deadlineAsWritten)
        mandatedEarlyPlan = try c.decodeIfPresent(Bool.self, forKey: .mandatedEarlyPlan) ?? false
        fulfilledByThisPlan = try c.decodeIfPresent(Bool.self, forKey: .fulfilledByThisPlan) ?? false
        recognise = try c.decodeIfPresent([String].self, forKey: .recognise) ?? []
        condition = try c.decodeIfPresent(String.self, forKey: .condition)
        source = try c.decode(String.self, forKey: .source)
        relatedSources = try c.decodeIfPresent([String].self, forKey: .relatedSources) ?? []
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence) ?? .high
        uncertain = Set(try c.decodeIfPresent([Field].self, forKey: .uncertain) ?? [])
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
