/// Picks the obligations of a master pack that a unit owes: those it leads or coordinates by
/// name, and those addressed to its kind ("các sở, ban, ngành" owe the Sở Tư pháp's share).
public enum ObligationSelector {
    /// The obligations `unit` owes, in pack order; leading wins when a unit is named both ways.
    public static func obligations(for unit: UnitEntry, in pack: MasterPack) -> [OwedObligation] {
        pack.obligations.compactMap { obligation in
            if let via = reference(to: unit, in: obligation.lead) {
                return OwedObligation(obligation: obligation, role: .lead, via: via)
            }
            if let via = reference(to: unit, in: obligation.coordinating) {
                return OwedObligation(obligation: obligation, role: .coordinating, via: via)
            }
            return nil
        }
    }

    /// The entry of `refs` that names `unit`: its id first, else a selector covering its kind.
    public static func reference(to unit: UnitEntry, in refs: [UnitRef]) -> UnitRef? {
        if let byID = refs.first(where: { $0 == .unit(unit.id) }) { return byID }
        return refs.first { ref in
            if case .kind(let selector) = ref { return selector.includes(unit.kind) }
            return false
        }
    }
}
