/// An obligation a given unit owes, with the role and the reference that made it owe it.
public struct OwedObligation: Sendable, Hashable {
    public var obligation: Obligation
    public var role: ObligationRole
    /// The entry of the lead or coordinating list that names the unit (its id or its kind).
    public var via: UnitRef

    public init(obligation: Obligation, role: ObligationRole, via: UnitRef) {
        self.obligation = obligation
        self.role = role
        self.via = via
    }
}
