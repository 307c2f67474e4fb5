import Foundation
import PlanModel
import Testing
import Timelines

/// Every "- Thời gian…" line of the two clean Quảng Ngãi plans must be understood.
@Suite("Timelines in the corpus plans")
struct TimelineCorpusTests {
    /// `../shared/corpus` from the package root (three levels above this file).
    static let corpusDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static var corpusPresent: Bool {
        FileManager.default.fileExists(atPath: corpusDirectory.appendingPathComponent("qng-vpubnd-cchc-2023-draft.txt").path)
    }

    /// The plans, their year, whether PDF extraction wrapped values, and how many tasks
    /// the corpus README counts (every task has a timeline).
    static let plans: [(file: String, year: Int, wrapped: Bool, tasks: Int)] = [
        ("qng-vpubnd-cchc-2022.txt", 2022, true, 26),
        ("qng-vpubnd-cchc-2023-draft.txt", 2023, false, 34),
    ]

    @Test(.enabled(if: corpusPresent, "corpus ../shared/corpus is absent"))
    func noCorpusTimelineIsUnparsed() throws {
        var total = 0
        var unparsed: [String] = []
        for plan in Self.plans {
            let text = try String(contentsOf: Self.corpusDirectory.appendingPathComponent(plan.file), encoding: .utf8)
            let timelines = Self.timelines(in: text, joinWrapped: plan.wrapped)
            #expect(timelines.count == plan.tasks, "\(plan.file)")
            for timeline in timelines {
                let value = TimelineParser.parse(timeline, planYear: plan.year)
                if value.kind == .unparsed { unparsed.append("\(plan.file): \(timeline)") }
            }
            total += timelines.count
        }
        print("Corpus timelines: \(total), unparsed: \(unparsed.count)")
        #expect(unparsed.isEmpty, "\(unparsed.joined(separator: "\n"))")
    }

    @Test(.enabled(if: corpusPresent, "corpus ../shared/corpus is absent"))
    func wrappedValuesAreJoined() throws {
        let text = try String(contentsOf: Self.corpusDirectory.appendingPathComponent("qng-vpubnd-cchc-2022.txt"),
                              encoding: .utf8)
        let conditional = Self.timelines(in: text, joinWrapped: true)
            .map { TimelineParser.parse($0, planYear: 2022) }
            .filter { $0.kind == .conditional }
        // The one conditional timeline wraps its condition over two lines.
        #expect(conditional.count == 1)
        #expect(conditional.first?.condition?.hasSuffix("hướng dẫn") == true)
        #expect(conditional.first?.periods.count == 1)
    }

    /// The values of lines starting with "- Thời gian" (any label: "Thời gian thực hiện").
    ///
    /// With `joinWrapped`, a value not ending in "." or ";" continues on the next non-blank
    /// line (PDF extraction puts a blank line after every line and wraps sentences), up to
    /// a line that starts a new item.
    static func timelines(in text: String, joinWrapped: Bool) -> [String] {
        let lines = text.precomposedStringWithCanonicalMapping
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var values: [String] = []
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i]
            guard line.hasPrefix("-") else { continue }
            let label = line.dropFirst().drop(while: { $0 == " " })
            guard label.hasPrefix("Thời gian"), let colon = label.firstIndex(of: ":") else { continue }
            var value = label[label.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            var next = i + 1
            var joins = 0
            while joinWrapped, joins < 5, !(value.hasSuffix(".") || value.hasSuffix(";")), next < lines.count {
                let candidate = lines[next]
                next += 1
                if candidate.isEmpty { continue }
                if startsNewItem(candidate) { break }
                value += " " + candidate
                joins += 1
            }
            values.append(value)
        }
        return values
    }

    /// "- …", "+ …", "b) …", "2. …": the start of another field or item, not a wrapped value.
    private static func startsNewItem(_ line: String) -> Bool {
        if line.hasPrefix("-") || line.hasPrefix("+") { return true }
        let head = line.prefix(4)
        if let paren = head.firstIndex(of: ")"), paren > head.startIndex { return true }
        if let first = line.first, first.isNumber, line.prefix(3).contains(".") { return true }
        return false
    }
}
