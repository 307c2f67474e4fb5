/// One province's master plan for one year as data (rules/masters/<province>/<year>.yaml):
/// the decision that issued it, its reform areas and what each agency owes.
///
/// Decode it with any `Decoder` (planlint uses PlanData's strict `StrictDecoder`); the JSON Schema
/// in schemas/master-pack.schema.json describes the same format for editors.
public struct MasterPack: Sendable, Hashable, Decodable {
    public var version: Int
    /// Province id; also the registry used unless `units` names another.
    public var province: String
    public var provinceName: String?
    /// The plan year the master governs.
    public var year: Int
    /// Registry id when it differs from `province`.
    public var units: String?
    /// The decision or plan that issued the master; department plans must cite it.
    public var master: MasterDocument
    /// Documents the master implements.
    public var framework: [MasterDocument]
    /// The province's masters for other years, to name a wrong citation precisely.
    public var otherMasters: [MasterDocument]
    public var areas: [AreaSpec]
    /// What the master assigns; empty when no document states it.
    public var obligations: [Obligation]
    public var note: String?
    public var sources: [SourceNote]

    public init(version: Int = 1, province: String, provinceName: String? = nil, year: Int, units: String? = nil,
                master: MasterDocument, framework: [MasterDocument] = [], otherMasters: [MasterDocument] = [],
                areas: [AreaSpec] = [], obligations: [Obligation] = [], note: String? = nil,
                sources: [SourceNote] = []) {
        self.version = version
        self.province = province
        self.provinceName = provinceName
        self.year = year
        self.units = units
        self.master = master
        self.framework = framework
        self.otherMasters = otherMasters
        self.areas = areas
        self.obligations = obligations
        self.note = note
        self.sources = sources
    }

    /// The registry this pack's unit ids refer to.
    public var registryID: String { units ?? province }

    /// The area with this id.
    public func area(id: String) -> AreaSpec? { areas.first { $0.id == id } }

    /// The obligation with this id.
    public func obligation(id: String) -> Obligation? { obligations.first { $0.id == id } }

    private enum CodingKeys: String, CodingKey {
        case version, province, year, units, master, framework, areas, obligations, note, sources
        case provinceName = "province_name"
        case otherMasters = "other_masters"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        province = try c.decode(String.self, forKey: .province)
        provinceName = try c.decodeIfPresent(String.self, forKey: .provinceName)
        year = try c.decode(Int.self, forKey: .year)
        units = try c.decodeIfPresent(String.self, forKey: .units)
        master = try c.decode(MasterDocument.self, forKey: .master)
        framework = try c.decodeIfPresent([MasterDocument].self, forKey: .framework) ?? []
        otherMasters = try c.decodeIfPresent([MasterDocument].self, forKey: .otherMasters) ?? []
        areas = try c.decodeIfPresent([AreaSpec].self, forKey: .areas) ?? []
        obligations = try c.decodeIfPresent([Obligation].self, forKey: .obligations) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        sources = try c.decodeIfPresent([SourceNote].self, forKey: .sources) ?? []
    }
}
