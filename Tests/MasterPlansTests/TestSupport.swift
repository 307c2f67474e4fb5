import Foundation
import Yams
@testable import MasterPlans
import PlanModel

/// Paths and loaders shared by the tests. The repository root is three levels above this
/// file (Tests/MasterPlansTests/TestSupport.swift), resolved through symlinks so that a
/// harness that links the folder still finds rules/ and ../shared/corpus.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var corpus: URL { root.appendingPathComponent("../shared/corpus").standardizedFileURL }
    static var corpusExists: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// YAML files under a folder of the repository, sorted.
    static func yamlFiles(under folder: String) -> [URL] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
    }

    static var packFiles: [URL] { yamlFiles(under: "rules/masters") }
    static var registryFiles: [URL] { yamlFiles(under: "rules/units") }

    /// Paths relative to the repository root, for readable test arguments.
    static func relative(_ url: URL) -> String {
        String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ relativePath: String) throws -> T {
        let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
        return try YAMLDecoder().decode(T.self, from: text)
    }

    static func pack(_ province: String, _ year: Int) throws -> MasterPack {
        try decode(MasterPack.self, "rules/masters/\(province)/\(year).yaml")
    }

    static func registry(_ province: String) throws -> UnitRegistry {
        try decode(UnitRegistry.self, "rules/units/\(province).yaml")
    }

    static func corpusText(_ name: String) throws -> String {
        try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
    }

    /// Whether `python3` with the `jsonschema` and `yaml` modules can run.
    static let hasPythonJSONSchema: Bool = {
        (try? runPython(["-c", "import jsonschema, yaml"]))?.status == 0
    }()

    /// Runs python3 with arguments; returns exit status and combined output.
    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Builders for hand-made plan values.
enum Build {
    static func span(_ line: Int = 1) -> SourceSpan {
        SourceSpan(file: "test.txt", start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 2))
    }

    static func task(_ path: String, _ title: String, product: String? = "Sản phẩm", timeline: String? = "Tháng 01/2022",
                     value: TimelineValue? = nil) -> PlanTask {
        PlanTask(path: path, sectionPath: String(path.split(separator: ".").dropLast().joined(separator: ".")),
                 marker: nil, title: Located(title, span: span()),
                 product: product.map { Located($0, span: span()) },
                 timeline: timeline.map { Located($0, span: span()) }, timelineValue: value, span: span())
    }

    static func obligation(_ id: String, _ title: String, lead: [String] = ["so-ban-nganh"], coordinating: [String] = [],
                           deadline: String? = "Tháng 01/2022", recognise: [String] = [], early: Bool = false,
                           thisPlan: Bool = false) -> Obligation {
        Obligation(id: id, title: title, area: "the-che", lead: lead.map(UnitRef.init),
                   coordinating: coordinating.map(UnitRef.init), deadline: deadline, mandatedEarlyPlan: early,
                   fulfilledByThisPlan: thisPlan, recognise: recognise, source: "Phụ lục, test")
    }

    static func date(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

    /// A tiny deterministic deadline grammar so that matcher tests do not depend on the
    /// Timelines module: "Tháng MM/YYYY", "Quý I..IV/YYYY", "Trước ngày DD/MM/YYYY", "Năm YYYY",
    /// "A; B" (milestones), anything else continuous.
    static let fakeParser: ObligationMatcher.DeadlineParser = { text, year in
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        var periods: [TimelineValue.Period] = []
        for part in parts {
            let numbers = part.split { !$0.isNumber }.compactMap { Int($0) }
            if part.hasPrefix("Tháng"), numbers.count == 2 {
                periods.append(.init(start: CivilDate(year: numbers[1], month: numbers[0], day: 1),
                                     end: CivilDate.endOf(month: numbers[0], year: numbers[1]), text: part))
            } else if part.hasPrefix("Quý"), let y = numbers.last {
                let q = part.contains("IV") ? 4 : part.contains("III") ? 3 : part.contains("II") ? 2 : 1
                periods.append(.init(start: nil, end: CivilDate.endOf(month: q * 3, year: y), text: part))
            } else if part.hasPrefix("Trước ngày"), numbers.count == 3 {
                periods.append(.init(start: nil, end: CivilDate(year: numbers[2], month: numbers[1], day: numbers[0]), text: part))
            } else if part.hasPrefix("Năm"), let y = numbers.first {
                periods.append(.init(start: nil, end: CivilDate(year: y, month: 12, day: 31), text: part))
            }
        }
        if periods.isEmpty { return TimelineValue(kind: .continuous) }
        return TimelineValue(kind: periods.count > 1 ? .multiple : .window, periods: periods)
    }
}
