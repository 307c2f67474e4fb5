import Foundation
import LegalReferences
import MasterPlans
import PlanData
import PlanlintKit
import PlanRules
import Testing

/// Every data file kind reports a misspelt key, a wrong type and a missing key at the exact
/// line and column, in Vietnamese by default and English on request.
@Suite("Data files: problems at file:line:col")
struct DataFileErrorTests {
    /// A temporary file holding `text`; removed by the caller's `defer`.
    static func file(_ text: String, _ ext: String = "yaml") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-data-\(UUID().uuidString).\(ext)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(RuleFileIssue) -> T {
        try StrictDecoder.decode(T.self, from: try YAMLDocument.parse(text, file: "d.yaml"))
    }

    static let pack = """
    version: 1
    province: quang-tri
    year: 2022
    master:
      type: Quyết định
      title: Kế hoạch CCHC
    areas:
      - id: tthc
        title: Cải cách thủ tục hành chính
        source: Mục II.2
    """

    static let registry = """
    version: 1
    province: quang-tri
    units:
      - id: so-tu-phap
        name: Sở Tư pháp
        kind: so
      - id: so-noi-vu
        name: Sở Nội vụ
        kind: so
    """

    static let catalog = """
    version: 1
    documents:
      - symbol: 61/2018/NĐ-CP
        number: 61
        type: Nghị định
        date: 2018-04-23
        source: Điều 38
    """

    // (what, original, replacement, line, column, English fragment)
    @Test(arguments: [
        ("misspelt optional key", "areas:", "areaz:", 7, 1, "unknown key 'areaz' (did you mean 'areas'?)"),
        ("misspelt key in a list item", "    source: Mục II.2", "    sourc: Mục II.2", 10, 5, "unknown key 'sourc' (did you mean 'source'?)"),
        ("wrong type", "year: 2022", "year: [2022]", 3, 7, "'year' must be a whole number, not a list"),
        ("quoted number", "year: 2022", "year: \"2022\"", 3, 7, "'year' must be a whole number"),
        ("missing key", "  title: Kế hoạch CCHC\n", "", 5, 3, "'master' is missing required key 'title'"),
        ("missing key in a list item", "    title: Cải cách thủ tục hành chính\n", "", 8, 5, "'areas[0]' is missing required key 'title'"),
    ])
    func masterPack(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) {
        let text = Self.pack.replacingOccurrences(of: from, with: to)
        #expect(text != Self.pack, "\(what): the mutation must apply")
        let issue = Self.issue { () throws(RuleFileIssue) in _ = try Self.decode(MasterPack.self, text) }
        #expect(issue?.file == "d.yaml")
        #expect(issue?.line == line && issue?.column == column, "\(what): \(issue?.line(english: true) ?? "no issue")")
        #expect(issue?.messageEn.contains(en) == true, "\(what): \(issue?.messageEn ?? "no issue")")
        #expect(issue.map { $0.message != $0.messageEn } == true, "\(what): a Vietnamese message")
    }

    @Test(arguments: [
        ("misspelt key", "    kind: so\n  - id: so-noi-vu", "    kind: so\n    abbreviation: [STP]\n  - id: so-noi-vu", 7, 5,
         "unknown key 'abbreviation' (did you mean 'abbreviations'?)"),
        ("wrong type", "    name: Sở Tư pháp", "    name: [Sở, Tư pháp]", 5, 11, "'units[0].name' must be text, not a list"),
        ("missing key", "    name: Sở Nội vụ\n", "", 7, 5, "'units[1]' is missing required key 'name'"),
        ("unknown enum value", "    kind: so\n  - id: so-noi-vu", "    kind: soo\n  - id: so-noi-vu", 6, 11, "unknown value 'soo' (did you mean 'so'?)"),
    ])
    func unitRegistry(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) {
        let text = Self.registry.replacingOccurrences(of: from, with: to)
        #expect(text != Self.registry, "\(what): the mutation must apply")
        let issue = Self.issue { () throws(RuleFileIssue) in _ = try Self.decode(UnitRegistry.self, text) }
        #expect(issue?.line == line && issue?.column == column, "\(what): \(issue?.line(english: true) ?? "no issue")")
        #expect(issue?.messageEn.contains(en) == true, "\(what): \(issue?.messageEn ?? "no issue")")
    }

    @Test(arguments: [
        ("misspelt key", "    source: Điều 38", "    source: Điều 38\n    replaced_byy: { symbol: x }", 8, 5,
         "unknown key 'replaced_byy' (did you mean 'replaced_by'?)"),
        ("wrong type", "    type: Nghị định", "    type: { vi: Nghị định }", 5, 11, "'documents[0].type' must be text, not a mapping"),
        ("missing key", "\n    source: Điều 38", "", 3, 5, "'documents[0]' is missing required key 'source'"),
        ("bad date", "date: 2018-04-23", "date: 2018-02-30", 6, 11, "'documents[0].date'"),
    ])
    func legalCatalog(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) {
        let text = Self.catalog.replacingOccurrences(of: from, with: to)
        #expect(text != Self.catalog, "\(what): the mutation must apply")
        let issue = Self.issue { () throws(RuleFileIssue) in _ = try Self.decode(LegalCatalog.self, text) }
        #expect(issue?.line == line && issue?.column == column, "\(what): \(issue?.line(english: true) ?? "no issue")")
        #expect(issue?.messageEn.contains(en) == true, "\(what): \(issue?.messageEn ?? "no issue")")
    }

    static let rulePack = """
    version: 1
    pack: test.pack
    rules:
      - id: task.lead-unit.missing
        severity: error
        scope: task
        check: { require: lead }
        message: "{task.path}"
        message_en: "{task.path}"
        description: Why.
    """

    @Test(arguments: [
        ("misspelt key", "    scope: task", "    scop: task", 6, 5, "unknown key 'scop' (did you mean 'scope'?)"),
        ("wrong type", "    description: Why.", "    description: [Why.]", 10, 18, "description must be text"),
        ("missing key", "    message: \"{task.path}\"\n", "", 4, 5, "a rule is missing required key 'message'"),
    ])
    func rulePack(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) {
        let text = (Self.rulePack + "\n").replacingOccurrences(of: from, with: to)
        #expect(text != Self.rulePack + "\n", "\(what): the mutation must apply")
        let issue = Self.issue { () throws(RuleFileIssue) in _ = try RulePackLoader.parse(text, file: "r.yaml") }
        #expect(issue?.file == "r.yaml")
        #expect(issue?.line == line && issue?.column == column, "\(what): \(issue?.line(english: true) ?? "no issue")")
        #expect(issue?.messageEn.contains(en) == true, "\(what): \(issue?.messageEn ?? "no issue")")
    }

    static let config = """
    version: 1
    builtin: true
    unit: so-tu-phap
    rules:
      numbering.gap: error
    """

    @Test(arguments: [
        ("misspelt key", "unit: so-tu-phap", "unitt: so-tu-phap", 3, 1, "unknown key 'unitt' (did you mean 'unit'?)"),
        ("wrong type", "builtin: true", "builtin: [true]", 2, 10, "builtin must be true or false"),
        ("missing value", "numbering.gap: error", "numbering.gap:", 5, 17, "rules.numbering.gap must be off, error, warning or info"),
    ])
    func configuration(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) throws {
        let path = try Self.file(Self.config.replacingOccurrences(of: from, with: to))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let issue = Self.issue { () throws(RuleFileIssue) in _ = try Configuration.load(file: path) }
        #expect(issue?.file == path)
        #expect(issue?.line == line && issue?.column == column, "\(what): \(issue?.line(english: true) ?? "no issue")")
        #expect(issue?.messageEn.contains(en) == true, "\(what): \(issue?.messageEn ?? "no issue")")
    }

    static let baseline = """
    {
      "entries" : [
        {
          "count" : 1,
          "file" : "a.txt",
          "key" : "x",
          "ruleId" : "task.product.missing"
        }
      ],
      "tool" : "planlint",
      "version" : 1
    }
    """

    @Test(arguments: [
        ("misspelt key", "\"ruleId\"", "\"rulId\"", 7, 7, "unknown key 'rulId' (did you mean 'ruleId'?)"),
        ("wrong type", "\"count\" : 1", "\"count\" : \"1\"", 4, 17, "'entries[0].count' must be a whole number, not text"),
        ("missing key", "      \"key\" : \"x\",\n", "", 3, 5, "'entries[0]' is missing required key 'key'"),
        ("bad count", "\"count\" : 1", "\"count\" : 0", 4, 17, "'entries[0].count': must be a positive integer"),
        ("bad version", "\"version\" : 1", "\"version\" : 2", 11, 15, "unsupported baseline version"),
        ("syntax", "\"tool\" : \"planlint\",", "\"tool\" : \"planlint\"", 11, 3, "JSON syntax"),
    ])
    func baselineFile(_ what: String, _ from: String, _ to: String, _ line: Int, _ column: Int, _ en: String) throws {
        let text = Self.baseline.replacingOccurrences(of: from, with: to)
        #expect(text != Self.baseline, "\(what): the mutation must apply")
        let path = try Self.file(text, "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var failure: BaselineError?
        do { _ = try Baseline.load(path: path) } catch { failure = error }
        #expect(failure?.line == line && failure?.column == column, "\(what): \(failure?.line(english: true) ?? "no error")")
        #expect(failure?.messageEn.contains(en) == true, "\(what): \(failure?.messageEn ?? "no error")")
    }

    @Test func validFilesDecode() throws {
        let pack = try Self.decode(MasterPack.self, Self.pack)
        #expect(pack.areas.map(\.id) == ["tthc"])
        let registry = try Self.decode(UnitRegistry.self, Self.registry)
        #expect(registry.units.map(\.kind) == [.so, .so])
        let catalog = try Self.decode(LegalCatalog.self, Self.catalog)
        #expect(catalog.documents.first?.number == "61")
        let path = try Self.file(Self.baseline.replacingOccurrences(of: "  ", with: "\t"), "json")  // tabs are JSON whitespace
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Baseline.load(path: path).entries.map(\.count) == [1])
    }

    /// The issue `body` throws, if any.
    static func issue(_ body: () throws(RuleFileIssue) -> Void) -> RuleFileIssue? {
        do { try body() } catch { return error }
        return nil
    }
}
