import PlanModel

/// A span of the calendar a timeline names ("Quý III", "tháng 6/2022", "năm liền kề"),
/// kept apart from the plan's year until the value is built.
struct PeriodReference: Sendable {
    enum Unit: Sendable, Equatable {
        /// A whole year.
        case year
        /// From the reference's year through `through` ("Từ năm 2026 - 2030").
        case years(through: Int)
        /// First (1) or second (2) half of the year ("6 tháng đầu năm").
        case half(Int)
        case quarter(Int)
        case month(Int)
        case day(month: Int, day: Int)
    }

    /// Where the year comes from.
    enum Year: Sendable, Equatable {
        /// Written in the text ("/2023", "năm 2023", "-2025").
        case written(Int)
        /// "năm liền kề", "năm sau", "năm tiếp theo": the plan's year plus one.
        case nextYear
        /// "trong năm", "năm nay": the plan's own year, said in words.
        case planYear
        /// No year at all ("Quý I"): the plan's year, unless a list shares one ("Quý II, Quý III/2022").
        case unstated
    }

    var unit: Unit
    var year: Year
    /// Scalar offsets of the words that named the period.
    var textStart: Int
    var textEnd: Int

    /// The calendar year meant, or nil when it depends on a plan year that is unknown.
    func resolvedYear(planYear: Int?) -> Int? {
        switch year {
        case .written(let y): return y
        case .nextYear: return planYear.map { $0 + 1 }
        case .planYear, .unstated: return planYear
        }
    }

    /// First and last day, or nil when the year is unknown or the day does not exist.
    func bounds(planYear: Int?) -> (start: CivilDate, end: CivilDate)? {
        guard let y = resolvedYear(planYear: planYear) else { return nil }
        switch unit {
        case .year:
            return (CivilDate(year: y, month: 1, day: 1), CivilDate(year: y, month: 12, day: 31))
        case .years(let last):
            return (CivilDate(year: y, month: 1, day: 1), CivilDate(year: last, month: 12, day: 31))
        case .half(let h):
            return h == 1
                ? (CivilDate(year: y, month: 1, day: 1), CivilDate(year: y, month: 6, day: 30))
                : (CivilDate(year: y, month: 7, day: 1), CivilDate(year: y, month: 12, day: 31))
        case .quarter(let q):
            return (CivilDate(year: y, month: 3 * q - 2, day: 1), CivilDate.endOf(month: 3 * q, year: y))
        case .month(let m):
            return (CivilDate(year: y, month: m, day: 1), CivilDate.endOf(month: m, year: y))
        case .day(let m, let d):
            let date = CivilDate(year: y, month: m, day: d)
            return date.isValid ? (date, date) : nil
        }
    }

    /// Years this reference writes out, in reading order.
    var writtenYears: [Int] {
        guard case .written(let y) = year else { return [] }
        if case .years(let last) = unit { return [y, last] }
        return [y]
    }

    var isDay: Bool {
        if case .day = unit { return true }
        return false
    }
}
