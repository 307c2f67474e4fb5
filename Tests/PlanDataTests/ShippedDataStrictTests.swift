import Foundation
import LegalReferences
import MasterPlans
import PlanData
import PlanlintTestSupport
import PlanRules
import Testing

/// The shipped data files pass the strict decoder, and a misspelt unit id is an error that
/// names the registry's closest ids.
@Suite("Shipped data, strictly")
struct ShippedDataStrictTests {
    static func yamlFiles(under folder: String) -> [String] {
        let base = RepositoryPaths.file(folder)
        let found = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".yaml") }.sorted().map { base + "/" + $0 }
    }

    @Test func everyMasterPackAndRegistryDecodes() throws {
        let packs = Self.yamlFiles(under: "rules/masters")
        #expect(!packs.isEmpty)
        for path in packs {
            let context = try MasterPlanContext.load(packPath: path)
            #expect(!context.registry.units.isEmpty, "\(path)")
        }
        for path in Self.yamlFiles(under: "rules/units") {
            _ = try DataFile.load(UnitRegistry.self, from: path)
        }
    }

    @Test func theLegalCatalogueDecodesOnceAndIsShared() throws {
        let path = RepositoryPaths.file("rules/legal/catalog.yaml")
        let first = try DataFile.load(LegalCatalog.self, from: path)
        let second = try DataFile.load(LegalCatalog.self, from: path)
        #expect(!first.documents.isEmpty)
        #expect(first.documents == second.documents)
    }

    @Test func aMisspeltUnitIdNamesTheClosest() throws {
        let context = try MasterPlanContext.load(packPath: RepositoryPaths.file("rules/masters/quang-tri/2022.yaml"))
        #expect(throws: UnknownUnitError.self) { _ = try context.unit(id: "so-tu-phapp") }
        do {
            _ = try context.unit(id: "so-tu-phapp")
        } catch {
            #expect(error.closest.first == "so-tu-phap", "\(error)")
            #expect(error.line() .hasPrefix("--unit: không có đơn vị 'so-tu-phapp'"), "\(error)")
            #expect(error.line(english: true).contains("closest: so-tu-phap"), "\(error)")
        }
        #expect(try context.unit(id: "so-tu-phap").id == "so-tu-phap")
    }
}
