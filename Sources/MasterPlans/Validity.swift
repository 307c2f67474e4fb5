import PlanModel

/// The days between which a unit (or a whole kind of unit) existed, with the document that
/// says so.
public struct Validity: Sendable, Hashable, Decodable {
    /// First day the unit existed, when known.
    public var validFrom: CivilDate?
    /// Last day the unit existed.
    public var validUntil: CivilDate?
    /// The document that made the change and where it was read.
    public var source: String
    /// False when the change or its date was not confirmed from a document; checks then
    /// report at a lower severity.
    public var confirmed: Bool
    public var note: String?

    public init(validFrom: CivilDate? = nil, validUntil: CivilDate? = nil, source: String,
                confirmed: Bool, note: String? = nil) {
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.source = source
        self.confirmed = confirmed
        self.note = note
    }

    /// Whether the unit existed on `date`.
    public func contains(_ date: CivilDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validUntil, date > validUntil { return false }
        return true
    }

    private enum CodingKeys: String, CodingKey {
        case source, confirmed, note
        case validFrom = "valid_from"
        case validUntil = "valid_until"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        validFrom = try c.decodeISODateIfPresent(forKey: .validFrom)
        validUntil = try c.decodeISODateIfPresent(forKey: .validUntil)
        source = try c.decode(String.self, forKey: .source)
        confirmed = try c.decode(Bool.self, forKey: .confirmed)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
