import Foundation
import PlanModel

/// Reads a task's timeline ("Thời gian thực hiện: Quý I/2023") into a `TimelineValue`.
///
/// The text is folded (diacritics, case, Markdown emphasis, OCR spellings do not matter),
/// tokenised, and read by a small grammar (`TimelineGrammar`). What it cannot read stays
/// `.unparsed`: it never guesses a date.
///
/// Conventions a reviewer should know:
/// - A missing year ("trong Quý I") is the plan's year; "năm liền kề", "năm sau",
///   "năm tiếp theo" are the next one and set `refersToNextYear`.
/// - "trước ngày D" ends ON D (start nil): plans use it for "by D", and comparing it with
///   a master plan's own "trước ngày D" must compare like with like. "trước tháng M",
///   "trước Quý Q", "trước năm Y" end the day before that period begins.
/// - A bare date ("30/11/2023") is a deadline too; "Từ năm 2026 - 2030" is one window.
/// - Continuous and recurring timelines carry their scope ("trong năm 2023") or anchor
///   ("Tháng 12 hằng năm") as periods; with neither, `periods` is empty.
/// - `explicitYears` lists years written as the task's time; years inside a condition's
///   wording or a cited document ("Kế hoạch số 140/KH-UBND ngày 14/10/2021") are not
///   the task's time and are left out.
/// - A day that does not exist (31/11) or an implausible year (outside 1990…2100)
///   makes no period; with nothing else to go on the timeline is `.unparsed`.
public enum TimelineParser {
    /// Parses one timeline.
    ///
    /// - Parameters:
    ///   - text: the timeline as written (any normalisation form, with or without diacritics).
    ///   - planYear: the year the plan is for; supplies years the text leaves out. With nil,
    ///     periods that need it are omitted (the kind is still reported).
    /// - Returns: the timeline's meaning; `.unparsed` when the grammar does not understand it.
    public static func parse(_ text: String, planYear: Int?) -> TimelineValue {
        let scalars = Array(nfc(text).unicodeScalars)
        let tokens = TimelineTokenizer.tokenize(scalars)
        let outcome = TimelineGrammar.parse(tokens)
        return value(of: outcome, scalars: scalars, planYear: planYear)
    }

    /// NFC only when a combining mark is present: composed text is the common case and cheap to check.
    private static func nfc(_ text: String) -> String {
        for s in text.unicodeScalars where s.properties.canonicalCombiningClass != .notReordered {
            return text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    private static func value(of outcome: TimelineGrammar.Outcome, scalars: [Unicode.Scalar],
                              planYear: Int?) -> TimelineValue {
        let items = outcome.items
        let claims = items.flatMap(\.claims)
        let periods = claims.compactMap { claim in
            claim.period(planYear: planYear, text: text(scalars, claim.textStart..<claim.textEnd))
        }
        var years: [Int] = []
        var nextYear = false
        for reference in claims.flatMap(\.references) {
            for y in reference.writtenYears where !years.contains(y) { years.append(y) }
            if reference.year == .nextYear { nextYear = true }
        }
        let recurrence = mostSpecificRecurrence(items)
        let kind = kind(of: outcome, claims: claims)
        let condition = kind == .conditional
            ? outcome.conditionRange.map { trimmed(text(scalars, $0)) }
            : nil
        return TimelineValue(kind: kind, periods: periods, recurrence: recurrence, condition: condition,
                             explicitYears: years, refersToNextYear: nextYear)
    }

    /// conditional > nothing (unparsed) > only continuous / recurring > one claim
    /// (deadline or window) > several (multiple).
    private static func kind(of outcome: TimelineGrammar.Outcome, claims: [PeriodClaim]) -> TimelineValue.Kind {
        if outcome.isConditional { return .conditional }
        let items = outcome.items
        guard !items.isEmpty else { return .unparsed }
        var dated = 0
        var continuous = false
        for item in items {
            switch item {
            case .periods: dated += 1
            case .continuous: continuous = true
            case .recurring: break
            }
        }
        if dated == 0 { return continuous ? .continuous : .recurring }
        if items.count == 1, claims.count == 1 { return claims[0].isDeadline ? .deadline : .window }
        return .multiple
    }

    /// The most frequent named cadence; "định kỳ" alone only when nothing more precise is said.
    private static func mostSpecificRecurrence(_ items: [TimelineGrammar.Item]) -> TimelineValue.Recurrence? {
        let order: [TimelineValue.Recurrence] = [.weekly, .monthly, .quarterly, .halfYearly, .yearly, .periodic]
        var best: TimelineValue.Recurrence?
        for case .recurring(let r, _) in items {
            if best == nil || order.firstIndex(of: r)! < order.firstIndex(of: best!)! { best = r }
        }
        return best
    }

    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Drops brackets, emphasis and trailing punctuation around a condition.
    private static func trimmed(_ s: String) -> String {
        let junk = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "()[]*_.,;:"))
        return s.trimmingCharacters(in: junk)
    }
}
