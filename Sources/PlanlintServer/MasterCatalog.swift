import Foundation
import MasterPlans
import PlanRules

/// One shipped master pack (rules/masters/<province>/<year>.yaml) with the units it assigns work to.
public struct PackEntry: Sendable {
    /// "quang-ngai/2023": stable, URL-safe, used in links and the database.
    public var id: String
    public var path: String
    public var context: MasterPlanContext
    /// Registry units that owe at least one obligation, in registry order.
    public var assignedUnits: [UnitEntry]

    public var province: String { context.registry.province }
    public var year: Int { context.pack.year }
    public var label: String {
        "\(context.pack.provinceName ?? context.registry.provinceName ?? context.pack.province) — \(context.pack.year)"
    }

    public func unit(_ id: String) -> UnitEntry? { context.registry.units.first { $0.id == id } }

    public func owed(by unit: UnitEntry) -> [OwedObligation] { ObligationSelector.obligations(for: unit, in: context.pack) }
}

/// Every master pack found under a rules folder, loaded once at start.
public struct MasterCatalog: Sendable {
    public var packs: [PackEntry]

    public init(packs: [PackEntry]) { self.packs = packs }

    /// Loads `<rules>/masters/*/*.yaml`; a pack that does not load stops the start with its file and position.
    public static func load(rulesDirectory: String) throws -> MasterCatalog {
        let fm = FileManager.default
        let masters = URL(fileURLWithPath: rulesDirectory).appendingPathComponent("masters")
        var packs: [PackEntry] = []
        let provinces = ((try? fm.contentsOfDirectory(atPath: masters.path)) ?? []).sorted()
        for province in provinces {
            let dir = masters.appendingPathComponent(province)
            let files = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for file in files {
                let path = dir.appendingPathComponent(file).path
                let context = try MasterPlanContext.load(packPath: path)
                let assigned = context.registry.units.filter { !ObligationSelector.obligations(for: $0, in: context.pack).isEmpty }
                packs.append(PackEntry(id: "\(province)/\((file as NSString).deletingPathExtension)", path: path,
                                       context: context, assignedUnits: assigned))
            }
        }
        return MasterCatalog(packs: packs)
    }

    public func pack(_ id: String) -> PackEntry? { packs.first { $0.id == id } }
}
