import PlanModel

/// What a timeline says about one period: within it, by its end, before it begins, or
/// from one period to another. Turned into a `TimelineValue.Period` once the plan's year is known.
struct PeriodClaim: Sendable {
    enum Shape: Sendable {
        /// "Quý I/2023", "trong năm": start and end of the period.
        case within(PeriodReference)
        /// "trước ngày 30/11/2023", "chậm nhất ngày …", "đến hết năm 2023": no start, the period's last day.
        case by(PeriodReference)
        /// "trước tháng 12/2022", "trước Quý IV": no start, the day before the period begins.
        case before(PeriodReference)
        /// "Từ tháng 3 đến tháng 6/2023": first period's start to the second's end.
        case between(PeriodReference, PeriodReference)
    }

    var shape: Shape
    /// Scalar offsets of the words that made the claim, preposition included.
    var textStart: Int
    var textEnd: Int

    var references: [PeriodReference] {
        switch shape {
        case .within(let r), .by(let r), .before(let r): return [r]
        case .between(let a, let b): return [a, b]
        }
    }

    /// Whether the claim names only an end ("trước …"), which makes a lone claim a deadline.
    var isDeadline: Bool {
        switch shape {
        case .by, .before: return true
        case .within, .between: return false
        }
    }

    /// The period, or nil when the plan's year is needed but unknown or a day does not exist.
    func period(planYear: Int?, text: String) -> TimelineValue.Period? {
        switch shape {
        case .within(let r):
            guard let b = r.bounds(planYear: planYear) else { return nil }
            return TimelineValue.Period(start: b.start, end: b.end, text: text)
        case .by(let r):
            guard let b = r.bounds(planYear: planYear) else { return nil }
            return TimelineValue.Period(start: nil, end: b.end, text: text)
        case .before(let r):
            guard let b = r.bounds(planYear: planYear) else { return nil }
            return TimelineValue.Period(start: nil, end: b.start.dayBefore, text: text)
        case .between(let a, let b):
            guard let first = a.bounds(planYear: planYear), let last = b.bounds(planYear: planYear),
                  first.start <= last.end else { return nil }
            return TimelineValue.Period(start: first.start, end: last.end, text: text)
        }
    }
}
