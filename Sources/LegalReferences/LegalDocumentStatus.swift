import PlanModel

/// Whether a catalogued document was in force on a given day.
public enum LegalDocumentStatus: Hashable, Sendable {
    case inForce
    /// Replaced by the succession's document.
    case replaced(LegalSuccession)
    /// Probably replaced, not confirmed: verify before relying on it.
    case replacementUnconfirmed(LegalSuccession)
    /// Ceased to have effect on that day, without a successor.
    case expired(CivilDate)
}
