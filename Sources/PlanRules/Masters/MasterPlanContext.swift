import BuiltinContent
import Foundation
import MasterPlans
import PlanModel
import Yams

/// A master-plan pack with its unit registry, and (per plan) the unit the plan belongs to.
public struct MasterPlanContext: Sendable {
    public var pack: MasterPack
    public var registry: UnitRegistry
    public var resolver: UnitResolver
    /// The pack file, for messages.
    public var file: String
    /// The plan's own unit: configured (`unit:`), else identified from the header.
    public var unit: UnitEntry?

    /// Loads a pack and the registry it names (`rules/units/<registry>.yaml`, found beside
    /// the pack's `masters/` folder).
    public static func load(packPath: String) throws(RuleFileIssue) -> MasterPlanContext {
        let pack: MasterPack = try decode(packPath)
        let base = URL(fileURLWithPath: packPath).deletingLastPathComponent()  // masters/<province>
            .deletingLastPathComponent().deletingLastPathComponent()         // rules
        let registryPath = base.appendingPathComponent("units/\(pack.registryID).yaml").path
        let registry: UnitRegistry = try decode(registryPath)
        return MasterPlanContext(pack: pack, registry: registry, resolver: UnitResolver(registry: registry), file: packPath, unit: nil)
    }

    static func decode<T: Decodable>(_ path: String) throws(RuleFileIssue) -> T {
        guard let data = ContentSource.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "cannot read \(path)")
        }
        _ = try YAMLDocument.parse(text, file: path)  // syntax errors with positions
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "missing key '\(key.stringValue)' at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx), let DecodingError.dataCorrupted(ctx) {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "\(ctx.debugDescription) at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw RuleFileIssue(file: path, line: 1, column: 1, message: "\(error)")
        }
    }

    /// This context for one plan: the configured unit id, else the unit named in its header.
    public func forPlan(_ plan: Plan, unitID: String?) -> MasterPlanContext {
        var c = self
        if let id = unitID {
            c.unit = registry.units.first { $0.id == id }
        } else if let issuer = plan.header.issuer?.value {
            c.unit = resolver.resolveIssuer(issuer, parent: plan.header.parentIssuer?.value).unit
        } else {
            c.unit = nil
        }
        return c
    }
}
