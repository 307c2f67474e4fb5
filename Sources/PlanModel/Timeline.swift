/// The meaning of a task's timeline text ("Thời gian: Quý I/2023").
///
/// Produced by the `Timelines` grammar; never guessed: text the grammar does not
/// understand is kept as `.unparsed`.
public struct TimelineValue: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        /// "trước ngày 30/11/2023": done by a date.
        case deadline
        /// "Quý I/2023", "Tháng 6/2022", "Năm 2023", "Từ năm 2026 - 2030".
        case window
        /// "Quý II, Quý III/2022", "Tháng 5 và tháng 11", "Ban hành kế hoạch trong Quý I, …".
        case multiple
        /// "Định kỳ hàng tháng", "Hằng quý", "Tháng 12 hằng năm".
        case recurring
        /// "Thường xuyên", "Thường xuyên trong năm".
        case continuous
        /// "Sau khi UBND tỉnh ban hành…", "Theo Kế hoạch riêng", "Theo quy định".
        case conditional
        /// Not understood; the text is kept.
        case unparsed
    }

    /// How often a recurring timeline repeats.
    public enum Recurrence: String, Hashable, Codable, Sendable {
        case weekly, monthly, quarterly, halfYearly, yearly, periodic
    }

    /// One period or milestone the timeline names; `start` is nil for a pure deadline.
    public struct Period: Hashable, Codable, Sendable {
        public var start: CivilDate?
        public var end: CivilDate
        /// The words that produced this period, e.g. "Quý I/2023".
        public var text: String

        public init(start: CivilDate?, end: CivilDate, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    public var kind: Kind
    /// Periods and milestones in the order written.
    public var periods: [Period]
    public var recurrence: Recurrence?
    /// The condition's text for `.conditional` (and for "Dự kiến Quý IV (sau khi …)").
    public var condition: String?
    /// Years written explicitly in the text (not inferred from the plan).
    public var explicitYears: [Int]
    /// True when the text speaks of the next year ("năm liền kề", "năm sau").
    public var refersToNextYear: Bool

    public init(kind: Kind, periods: [Period] = [], recurrence: Recurrence? = nil, condition: String? = nil,
                explicitYears: [Int] = [], refersToNextYear: Bool = false) {
        self.kind = kind
        self.periods = periods
        self.recurrence = recurrence
        self.condition = condition
        self.explicitYears = explicitYears
        self.refersToNextYear = refersToNextYear
    }

    /// The latest date by which everything named is due, when one is known.
    public var latestEnd: CivilDate? { periods.map(\.end).max() }
    /// The earliest date named, when one is known.
    public var earliestEnd: CivilDate? { periods.map(\.end).min() }
    /// Whether the timeline gives a date a reviewer can hold the unit to.
    public var hasDate: Bool { !periods.isEmpty }
}
