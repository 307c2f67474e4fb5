import PlanModel

/// The agencies of one province (rules/units/<province>.yaml).
public struct UnitRegistry: Sendable, Hashable, Decodable {
    /// A whole kind of unit that began or ceased to exist (the district level ended 01/7/2025).
    public struct KindValidity: Sendable, Hashable, Decodable {
        public var kind: UnitKind
        public var validity: Validity

        public init(kind: UnitKind, validity: Validity) {
            self.kind = kind
            self.validity = validity
        }
    }

    public var version: Int
    public var province: String
    public var provinceName: String?
    public var note: String?
    public var sources: [SourceNote]
    /// Whole kinds that began or ceased to exist.
    public var kindValidity: [KindValidity]
    public var units: [UnitEntry]

    public init(version: Int = 1, province: String, provinceName: String? = nil, note: String? = nil,
                sources: [SourceNote] = [], kindValidity: [KindValidity] = [], units: [UnitEntry]) {
        self.version = version
        self.province = province
        self.provinceName = provinceName
        self.note = note
        self.sources = sources
        self.kindValidity = kindValidity
        self.units = units
    }

    /// The unit with this id.
    public func unit(id: String) -> UnitEntry? { units.first { $0.id == id } }

    /// The recorded validity of a whole kind, if any.
    public func validity(of kind: UnitKind) -> Validity? {
        kindValidity.first { $0.kind == kind }?.validity
    }

    /// Whether units of `kind` existed on `date`.
    public func kindExists(_ kind: UnitKind, on date: CivilDate) -> Bool {
        validity(of: kind)?.contains(date) ?? true
    }

    /// The chain of parents of a unit, nearest first (stops at a missing or repeated id).
    public func ancestors(of unit: UnitEntry) -> [UnitEntry] {
        var chain: [UnitEntry] = []
        var seen: Set<String> = [unit.id]
        var next = unit.parent
        while let id = next, !seen.contains(id), let parent = self.unit(id: id) {
            chain.append(parent)
            seen.insert(id)
            next = parent.parent
        }
        return chain
    }

    private enum CodingKeys: String, CodingKey {
        case version, province, note, sources, units
        case provinceName = "province_name"
        case kindValidity = "kind_validity"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        province = try c.decode(String.self, forKey: .province)
        provinceName = try c.decodeIfPresent(String.self, forKey: .provinceName)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        sources = try c.decodeIfPresent([SourceNote].self, forKey: .sources) ?? []
        kindValidity = try c.decodeIfPresent([KindValidity].self, forKey: .kindValidity) ?? []
        units = try c.decode([UnitEntry].self, forKey: .units)
    }
}
