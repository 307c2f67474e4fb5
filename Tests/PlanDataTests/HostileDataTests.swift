import Foundation
import PlanData
import PlanlintKit
import PlanlintTestSupport
import PlanRules
import Testing

/// Hostile data files (issue 14) end fast with one positioned issue, never a hang or crash.
@Suite("Data files: hostile input")
struct HostileDataTests {
    static let reliability = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/reliability").path
    static var haveReproducers: Bool { FileManager.default.fileExists(atPath: reliability + "/hang-09-yaml-alias-bomb-keys.yaml") }

    /// The classic bomb shape: nine lists, each nine aliases of the previous one.
    static func bomb(asKeys: Bool) -> String {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let items = Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ")
            text += asKeys ? "? &a\(i) [\(items)]\n: \(i)\n" : "a\(i): &a\(i) [\(items)]\n"
        }
        return text
    }

    @Test func aliasBombAsKeysIsRefusedBeforeYams() throws {
        let start = Date()
        var issue: RuleFileIssue?
        do { _ = try YAMLDocument.parse(Self.bomb(asKeys: true), file: "b.yaml") } catch { issue = error }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(issue?.line == 2 && issue?.column == 1, "\(issue?.description ?? "no issue")")
        #expect(issue?.messageEn.contains("complex keys") == true)
    }

    @Test func aliasBombAsValuesStopsAtTheExpansionLimit() throws {
        let start = Date()
        var issue: RuleFileIssue?
        do { _ = try YAMLDocument.parse(Self.bomb(asKeys: false), file: "b.yaml") } catch { issue = error }
        #expect(Date().timeIntervalSince(start) < 5)
        // The first list whose aliases reach back far enough to pass the limit.
        #expect(issue?.line == 6 && issue?.column == 5, "\(issue?.description ?? "no issue")")
        #expect(issue?.messageEn.contains("expands to more than") == true)
    }

    @Test func aliasesOfSmallAnchorsStillWork() throws {
        let text = "a: &v { source: x, confirmed: true }\nb: *v\nc: [*v, *v]\n"
        let root = try YAMLDocument.parse(text, file: "ok.yaml")
        #expect(try root.requireKeys("t", allowed: ["a", "b", "c"]).count == 3)
    }

    @Test(arguments: ["description: Đúng không ? Có", "title: \"see [1]: here\"", "note: it's [x] fine", "k: '[a]: b'"])
    func plainTextIsNotTakenForAComplexKey(_ line: String) throws {
        _ = try YAMLDocument.parse(line + "\n", file: "ok.yaml")
    }

    @Test(.enabled(if: haveReproducers, "../shared/reliability is not present"))
    func aliasBombRuleFileReproducer() throws {
        let path = Self.reliability + "/hang-09-yaml-alias-bomb-keys.yaml"
        let start = Date()
        var issue: RuleFileIssue?
        do { _ = try RulePackLoader.load(file: path) } catch { issue = error }
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(issue?.file == path && issue?.line == 2 && issue?.column == 15, "\(issue?.description ?? "no issue")")
    }

    @Test(.enabled(if: haveReproducers, "../shared/reliability is not present"))
    func aliasBombAsDiscoveredConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-cfg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/" + Configuration.fileName
        try FileManager.default.copyItem(atPath: Self.reliability + "/hang-09-yaml-alias-bomb-keys.yaml", toPath: config)
        #expect(Configuration.discover(for: folder + "/plan.txt") == config)
        var issue: RuleFileIssue?
        do { _ = try Configuration.load(file: config) } catch { issue = error }
        #expect(issue?.file == config && issue?.line == 2 && issue?.column == 15, "\(issue?.description ?? "no issue")")
    }

    @Test(.enabled(if: haveReproducers, "../shared/reliability is not present"))
    func surrogateBaselineReproducer() throws {
        var failure: BaselineError?
        do { _ = try Baseline.load(path: Self.reliability + "/crash-03-baseline-surrogate.json") } catch { failure = error }
        #expect(failure?.line == 1 && failure?.column == 4, "\(failure?.description ?? "no error")")
        #expect(failure?.messageEn.contains("JSON syntax") == true)
    }

    @Test(arguments: ["\"\\uD800\\u0041\"", "\"\\uDC00\"", "{\"version\": 1, \"entries\": [], \"x\": \"\\uD83D\"}", "[" , "", "\u{FEFF}{}"])
    func brokenBaselineTextsGivePositions(_ text: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-b-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var failure: BaselineError?
        do { _ = try Baseline.load(path: path) } catch { failure = error }
        #expect(failure?.line != nil && failure?.column != nil, "\(text): \(failure?.description ?? "accepted")")
    }

    @Test func aFolderOrFifoIsNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-dir-\(UUID().uuidString).yaml").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: RuleFileIssue.self) { _ = try DataFile.read(folder) }
        let fifo = folder + "/f.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: RuleFileIssue.self) { _ = try DataFile.read(fifo) }
    }
}
