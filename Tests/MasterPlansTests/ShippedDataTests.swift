import Foundation
import Testing
import Yams
@testable import MasterPlans
import PlanModel

/// Every shipped pack and registry loads, validates against its schema and is consistent.
@Suite("Shipped packs and registries")
struct ShippedDataTests {
    static let packs = Repo.packFiles.map(Repo.relative)
    static let registries = Repo.registryFiles.map(Repo.relative)

    @Test("the expected packs and registries are shipped")
    func shipped() {
        #expect(Self.packs.contains("rules/masters/quang-tri/2022.yaml"))
        #expect(Self.packs.contains("rules/masters/quang-ngai/2022.yaml"))
        #expect(Self.packs.contains("rules/masters/quang-ngai/2023.yaml"))
        #expect(Self.registries.contains("rules/units/quang-tri.yaml"))
        #expect(Self.registries.contains("rules/units/quang-ngai.yaml"))
    }

    @Test("pack decodes and is consistent with its registry", arguments: packs)
    func packIsConsistent(path: String) throws {
        let pack = try Repo.decode(MasterPack.self, path)
        #expect(pack.version == 1)
        #expect(path.hasSuffix("/\(pack.province)/\(pack.year).yaml"), "file name must be <province>/<year>.yaml")
        let registry = try Repo.registry(pack.registryID)
        let areaIDs = Set(pack.areas.map(\.id))
        #expect(areaIDs.count == pack.areas.count, "area ids are unique")
        var seen: Set<String> = []
        for o in pack.obligations {
            #expect(seen.insert(o.id).inserted, "duplicate obligation id \(o.id)")
            #expect(areaIDs.contains(o.area), "\(o.id): unknown area \(o.area)")
            #expect(!o.lead.isEmpty || o.uncertain.contains(.lead), "\(o.id): no lead")
            for ref in o.lead + o.coordinating {
                if case .unit(let id) = ref { #expect(registry.unit(id: id) != nil, "\(o.id): unknown unit \(id)") }
            }
            if o.confidence < .high { #expect(o.note != nil, "\(o.id): \(o.confidence) confidence needs a note") }
            if !o.uncertain.isEmpty { #expect(o.confidence < .high, "\(o.id): uncertain cells but high confidence") }
            if o.mandatedEarlyPlan { #expect(o.deadline != nil, "\(o.id): a mandated early plan needs a deadline") }
        }
    }

    @Test("every deadline of a pack reads with the timeline grammar", arguments: packs)
    func deadlinesParse(path: String) throws {
        let pack = try Repo.decode(MasterPack.self, path)
        for o in pack.obligations {
            guard let value = o.deadlineValue(planYear: pack.year) else { continue }
            #expect(value.kind != .unparsed, "\(o.id): \"\(o.deadline ?? "")\" is not understood")
            if o.mandatedEarlyPlan { #expect(value.latestEnd != nil, "\(o.id): an early plan's deadline must be a date") }
        }
    }

    @Test("registry decodes; ids are unique and never a kind selector", arguments: registries)
    func registryIsConsistent(path: String) throws {
        let registry = try Repo.decode(UnitRegistry.self, path)
        #expect(path.hasSuffix("/\(registry.province).yaml"))
        let selectors = Set(KindSelector.allCases.map(\.rawValue))
        var ids: Set<String> = []
        for unit in registry.units {
            #expect(ids.insert(unit.id).inserted, "duplicate unit id \(unit.id)")
            #expect(!selectors.contains(unit.id), "\(unit.id) would be read as a kind selector")
            if let parent = unit.parent { #expect(registry.unit(id: parent) != nil, "\(unit.id): unknown parent \(parent)") }
            if unit.generic { #expect(unit.parentKind != nil, "\(unit.id): a generic unit needs parent_kind") }
            if let v = unit.validity, let from = v.validFrom, let until = v.validUntil { #expect(from <= until) }
        }
    }

    @Test("no two units of a registry share a name after folding", arguments: registries)
    func namesAreUnambiguous(path: String) throws {
        let registry = try Repo.decode(UnitRegistry.self, path)
        var owner: [String: String] = [:]
        for unit in registry.units {
            for name in Set(unit.allNames.map(FoldedTokenizer.normalized)) {
                if let other = owner[name] { Issue.record("\"\(name)\" names both \(other) and \(unit.id)") }
                owner[name] = unit.id
            }
        }
    }

    @Test("file validates against its JSON Schema", .enabled(if: Repo.hasPythonJSONSchema, "python3 with jsonschema and yaml is not installed"),
          arguments: packs + registries)
    func schemaValidation(path: String) throws {
        let schema = path.hasPrefix("rules/units/") ? "schemas/units.schema.json" : "schemas/master-pack.schema.json"
        let script = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        data = yaml.safe_load(open(sys.argv[2]))
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: e.json_path)
        for e in errors: print(e.json_path, e.message)
        sys.exit(1 if errors else 0)
        """
        let result = try Repo.runPython(["-c", script, Repo.root.appendingPathComponent(schema).path,
                                         Repo.root.appendingPathComponent(path).path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the schemas reject a pack that breaks the rules", .enabled(if: Repo.hasPythonJSONSchema, "python3 with jsonschema and yaml is not installed"),
          arguments: [
            "obligations: [{id: PL.I.1, title: t, area: a, lead: [so-noi-vu], source: s, confidence: low}]",
            "obligations: [{id: I.1, title: t, area: a, lead: [so-noi-vu], source: s}]",
            "obligations: [{id: PL.I.1, title: t, area: a, lead: [Sở Nội vụ], source: s}]",
            "obligations: [{id: PL.I.1, title: t, area: a, lead: [so-noi-vu]}]",
            "obligations: [{id: PL.I.1, title: t, area: a, lead: [so-noi-vu], source: s, colour: red}]",
          ])
    func schemaRejects(obligations: String) throws {
        let document = """
        version: 1
        province: x
        year: 2022
        master: {type: Kế hoạch, title: t}
        areas: [{id: a, title: A, source: s}]
        \(obligations)
        """
        let script = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(sys.argv[2])))
        sys.exit(1 if errors else 0)
        """
        let result = try Repo.runPython(["-c", script, Repo.root.appendingPathComponent("schemas/master-pack.schema.json").path, document])
        #expect(result.status == 1, "the schema accepted: \(obligations)")
    }
}

/// Facts about the Quảng Trị 2022 pack that the issue asks for.
@Suite("Quảng Trị 2022 pack")
struct QuangTriPackTests {
    let pack: MasterPack
    let registry: UnitRegistry

    init() throws {
        pack = try Repo.pack("quang-tri", 2022)
        registry = try Repo.registry("quang-tri")
    }

    @Test("every obligation names its source row or section")
    func sources() {
        #expect(pack.obligations.count == 85)
        for o in pack.obligations {
            let appendix = o.source.hasPrefix("Phụ lục, ") && o.id.hasPrefix("PL.")
            let body = o.source.hasPrefix("Mục ") && o.id.hasPrefix("M.")
            #expect(appendix || body, "\(o.id): source \"\(o.source)\"")
            if appendix {
                // The row in the id is the row in the source ("PL.II.3.a" ↔ "Phụ lục, II.3 …").
                let row = o.id.dropFirst(3).split(separator: ".").prefix(2).joined(separator: ".")
                #expect(o.source.hasPrefix("Phụ lục, \(row)"), "\(o.id): source \(o.source)")
            }
        }
    }

    @Test("all seven areas of Mục II are required and every appendix section has obligations")
    func areas() {
        #expect(pack.areas.map(\.id) == ["chi-dao-dieu-hanh", "the-che", "tthc", "to-chuc-bo-may", "che-do-cong-vu", "tai-chinh-cong", "chinh-phu-so"])
        #expect(pack.areas.allSatisfy { $0.required })
        for area in pack.areas { #expect(pack.obligations.contains { $0.area == area.id }, "\(area.id) has no obligation") }
    }

    @Test("unreadable cells are marked, not filled in")
    func unreadable() throws {
        #expect(pack.master.number == nil && pack.master.date == nil && pack.master.signer == nil)
        #expect(pack.master.confidence == .low)
        let lowConfidence = pack.obligations.filter { $0.confidence == .low }.map(\.id)
        #expect(lowConfidence == ["PL.I.2", "PL.I.3.a", "PL.I.5.a", "PL.V.5", "PL.V.6", "PL.VI.7", "PL.VII.1"])
        let unreadableDeadline = try #require(pack.obligation(id: "PL.I.5.a"))
        #expect(unreadableDeadline.deadline == nil && unreadableDeadline.uncertain.contains(.deadline))
    }

    @Test("mandated January plans and their deadlines", arguments: [
        ("PL.I.3.b", "Tháng 01/2022"), ("PL.I.3.c", "Tháng 01/2022"), ("PL.II.2.b", "Tháng 01/2022"),
        ("PL.II.3.a", "Trước ngày 15/01/2022"), ("PL.II.4", "Tháng 01/2022"), ("PL.II.5.a", "Trước ngày 30/01/2022"),
        ("PL.III.1.a", "Tháng 01/2022"), ("PL.III.1.b", "Tháng 01/2022"), ("PL.III.1.c", "Tháng 01/2022"),
    ])
    func mandatedPlans(id: String, deadline: String) throws {
        let o = try #require(pack.obligation(id: id))
        #expect(o.mandatedEarlyPlan)
        #expect(o.deadline == deadline)
        #expect(o.deadlineValue(planYear: 2022)?.latestEnd.map { $0 <= Build.date(31, 1, 2022) } == true)
    }

    @Test("the inspection rows carry the 30% quota and the quarter deadline")
    func inspections() throws {
        let agencies = try #require(pack.obligation(id: "PL.I.5.b"))
        #expect(agencies.title.contains("30%"))
        #expect(agencies.deadline == "Trước ngày 30/9/2022" && agencies.deadlineAsWritten == "Hoàn thành trước Quý IV")
        #expect(pack.obligation(id: "PL.III.5")?.deadline == "Quý II, Quý III/2022")
    }

    @Test("owed counts per agency", arguments: [
        ("so-tu-phap", 33, 30), ("so-noi-vu", 44, 22), ("vp-ubnd-tinh", 35, 31), ("ubnd-cam-lo", 30, 35),
        ("bao-quang-tri", 1, 2), ("so-khdt", 26, 36),
    ])
    func owedCounts(unitID: String, lead: Int, coordinating: Int) throws {
        let unit = try #require(registry.unit(id: unitID))
        let owed = ObligationSelector.obligations(for: unit, in: pack)
        #expect(owed.filter { $0.role == .lead }.count == lead)
        #expect(owed.filter { $0.role == .coordinating }.count == coordinating)
    }
}

/// The Quảng Ngãi packs hold only what documents state.
@Suite("Quảng Ngãi packs")
struct QuangNgaiPackTests {
    @Test("master decisions and other years", arguments: [(2022, "2108", "2021-12-23", "1782"), (2023, "1782", "2022-12-21", "2108")])
    func masters(year: Int, number: String, date: String, other: String) throws {
        let pack = try Repo.pack("quang-ngai", year)
        #expect(pack.master.fullSymbol == "\(number)/QĐ-UBND")
        #expect(pack.master.date?.iso == date)
        #expect(pack.otherMasters.map(\.number) == [other])
        #expect(pack.framework.contains { $0.fullSymbol == "768/QĐ-UBND" && $0.date?.iso == "2021-08-26" })
        #expect(pack.obligations.isEmpty, "no document states the Quảng Ngãi obligations")
        #expect(pack.note != nil)
        #expect(pack.areas.count == 7)
        #expect(pack.areas.filter(\.required).count == 6)
    }
}
