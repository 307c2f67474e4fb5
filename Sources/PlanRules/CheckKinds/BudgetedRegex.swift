import Foundation
import PlanModel

/// A user regular expression matched under a time budget.
///
/// ICU (behind NSRegularExpression) backtracks, so a pattern with nested quantifiers such
/// as `^(\w+\s?)*$` can take minutes on one short line. Matching goes through
/// `enumerateMatches` with `.reportProgress`, whose callback ICU calls while it works;
/// past the budget the match is stopped. A pattern that ran out once is not tried again
/// (each later task would cost the budget again). Running out is a fault of the rule file,
/// not of the plan: `RuleSet.exhaustedPatterns` reports it (file, line, column of the
/// pattern) so the run ends with exit 2 after the other plans' reports are written.
final class BudgetedRegex: @unchecked Sendable {
    let regex: NSRegularExpression
    /// Where the pattern is written in the rule file.
    let span: SourceSpan
    let budget: TimeInterval
    private let lock = NSLock()
    private var exhausted = false

    /// Seconds one match may take.
    static let defaultBudget: TimeInterval = 0.25

    enum Outcome {
        case match(NSRange)
        case noMatch
        /// The budget ran out (now or on an earlier text); the pattern gives no answer.
        case exhausted
    }

    init(_ regex: NSRegularExpression, span: SourceSpan, budget: TimeInterval = BudgetedRegex.defaultBudget) {
        self.regex = regex
        self.span = span
        self.budget = budget
    }

    func firstMatch(in text: String) -> Outcome {
        if lock.withLock({ exhausted }) { return .exhausted }
        let start = Date()
        var found: NSRange?
        var ranOut = false
        regex.enumerateMatches(in: text, options: [.reportProgress],
                               range: NSRange(location: 0, length: (text as NSString).length)) { [budget] match, _, stop in
            if let match {
                found = match.range
                stop.pointee = true
            } else if Date().timeIntervalSince(start) > budget {
                ranOut = true
                stop.pointee = true
            }
        }
        if let found { return .match(found) }
        guard ranOut else { return .noMatch }
        lock.withLock { exhausted = true }
        return .exhausted
    }

    /// Whether a match has run out of its budget (this pattern then gives no answers).
    var hasRunOut: Bool { lock.withLock { exhausted } }

    /// The rule-file problem to report once the pattern has run out.
    func issue(ruleID: String) -> RuleFileIssue {
        let seconds = String(format: "%g", budget)
        return RuleFileIssue(span,
            vi: "biểu thức chính quy của luật '\(ruleID)' vượt quá thời gian khớp cho phép (\(seconds) s, lồng lượng từ kiểu (a+)*?); luật bị bỏ qua",
            en: "the regular expression of rule '\(ruleID)' exceeded its match time budget (\(seconds) s; nested quantifiers such as (a+)*?); the rule was skipped")
    }
}

/// A check kind that matches user regular expressions (`match`, `forbid`).
protocol BudgetedPatternCheck {
    var budgetedRegexes: [BudgetedRegex] { get }
}

extension MatchCheck: BudgetedPatternCheck {
    var budgetedRegexes: [BudgetedRegex] { pattern.regexes }
}

extension ForbidCheck: BudgetedPatternCheck {
    var budgetedRegexes: [BudgetedRegex] { pattern.regexes }
}

extension RuleSet {
    /// Rule-file problems of the patterns that ran out of their match budget while
    /// evaluating (one per pattern, in rule order).
    public var exhaustedPatterns: [RuleFileIssue] {
        rules.flatMap { rule -> [RuleFileIssue] in
            guard let check = rule.check as? any BudgetedPatternCheck else { return [] }
            return check.budgetedRegexes.filter(\.hasRunOut).map { $0.issue(ruleID: rule.id) }
        }
    }
}
