/// A numbered heading of the plan and what lies under it.
public struct Section: Sendable, Codable, Hashable {
    /// Dotted path of labels from the root, e.g. "II.2".
    public var path: String
    public var marker: NumberingMarker
    /// Heading text after the marker.
    public var title: Located<String>
    /// Nesting depth (1 for top-level parts).
    public var depth: Int
    /// Child sections in document order.
    public var children: [Section]
    /// Indices into `Plan.tasks` of the tasks directly under this section.
    public var taskIndices: [Int]
    /// Targets stated in this section ("Mục tiêu", "Chỉ tiêu", points such as "10,5/10,5 điểm").
    public var targets: [Target]
    public var span: SourceSpan

    public init(path: String, marker: NumberingMarker, title: Located<String>, depth: Int,
                children: [Section] = [], taskIndices: [Int] = [], targets: [Target] = [], span: SourceSpan) {
        self.path = path
        self.marker = marker
        self.title = title
        self.depth = depth
        self.children = children
        self.taskIndices = taskIndices
        self.targets = targets
        self.span = span
    }

    /// This section and all its descendants, depth first.
    public var flattened: [Section] { [self] + children.flatMap(\.flattened) }
}

/// A target or indicator ("Mục tiêu: phấn đấu đạt 4.9 điểm", "Chỉ tiêu cụ thể: … 10,5/10,5 điểm").
public struct Target: Sendable, Codable, Hashable {
    public var text: Located<String>
    /// Points to reach, when stated ("10,5" of "10,5/10,5 điểm").
    public var points: Double?
    /// Maximum points, when stated.
    public var maxPoints: Double?

    public init(text: Located<String>, points: Double? = nil, maxPoints: Double? = nil) {
        self.text = text
        self.points = points
        self.maxPoints = maxPoints
    }
}
