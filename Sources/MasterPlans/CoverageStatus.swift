/// How well a plan delivers one obligation of its master plan.
public enum CoverageStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// A task delivers it, with a product and a deadline no later than the master's.
    case covered
    /// A task delivers it, but its deadline is after the master's.
    case late
    /// A task delivers it, but lacks a product or a dated timeline.
    case partial
    /// No task delivers it.
    case missing
}
