/// One line of the coverage table: an obligation, the task that delivers it (if any) and
/// the verdict, with enough detail for a reviewer to see why.
public struct CoverageRow: Sendable, Codable, Hashable {
    public var obligationID: String
    public var title: String
    public var area: String
    public var role: ObligationRole
    /// Unit id or selector through which the unit owes it.
    public var via: String
    /// Where in the master plan ("Phụ lục, II.3 (dòng 1/3)").
    public var source: String
    /// The master's deadline text, nil when unreadable or not stated.
    public var masterDeadline: String?
    public var mandatedEarlyPlan: Bool
    /// Owed only when this holds (report a missing one as information).
    public var condition: String?
    /// Confidence of the master's entry; a late or missing verdict resting on a low-confidence
    /// entry should be softened by the caller.
    public var confidence: Confidence
    /// Whether the master's deadline was read reliably (a `late` verdict depends on it).
    public var deadlineReliable: Bool

    /// The verdict.
    public var status: CoverageStatus
    public var method: MatchMethod?
    /// The recognise phrase that matched, for `.phrase`.
    public var matchedPhrase: String?
    /// Path of the delivering task ("II.2.a").
    public var taskPath: String?
    /// The task's timeline text as written.
    public var planDeadline: String?
    /// Similarity of obligation and delivering task, 0…1.
    public var score: Double?
    /// What the delivering task lacks for `.partial`: "product", "timeline", "dated timeline", "plan date".
    public var missingFields: [String]
    /// For `.missing`: the most similar task and its score, so a reviewer sees why it did not count.
    public var closestTaskPath: String?
    public var closestScore: Double?

    public init(obligationID: String, title: String, area: String, role: ObligationRole, via: String,
                source: String, masterDeadline: String?, mandatedEarlyPlan: Bool, condition: String?,
                confidence: Confidence, deadlineReliable: Bool, status: CoverageStatus, method: MatchMethod? = nil,
                matchedPhrase: String? = nil, taskPath: String? = nil, planDeadline: String? = nil,
                score: Double? = nil, missingFields: [String] = [], closestTaskPath: String? = nil,
                closestScore: Double? = nil) {
        self.obligationID = obligationID
        self.title = title
        self.area = area
        self.role = role
        self.via = via
        self.source = source
        self.masterDeadline = masterDeadline
        self.mandatedEarlyPlan = mandatedEarlyPlan
        self.condition = condition
        self.confidence = confidence
        self.deadlineReliable = deadlineReliable
        self.status = status
        self.method = method
        self.matchedPhrase = matchedPhrase
        self.taskPath = taskPath
        self.planDeadline = planDeadline
        self.score = score
        self.missingFields = missingFields
        self.closestTaskPath = closestTaskPath
        self.closestScore = closestScore
    }
}
