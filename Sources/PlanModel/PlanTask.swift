/// One task (nhiệm vụ) of a plan with the fields a task must name.
public struct PlanTask: Sendable, Codable, Hashable {
    /// Where the lead unit came from.
    public enum LeadSource: String, Sendable, Codable, Hashable {
        /// A labelled field ("Đơn vị chủ trì: …").
        case field
        /// The unit heading the task is listed under ("- Văn phòng Ban:").
        case heading
    }

    /// Section path plus the task's own label, e.g. "II.2.a"; for an unlettered task,
    /// the section path ("II.3"); for bullets under a unit heading, "….1", "….2".
    public var path: String
    /// Path of the section that holds the task.
    public var sectionPath: String
    public var marker: NumberingMarker?
    public var title: Located<String>
    public var lead: Located<String>?
    public var leadSource: LeadSource?
    /// The label as written for the lead unit ("Đơn vị thực hiện").
    public var leadLabel: String?
    public var coordinating: Located<String>?
    public var product: Located<String>?
    public var timeline: Located<String>?
    /// The timeline's meaning, when a timeline is present.
    public var timelineValue: TimelineValue?
    public var targets: [Target]
    /// Labelled fields the parser did not map to a known role ("Ghi chú", …).
    public var otherFields: [String: Located<String>]
    public var span: SourceSpan

    public init(path: String, sectionPath: String, marker: NumberingMarker?, title: Located<String>,
                lead: Located<String>? = nil, leadSource: LeadSource? = nil, leadLabel: String? = nil,
                coordinating: Located<String>? = nil, product: Located<String>? = nil,
                timeline: Located<String>? = nil, timelineValue: TimelineValue? = nil,
                targets: [Target] = [], otherFields: [String: Located<String>] = [:], span: SourceSpan) {
        self.path = path
        self.sectionPath = sectionPath
        self.marker = marker
        self.title = title
        self.lead = lead
        self.leadSource = leadSource
        self.leadLabel = leadLabel
        self.coordinating = coordinating
        self.product = product
        self.timeline = timeline
        self.timelineValue = timelineValue
        self.targets = targets
        self.otherFields = otherFields
        self.span = span
    }
}
