import PlanModel

/// One document taking another's place, merged from both sides of the catalogue
/// (the old entry's `replaced_by` and the new entry's `ends`).
public struct LegalSuccession: Hashable, Sendable {
    /// Symbol of the document that takes over.
    public var successor: String
    /// The day the successor took over; nil when the catalogue does not know.
    public var effective: CivilDate?
    /// False for a probable replacement the catalogue could not confirm.
    public var confirmed: Bool
    /// The catalogue entry whose `source` states the fact.
    public var source: String

    public init(successor: String, effective: CivilDate?, confirmed: Bool, source: String) {
        self.successor = successor
        self.effective = effective
        self.confirmed = confirmed
        self.source = source
    }
}
