import Foundation
import PlanModel
import PlanParser
import PlanReaders

/// Runs every rule's examples: an invalid example must trigger its rule, a valid one must
/// not. Each example also runs mutated — NFD, CRLF with a BOM, and (for task and section
/// rules) after an extra line of multi-byte Vietnamese text — and must give the same
/// findings at the same (shifted) places, which catches column arithmetic bugs.
public enum ExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleId: String
        public var example: SourceSpan
        public var reason: String
        public var description: String { "\(example.file):\(example.start.line):\(example.start.column): \(ruleId): \(reason)" }
    }

    public struct Summary: Sendable {
        public var rules = 0
        public var examples = 0
        public var failures: [Failure] = []
    }

    /// Parses example text the way a plan file is parsed.
    public typealias Parse = @Sendable (SourceText) -> Plan

    public static func run(_ rules: [Rule], parse: Parse) -> Summary {
        var summary = Summary()
        for rule in rules {
            summary.rules += 1
            for (examples, shouldFire) in [(rule.examples.invalid, true), (rule.examples.valid, false)] {
                for ex in examples {
                    summary.examples += 1
                    if let reason = check(rule, ex, shouldFire: shouldFire, parse: parse) {
                        summary.failures.append(Failure(ruleId: rule.id, example: ex.span, reason: reason))
                    }
                }
            }
            if rule.examples.invalid.isEmpty {
                summary.failures.append(Failure(ruleId: rule.id, example: rule.span, reason: "the rule has no invalid example"))
            }
        }
        return summary
    }

    static func findings(_ rule: Rule, _ text: String, _ ex: RuleExamples.Example, parse: Parse) -> [Finding] {
        let bytes = Array(text.utf8)
        guard let source = try? TextReader.read(bytes: bytes, displayPath: "example", kind: .text) else { return [] }
        let plan = parse(source)
        var options = EvaluationOptions(mode: ex.mode)
        if let path = ex.master, let context = try? MasterPlanContext.load(packPath: path) {
            options.master = try? context.forPlan(plan, unitID: ex.unit)
        }
        return RuleEvaluator.evaluate(plan, rules: [rule], options: options)
    }

    /// Removes "↓" markers, returning the text and the positions they marked.
    static func markers(_ text: String) -> (String, [SourcePosition]) {
        var out = ""
        var marks: [SourcePosition] = []
        var line = 1, column = 1
        for ch in text {
            if ch == "↓" { marks.append(SourcePosition(line: line, column: column)); continue }
            out.append(ch)
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (out, marks)
    }

    static func check(_ rule: Rule, _ raw: RuleExamples.Example, shouldFire: Bool, parse: Parse) -> String? {
        var ex = raw
        let (text, marks) = markers(raw.text)
        ex.text = text
        let base = findings(rule, ex.text, ex, parse: parse)
        if shouldFire && base.isEmpty { return "invalid example did not trigger the rule" }
        if !marks.isEmpty {
            let got = Set(base.compactMap { $0.span?.start })
            let want = Set(marks)
            if got != want {
                let fmt: (Set<SourcePosition>) -> String = { $0.sorted().map { "\($0.line):\($0.column)" }.joined(separator: ", ") }
                return "findings at \(fmt(got)) but ↓ marks \(fmt(want)) (example lines)"
            }
        }
        if !shouldFire && !base.isEmpty {
            return "valid example triggered the rule: \(base[0].message) (line \(base[0].span?.start.line ?? 0) of the example)"
        }
        let positions = base.map { $0.span?.start }
        let nfd = findings(rule, ex.text.decomposedStringWithCanonicalMapping, ex, parse: parse)
        if nfd.map({ $0.span?.start }) != positions { return "in NFD the findings differ: \(nfd.count) vs \(base.count), or moved" }
        let crlf = findings(rule, "\u{FEFF}" + ex.text.replacingOccurrences(of: "\n", with: "\r\n"), ex, parse: parse)
        if crlf.map({ $0.span?.start }) != positions { return "with CRLF and a BOM the findings differ" }
        if rule.scope == .task || rule.scope == .section {
            let prefixed = findings(rule, "Ghi chú: văn bản thử nghiệm có dấu tiếng Việt.\n\n" + ex.text, ex, parse: parse)
            let shifted = positions.map { $0.map { SourcePosition(line: $0.line + 2, column: $0.column) } }
            if prefixed.map({ $0.span?.start }) != shifted { return "after a multi-byte first line the findings differ or moved wrongly" }
        }
        return nil
    }
}
