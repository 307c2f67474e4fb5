import PlanModel

extension CivilDate {
    /// The previous calendar day ("trước tháng 12/2022" ends on 30/11/2022).
    var dayBefore: CivilDate {
        if day > 1 { return CivilDate(year: year, month: month, day: day - 1) }
        if month > 1 { return CivilDate.endOf(month: month - 1, year: year) }
        return CivilDate(year: year - 1, month: 12, day: 31)
    }
}
