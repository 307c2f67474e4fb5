import PlanModel

/// Findings a plan's authors have deliberately silenced with inline markers.
///
/// Only the HTML-comment form is recognised (`<!-- planlint-disable RULE-ID -->`): it is
/// valid Markdown, invisible when the plan is rendered, and cannot be confused with plan
/// text. `#` or `//` comment prefixes are not markers. See `SuppressionMarker` for the
/// grammar. Semantics:
/// - `planlint-disable [IDS]` … `planlint-enable [IDS]`: a block; a marker takes effect
///   from its own line. No ids means every rule. A block never closed runs to the end.
/// - `planlint-disable-line [IDS]`: findings that *start* on the marker's line.
/// - `planlint-disable-next-line [IDS]`: findings that start on the following line.
/// - A finding is matched by the line its span starts on. A finding without a span
///   (about the whole file) is silenced only by a file-level disable: a block opened on
///   lines 1–3 and never re-enabled for that rule.
public struct Suppressions: Sendable {
    /// The file the markers were read from; findings about other files are never silenced.
    public let file: String
    /// Block state changes, in line order: from `line` on, `rules` are disabled.
    private let changes: [(line: Int, rules: DisabledRules)]
    /// Rules silenced on single lines by `disable-line` / `disable-next-line`.
    private let lineRules: [Int: DisabledRules]
    /// Every rule id any marker names, with the marker's line (for `unknownRuleProblems`).
    private let namedRules: [(line: Int, id: String)]
    /// Marker mistakes, in line order.
    public let issues: [SuppressionProblem]

    /// Last line of the top-of-file zone where a disable block counts as file-level.
    public static let fileLevelLines = 3

    /// Reads every marker in `source`. Linear in the text; lines without "<" cost one scan.
    public static func parse(_ source: SourceText) -> Suppressions {
        let path = source.file.path
        var state = DisabledRules.none
        var changes: [(line: Int, rules: DisabledRules)] = [(0, .none)]
        var lineRules: [Int: DisabledRules] = [:]
        var named: [(line: Int, id: String)] = []
        var issues: [SuppressionProblem] = []
        let lastLine = source.lines.last?.number ?? 0
        for line in source.lines {
            let scan = SuppressionMarker.scan(line.text)
            for (vi, en) in scan.complaints {
                issues.append(SuppressionProblem(file: path, line: line.number, message: vi, messageEn: en))
            }
            guard !scan.markers.isEmpty else { continue }
            let before = state
            for marker in scan.markers {
                named += marker.ruleIds.map { (line.number, $0) }
                switch marker.kind {
                case .disable:
                    state.disable(marker.ruleIds)
                case .enable:
                    if state.isEmpty {
                        issues.append(SuppressionProblem(
                            file: path, line: line.number,
                            message: "planlint-enable nhưng không có planlint-disable nào đang có hiệu lực.",
                            messageEn: "planlint-enable without an active planlint-disable."))
                        continue
                    }
                    for id in state.enable(marker.ruleIds) {
                        issues.append(SuppressionProblem(
                            file: path, line: line.number,
                            message: "planlint-enable cho \"\(id)\" nhưng quy tắc này chưa bị tắt.",
                            messageEn: "planlint-enable for \"\(id)\" but that rule is not disabled."))
                    }
                case .disableLine:
                    lineRules[line.number, default: .none].disable(marker.ruleIds)
                case .disableNextLine:
                    if line.number >= lastLine {
                        issues.append(SuppressionProblem(
                            file: path, line: line.number,
                            message: "planlint-disable-next-line ở dòng cuối: không có dòng nào sau nó.",
                            messageEn: "planlint-disable-next-line on the last line: there is no next line."))
                    }
                    lineRules[line.number + 1, default: .none].disable(marker.ruleIds)
                }
            }
            if state != before { changes.append((line.number, state)) }
        }
        return Suppressions(file: path, changes: changes, lineRules: lineRules, namedRules: named, issues: issues)
    }

    /// Whether an inline marker silences `finding`.
    public func suppresses(_ finding: Finding) -> Bool {
        guard finding.file == file else { return false }
        guard let span = finding.span else { return isDisabledForWholeFile(finding.ruleId) }
        let line = span.start.line
        if lineRules[line]?.contains(finding.ruleId) == true { return true }
        return state(at: line).contains(finding.ruleId)
    }

    /// `findings` without the silenced ones, and how many were silenced.
    public func filter(_ findings: [Finding]) -> (kept: [Finding], suppressed: Int) {
        let kept = findings.filter { !suppresses($0) }
        return (kept, findings.count - kept.count)
    }

    /// Marker mistakes as "file:line: message" lines (Vietnamese).
    public var problems: [String] { issues.map { $0.line(english: false) } }

    /// Marker mistakes as "file:line: message" lines in the run's language.
    public func problems(english: Bool) -> [String] { issues.map { $0.line(english: english) } }

    /// Markers naming rules that no loaded pack defines: most often a typo, which would
    /// otherwise silence nothing without a word.
    public func unknownRuleProblems(knownRuleIds: Set<String>) -> [SuppressionProblem] {
        namedRules.filter { !knownRuleIds.contains($0.id) }.map {
            SuppressionProblem(file: file, line: $0.line,
                               message: "Không có quy tắc \"\($0.id)\" (xem planlint rules).",
                               messageEn: "There is no rule \"\($0.id)\" (see planlint rules).")
        }
    }

    /// Block state in force on `line` (binary search over the changes).
    private func state(at line: Int) -> DisabledRules {
        var low = 0, high = changes.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if changes[mid].line <= line { low = mid } else { high = mid - 1 }
        }
        return changes[low].rules
    }

    /// A rule disabled by line `fileLevelLines` and never enabled again afterwards.
    private func isDisabledForWholeFile(_ ruleId: String) -> Bool {
        var index = 0
        while index + 1 < changes.count && changes[index + 1].line <= Self.fileLevelLines { index += 1 }
        return changes[index...].allSatisfy { $0.rules.contains(ruleId) }
    }
}
