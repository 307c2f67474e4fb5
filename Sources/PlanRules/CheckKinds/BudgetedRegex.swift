import Foundation
import PlanModel

/// A user regular expression matched under a time budget.
///
/// ICU (behind NSRegularExpression) backtracks, so a pattern with nested quantifiers such
/// as `^(\w+\s?)*$` can take minutes on one short line. Matching goes through
/// `enumerateMatches` with `.reportProgress`, whose callback ICU calls while it works;
/// past the budget the match is stopped. A pattern that ran out once is not tried again
/// (each later task would cost the budget again), and the first time it happens one
/// line naming the rule file position is written to standard error.
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
        let first = lock.withLock { () -> Bool in
            defer { exhausted = true }
            return !exhausted
        }
        if first {
            let line = "\(span.file):\(span.start.line):\(span.start.column): biểu thức chính quy vượt quá thời gian khớp "
                + "cho phép (\(budget) s); bỏ qua quy tắc này / the regular expression exceeded its match time budget; rule skipped\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        return .exhausted
    }
}
