import PlanModel

/// Productions for continuous and recurring timelines.
extension TimelineGrammar {
    /// continuous := "thường xuyên" | "liên tục" | ("hằng" | "mỗi") "ngày"
    mutating func readContinuousMarker() -> Bool {
        if isWord("thuong", pos), isWord("xuyen", pos + 1) {
            pos += 2
            return true
        }
        if isWord("lien", pos), isWord("tuc", pos + 1) {
            pos += 2
            return true
        }
        if isWord("hang", pos) || isWord("moi", pos), isWord("ngay", pos + 1) {
            pos += 2
            return true
        }
        return false
    }

    /// cadence := "định kỳ" [spec | list | unit] | ("hằng" | "mỗi") unit | list
    ///
    /// A list of several units ("Quý, 6 tháng, năm") recurs as often as its shortest unit.
    mutating func parseCadence() -> TimelineValue.Recurrence? {
        if isWord("dinh", pos), isWord("ky", pos + 1) {
            pos += 2
            if let spec = cadenceSpec() ?? cadenceList() { return spec }
            if let (single, length) = cadenceUnit(pos) {
                pos += length
                return single
            }
            return .periodic
        }
        return cadenceSpec() ?? cadenceList()
    }

    /// ("hằng" | "hàng" | "mỗi") unit: "Hằng quý", "Hàng tháng", "mỗi 6 tháng".
    private mutating func cadenceSpec() -> TimelineValue.Recurrence? {
        guard isWord("hang", pos) || isWord("moi", pos), let (cadence, length) = cadenceUnit(pos + 1) else {
            return nil
        }
        pos += 1 + length
        return cadence
    }

    /// unit ("," | "và" | "/") unit …, at least two: "6 tháng, năm".
    private mutating func cadenceList() -> TimelineValue.Recurrence? {
        guard let (first, firstLength) = cadenceUnit(pos) else { return nil }
        var j = pos + firstLength
        var shortest = first
        var count = 1
        while isMark(",", j) || isWord("va", j) || isMark("/", j), let (next, length) = cadenceUnit(j + 1) {
            if Self.rank(next) < Self.rank(shortest) { shortest = next }
            count += 1
            j += 1 + length
        }
        guard count >= 2 else { return nil }
        pos = j
        return shortest
    }

    /// A unit of repetition, bare: "tuần", "tháng", "quý", "năm", "6 tháng", "3 tháng";
    /// not when a number makes it a period ("tháng 6", "Quý I", "năm 2023").
    private func cadenceUnit(_ i: Int) -> (TimelineValue.Recurrence, Int)? {
        guard i < tokens.count else { return nil }
        if isWord("tuan", i) { return (.weekly, 1) }
        if isWord("thang", i), number(i + 1) == nil { return (.monthly, 1) }
        if isWord("quy", i), quarterNumeral(i + 1) == nil, !isWord("dinh", i + 1) { return (.quarterly, 1) }
        if isWord("nam", i), number(i + 1) == nil, nextYearLength(i + 1) == nil, !isWord("nay", i + 1) {
            return (.yearly, 1)
        }
        if isWord("thang", i + 1), !isWord("dau", i + 2), !isWord("cuoi", i + 2) {
            if isWord("sau", i) || number(i).map({ $0.value == 6 && $0.digits == 1 }) == true { return (.halfYearly, 2) }
            if isWord("ba", i) || number(i).map({ $0.value == 3 && $0.digits == 1 }) == true { return (.quarterly, 2) }
        }
        return nil
    }

    /// Shorter cadences first.
    private static func rank(_ r: TimelineValue.Recurrence) -> Int {
        switch r {
        case .weekly: return 0
        case .monthly: return 1
        case .quarterly: return 2
        case .halfYearly: return 3
        case .yearly: return 4
        case .periodic: return 5
        }
    }
}
