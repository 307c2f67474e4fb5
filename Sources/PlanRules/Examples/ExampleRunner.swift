import Foundation
import PlanModel
import PlanParser
import PlanReaders

/// Runs every rule's examples: they are the rule's specification.
///
/// An invalid example must mark with `↓` every place its rule reports, and the rule must
/// report exactly there (a finding about the whole text, without a place, is marked by a
/// `↓` before the first character). A valid example must give no finding of its rule.
/// Each example is then re-run mutated and must give the same findings at the mapped
/// places: NFD, CRLF with a BOM, every line prefixed on the same line with multi-byte
/// Vietnamese text in an HTML comment (columns shift by its length: catches byte-versus-
/// character column bugs), after an extra first line (task and section rules), and, for
/// invalid examples, with a suppression marker for the rule, which must silence it.
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
        /// Examples that failed (an example counts once, whatever went wrong with it).
        public var failedExamples = 0
        /// Every problem: failing examples, and rules without an invalid example.
        public var failures: [Failure] = []
        /// Examples that passed; never negative.
        public var passedExamples: Int { examples - failedExamples }
    }

    /// Parses example text the way a plan file is parsed.
    public typealias Parse = @Sendable (SourceText) -> Plan
    /// Removes the findings the text's own suppression markers silence, as `planlint check` does.
    public typealias Suppress = @Sendable (SourceText, [Finding]) -> [Finding]

    /// Where the parser and the suppression filter come from (PlanlintKit supplies both).
    public struct Pipeline: Sendable {
        public var parse: Parse
        public var suppress: Suppress
        public init(parse: @escaping Parse, suppress: @escaping Suppress) {
            self.parse = parse
            self.suppress = suppress
        }
    }

    /// The multi-byte text the same-line mutation puts before every line. The normaliser
    /// drops HTML comments, so the meaning is unchanged while every column moves right.
    static let sameLinePrefix = "<!-- ghi chú: văn bản thử nghiệm có dấu tiếng Việt -->"

    public static func run(_ rules: [Rule], pipeline: Pipeline) -> Summary {
        var summary = Summary()
        for rule in rules {
            summary.rules += 1
            for (examples, shouldFire) in [(rule.examples.invalid, true), (rule.examples.valid, false)] {
                for ex in examples {
                    summary.examples += 1
                    if let reason = check(rule, ex, shouldFire: shouldFire, pipeline: pipeline) {
                        summary.failedExamples += 1
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

    static func findings(_ rule: Rule, _ text: String, _ ex: RuleExamples.Example, pipeline: Pipeline) -> [Finding] {
        let bytes = Array(text.utf8)
        guard let source = try? TextReader.read(bytes: bytes, displayPath: "example", kind: .text) else { return [] }
        let plan = pipeline.parse(source)
        var options = EvaluationOptions(mode: ex.mode)
        if let path = ex.master, let context = try? MasterPlanContext.load(packPath: path) {
            options.master = try? context.forPlan(plan, unitID: ex.unit)
        }
        return pipeline.suppress(source, RuleEvaluator.evaluate(plan, rules: [rule], options: options))
    }

    /// The place a finding is compared at: its start, or 1:1 for a finding without a place.
    static func place(_ f: Finding) -> SourcePosition { f.span?.start ?? SourcePosition(line: 1, column: 1) }

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

    static func format(_ places: [SourcePosition]) -> String {
        Set(places).sorted().map { "\($0.line):\($0.column)" }.joined(separator: ", ")
    }

    static func check(_ rule: Rule, _ raw: RuleExamples.Example, shouldFire: Bool, pipeline: Pipeline) -> String? {
        if let docx = raw.docx { return checkWord(rule, raw, docx, shouldFire: shouldFire, pipeline: pipeline) }
        var ex = raw
        let (text, marks) = markers(raw.text)
        ex.text = text
        let base = findings(rule, ex.text, ex, pipeline: pipeline)
        if shouldFire && base.isEmpty { return "invalid example did not trigger the rule" }
        if !shouldFire && !marks.isEmpty { return "a valid example must not carry ↓ markers" }
        if !shouldFire && !base.isEmpty {
            return "valid example triggered the rule: \(base[0].message) (line \(base[0].span?.start.line ?? 0) of the example)"
        }
        if shouldFire {
            let got = base.map(place)
            if marks.isEmpty { return "an invalid example must mark each finding with ↓; the rule reports at \(format(got)) (example lines)" }
            if Set(got) != Set(marks) { return "findings at \(format(got)) but ↓ marks \(format(marks)) (example lines)" }
        }
        let positions = base.map { $0.span?.start }
        let nfd = findings(rule, ex.text.decomposedStringWithCanonicalMapping, ex, pipeline: pipeline)
        if nfd.map({ $0.span?.start }) != positions { return "in NFD the findings differ: \(nfd.count) vs \(base.count), or moved" }
        let crlf = findings(rule, "\u{FEFF}" + ex.text.replacingOccurrences(of: "\n", with: "\r\n"), ex, pipeline: pipeline)
        if crlf.map({ $0.span?.start }) != positions { return "with CRLF and a BOM the findings differ" }
        if let reason = sameLinePrefixed(rule, ex, positions, pipeline) { return reason }
        if rule.scope == .task || rule.scope == .section {
            let prefixed = findings(rule, "Ghi chú: văn bản thử nghiệm có dấu tiếng Việt.\n\n" + ex.text, ex, pipeline: pipeline)
            let shifted = positions.map { $0.map { SourcePosition(line: $0.line + 2, column: $0.column) } }
            if prefixed.map({ $0.span?.start }) != shifted { return "after a multi-byte first line the findings differ or moved wrongly" }
        }
        if shouldFire, let reason = suppressed(rule, ex, base, pipeline) { return reason }
        return nil
    }

    /// A Word example: read as `planlint check` reads it, the rule reports exactly at `at`.
    /// (Text mutations do not apply to a Word file.)
    static func checkWord(_ rule: Rule, _ ex: RuleExamples.Example, _ path: String, shouldFire: Bool, pipeline: Pipeline) -> String? {
        let document: ReadDocument
        do {
            // Word examples are not embedded: a shipped pack's example is read from the
            // checkout the command runs in.
            let onDisk = path.hasPrefix("builtin:") ? String(path.dropFirst("builtin:".count)) : path
            document = try ReaderRegistry.standard.read(path: onDisk)
        } catch {
            return "the Word example cannot be read: \(error.message)"
        }
        guard case .text(let source, let tables) = document else { return "the Word example is not a document" }
        let plan = PlanParser.parse(.text(source, tables: tables))
        _ = pipeline
        let got = RuleEvaluator.evaluate(plan, rules: [rule], options: EvaluationOptions(mode: ex.mode)).map(place)
        if shouldFire && got.isEmpty { return "invalid example did not trigger the rule" }
        if !shouldFire && !got.isEmpty { return "valid example triggered the rule at \(format(got))" }
        if shouldFire && Set(got) != Set(ex.at) { return "findings at \(format(got)) but at: lists \(format(ex.at)) (paragraph:column)" }
        return nil
    }

    /// Every line prefixed on the same line: findings keep their line, and their column
    /// moves right by the prefix's length in characters.
    static func sameLinePrefixed(_ rule: Rule, _ ex: RuleExamples.Example, _ positions: [SourcePosition?],
                                 _ pipeline: Pipeline) -> String? {
        let lines = ex.text.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { $0.isEmpty ? "" : Self.sameLinePrefix + $0 }.joined(separator: "\n")
        let width = Self.sameLinePrefix.count
        // A finding at a line's start stays there when the line is empty (nothing was prefixed).
        let expected = positions.map { p -> SourcePosition? in
            guard let p else { return nil }
            let blank = p.line - 1 < lines.count && lines[p.line - 1].isEmpty
            return SourcePosition(line: p.line, column: blank ? p.column : p.column + width)
        }
        let got = findings(rule, text, ex, pipeline: pipeline).map { $0.span?.start }
        guard got != expected else { return nil }
        let show: ([SourcePosition?]) -> String = { $0.map { $0.map { "\($0.line):\($0.column)" } ?? "-" }.joined(separator: ", ") }
        return "with multi-byte text before every line the findings differ or moved wrongly: got \(show(got)), expected \(show(expected))"
    }

    /// The invalid example with a marker for the rule must give no finding of it: a
    /// `disable-line` at the end of each line the rule reports on (for findings with a
    /// place) and a file-level `disable` before the first line (for findings without).
    static func suppressed(_ rule: Rule, _ ex: RuleExamples.Example, _ base: [Finding], _ pipeline: Pipeline) -> String? {
        let lines = ex.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marked = Set(base.compactMap { $0.span?.start.line })
        var out: [String] = []
        if base.contains(where: { $0.span == nil }) { out.append("<!-- planlint-disable \(rule.id) -->") }
        for (i, line) in lines.enumerated() {
            out.append(marked.contains(i + 1) ? line + "<!-- planlint-disable-line \(rule.id) -->" : line)
        }
        let left = findings(rule, out.joined(separator: "\n"), ex, pipeline: pipeline)
        guard !left.isEmpty else { return nil }
        return "with a suppression marker for the rule it still reports \(left.count) finding(s), first: \(left[0].message)"
    }
}
