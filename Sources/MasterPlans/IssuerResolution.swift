/// The unit that issued a plan, as read from its header, or the closest known names.
public struct IssuerResolution: Sendable, Hashable {
    /// The issuing unit, when the header names a registry unit.
    public var unit: UnitEntry?
    /// Nearest known names when it does not (empty when `unit` is set).
    public var closest: [UnitSuggestion]

    public init(unit: UnitEntry?, closest: [UnitSuggestion] = []) {
        self.unit = unit
        self.closest = closest
    }
}
