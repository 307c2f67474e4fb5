import BuiltinContent
import Foundation
import MasterPlans
import PlanModel

/// A master-plan pack with its unit registry, and (per plan) the unit the plan belongs to.
public struct MasterPlanContext: Sendable {
    public var pack: MasterPack
    public var registry: UnitRegistry
    public var resolver: UnitResolver
    /// The pack file, for messages.
    public var file: String
    /// The registry file the pack's unit ids refer to.
    public var registryFile: String = ""
    /// The plan's own unit: configured (`unit:`), else identified from the header.
    public var unit: UnitEntry?

    public init(pack: MasterPack, registry: UnitRegistry, resolver: UnitResolver, file: String,
                registryFile: String = "", unit: UnitEntry? = nil) {
        self.pack = pack
        self.registry = registry
        self.resolver = resolver
        self.file = file
        self.registryFile = registryFile
        self.unit = unit
    }

    /// Loads a pack and the registry it names (`rules/units/<registry>.yaml`, found beside
    /// the pack's `masters/` folder). Both are decoded strictly: an unknown key, a wrong
    /// type or a missing key is an issue at its line and column.
    public static func load(packPath: String) throws(RuleFileIssue) -> MasterPlanContext {
        let pack = try DataFile.load(MasterPack.self, from: packPath)
        let base = URL(fileURLWithPath: packPath).deletingLastPathComponent()  // masters/<province>
            .deletingLastPathComponent().deletingLastPathComponent()         // rules
        let registryPath = base.appendingPathComponent("units/\(pack.registryID).yaml").path
        let registry = try DataFile.load(UnitRegistry.self, from: registryPath)
        return MasterPlanContext(pack: pack, registry: registry, resolver: UnitResolver(registry: registry),
                                 file: packPath, registryFile: registryPath)
    }

    /// The registry's unit with this id, or an error naming the closest ids.
    /// - Parameter span: where the id was written, when it comes from a file.
    public func unit(id: String, writtenAt span: SourceSpan? = nil) throws(UnknownUnitError) -> UnitEntry {
        if let unit = registry.unit(id: id) { return unit }
        let ids = registry.units.map(\.id)
        let limit = max(2, id.count / 3)
        var closest = ids.map { ($0, Suggestion.distance(id.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
        if closest.isEmpty { closest = resolver.closestNames(to: id).map(\.unit.id) }  // a name given for an id
        throw UnknownUnitError(unitID: id, registryFile: registryFile.isEmpty ? file : registryFile, closest: closest, span: span)
    }

    /// This context for one plan: the configured unit id (which must exist), else the unit
    /// named in its header.
    public func forPlan(_ plan: Plan, unitID: String?, writtenAt span: SourceSpan? = nil) throws(UnknownUnitError) -> MasterPlanContext {
        var c = self
        if let id = unitID {
            c.unit = try unit(id: id, writtenAt: span)
        } else if let issuer = plan.header.issuer?.value {
            c.unit = resolver.resolveIssuer(issuer, parent: plan.header.parentIssuer?.value).unit
        } else {
            c.unit = nil
        }
        return c
    }
}
