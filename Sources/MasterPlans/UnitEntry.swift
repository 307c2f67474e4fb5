import PlanModel

/// One agency of a province's registry: its canonical name, kind, place in the hierarchy and
/// the other names plans use for it.
public struct UnitEntry: Sendable, Hashable, Decodable, Identifiable {
    public var id: String
    /// Canonical name (NFC).
    public var name: String
    public var kind: UnitKind
    /// Id of the unit this one belongs to.
    public var parent: String?
    /// For a generic role: the kind of unit each of which has one.
    public var parentKind: UnitKind?
    /// True for a role that exists in every unit of `parentKind` (Văn phòng Sở), not one body.
    public var generic: Bool
    /// Other full names plans write for the unit.
    public var aliases: [String]
    /// Short forms ("Sở TT&TT", "VPUB").
    public var abbreviations: [String]
    /// When the unit existed; nil when no change is recorded.
    public var validity: Validity?
    public var note: String?
    /// Where the unit is named.
    public var source: String?

    public init(id: String, name: String, kind: UnitKind, parent: String? = nil, parentKind: UnitKind? = nil,
                generic: Bool = false, aliases: [String] = [], abbreviations: [String] = [],
                validity: Validity? = nil, note: String? = nil, source: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.parentKind = parentKind
        self.generic = generic
        self.aliases = aliases
        self.abbreviations = abbreviations
        self.validity = validity
        self.note = note
        self.source = source
    }

    /// The canonical name followed by every alias and abbreviation.
    public var allNames: [String] { [name] + aliases + abbreviations }

    /// Whether the unit existed on `date` (true when no validity is recorded).
    public func exists(on date: CivilDate) -> Bool { validity?.contains(date) ?? true }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, parent, generic, aliases, abbreviations, validity, note, source
        case parentKind = "parent_kind"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(UnitKind.self, forKey: .kind)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        parentKind = try c.decodeIfPresent(UnitKind.self, forKey: .parentKind)
        generic = try c.decodeIfPresent(Bool.self, forKey: .generic) ?? false
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        abbreviations = try c.decodeIfPresent([String].self, forKey: .abbreviations) ?? []
        validity = try c.decodeIfPresent(Validity.self, forKey: .validity)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        source = try c.decodeIfPresent(String.self, forKey: .source)
    }
}
