import PlanModel
import VietnameseText

/// Productions for the periods a timeline names: claims, lists, quarters, months, days, years.
extension TimelineGrammar {
    /// How a reference's year is written after it.
    private enum YearSuffix {
        case none
        case year(PeriodReference.Year)
        /// Something is written where the year goes, but it is no year ("/2223", "/23").
        case invalid
    }

    /// claims := ("trước" | "chậm nhất" | "đến" | "từ" … "đến" | "trong" | "vào" | nothing) references
    ///
    /// - Returns: nil when nothing was recognised (position unchanged); an empty array when
    ///   words were consumed that name no usable period ("từ tháng 3" has no end).
    mutating func parseClaims() -> [PeriodClaim]? {
        guard pos < tokens.count else { return nil }
        let save = pos
        let start = tokens[pos].start
        let atStart = pos == 0

        if isWord("truoc", pos) {
            pos += 1
            guard let refs = parseReferences(afterPreposition: true) else { pos = save; return nil }
            return claims(refs, from: start) { $0.isDay ? .by($0) : .before($0) }
        }
        if let length = deadlinePrefixLength(pos) {
            pos += length
            guard let refs = parseReferences(afterPreposition: true) else { pos = save; return nil }
            return claims(refs, from: start) { .by($0) }
        }
        if isWord("tu", pos) {
            pos += 1
            guard let first = parseReference(afterPreposition: true) else { pos = save; return nil }
            if case .years = first.unit {
                return [PeriodClaim(shape: .within(first), textStart: start, textEnd: first.textEnd)]
            }
            if let range = parseRangeEnd(from: first, start: start) { return [range] }
            return []
        }
        var prepositioned = false
        if isWord("trong", pos) || isWord("vao", pos) {
            pos += 1
            prepositioned = true
            if isWord("suot", pos) || isWord("ca", pos) { pos += 1 }
        }
        guard let first = parseReference(afterPreposition: prepositioned, atStart: atStart) else {
            pos = save
            return nil
        }
        if let range = parseRangeEnd(from: first, start: start) { return [range] }
        let refs = parseReferences(continuing: first)
        return claims(refs, from: start) { $0.isDay ? .by($0) : .within($0) }
    }

    /// range := reference ("đến" | "tới" | "-") ["hết"] reference — "Quý I - Quý II/2023",
    /// "tháng 3 đến tháng 6/2023", "Quý I-II/2023"; either end lends the other its year.
    /// Leaves the position after `first` when no second reference follows.
    private mutating func parseRangeEnd(from first: PeriodReference, start: Int) -> PeriodClaim? {
        let afterFirst = pos
        guard isWord("den", pos) || isWord("toi", pos) || isMark("-", pos) else { return nil }
        pos += 1
        if isWord("het", pos) { pos += 1 }
        guard var last = parseReference(afterPreposition: true) ?? parseContinuation(of: first) else {
            pos = afterFirst
            return nil
        }
        var first = first
        if first.year == .unstated { first.year = last.year }
        if last.year == .unstated { last.year = first.year }
        return PeriodClaim(shape: .between(first, last), textStart: start, textEnd: last.textEnd)
    }

    /// "chậm nhất [là] [trong|vào]", "không quá", "không muộn hơn", "đến [hết]", "hạn chót".
    private func deadlinePrefixLength(_ i: Int) -> Int? {
        var j = i
        if isWord("cham", j), isWord("nhat", j + 1) {
            j += 2
            if isWord("la", j) { j += 1 }
        } else if isWord("khong", j), isWord("qua", j + 1) {
            j += 2
        } else if isWord("khong", j), isWord("muon", j + 1), isWord("hon", j + 2) {
            j += 3
        } else if isWord("han", j), isWord("chot", j + 1) || isWord("cuoi", j + 1) {
            j += 2
        } else if isWord("den", j) {
            j += 1
            if isWord("het", j) { j += 1 }
            return j - i
        } else {
            return nil
        }
        if isWord("trong", j) || isWord("vao", j) { j += 1 }
        return j - i
    }

    private func claims(_ refs: [PeriodReference], from start: Int,
                        _ shape: (PeriodReference) -> PeriodClaim.Shape) -> [PeriodClaim] {
        refs.enumerated().map { index, ref in
            PeriodClaim(shape: shape(ref), textStart: index == 0 ? start : ref.textStart, textEnd: ref.textEnd)
        }
    }

    /// references := reference (("," | "và") reference)*; a year written after the last
    /// is shared by earlier ones that have none ("Quý II, Quý III/2022", "Quý I, II/2023").
    private mutating func parseReferences(afterPreposition: Bool) -> [PeriodReference]? {
        guard let first = parseReference(afterPreposition: afterPreposition) else { return nil }
        return parseReferences(continuing: first)
    }

    /// The rest of a list whose first reference is already read.
    private mutating func parseReferences(continuing first: PeriodReference) -> [PeriodReference] {
        var refs = [first]
        while isMark(",", pos) || isWord("va", pos) {
            let save = pos
            pos += 1
            if let next = parseReference(afterPreposition: false) ?? parseContinuation(of: refs[refs.count - 1]) {
                refs.append(next)
            } else {
                pos = save
                break
            }
        }
        var carried: PeriodReference.Year?
        for i in refs.indices.reversed() {
            switch refs[i].year {
            case .written, .nextYear: carried = refs[i].year
            case .planYear: carried = nil
            case .unstated: if let carried { refs[i].year = carried }
            }
        }
        return refs
    }

    /// A bare numeral continuing a list of quarters or months ("Quý I, II/2023", "tháng 5, 6").
    private mutating func parseContinuation(of previous: PeriodReference) -> PeriodReference? {
        let save = pos
        guard pos < tokens.count else { return nil }
        let start = tokens[pos].start
        switch previous.unit {
        case .quarter:
            guard let q = quarterNumeral(pos) else { return nil }
            pos += 1
            return finish(.quarter(q), start: start, save: save)
        case .month:
            guard let m = number(pos), m.digits <= 2, (1...12).contains(m.value), !isWord("thang", pos + 1) else {
                return nil
            }
            pos += 1
            return finish(.month(m.value), start: start, save: save)
        default:
            return nil
        }
    }

    /// reference := quarter | month | half | day | year
    private mutating func parseReference(afterPreposition: Bool, atStart: Bool = false) -> PeriodReference? {
        guard pos < tokens.count else { return nil }
        let save = pos
        let start = tokens[pos].start
        // Quarter: "Quý III", "Quí IV-2025", OCR "Qu 111/2022", "Q2".
        if isWord("quy", pos), let q = quarterNumeral(pos + 1) {
            pos += 2
            return finish(.quarter(q), start: start, save: save)
        }
        if let w = tokens[pos].word, w.unicodeScalars.count == 2, w.hasPrefix("q"),
           let d = w.last?.wholeNumberValue, (1...4).contains(d) {
            pos += 1
            return finish(.quarter(d), start: start, save: save)
        }
        // Month: "tháng 6/2022", "tháng 01/2023", "tháng 1 năm liền kề".
        if isWord("thang", pos), let m = number(pos + 1), m.digits <= 2, !isWord("thang", pos + 2) {
            guard (1...12).contains(m.value) else { return nil }
            pos += 2
            return finish(.month(m.value), start: start, save: save)
        }
        if let half = parseHalfYear(start: start) { return half }
        if let day = parseDay(start: start) { return day }
        return parseYear(start: start, afterPreposition: afterPreposition, atStart: atStart)
    }

    /// Puts the year after a quarter or month onto it; a malformed year undoes the reference.
    private mutating func finish(_ unit: PeriodReference.Unit, start: Int, save: Int) -> PeriodReference? {
        switch yearSuffix() {
        case .none:
            return PeriodReference(unit: unit, year: .unstated, textStart: start, textEnd: tokens[pos - 1].end)
        case .year(let year):
            return PeriodReference(unit: unit, year: year, textStart: start, textEnd: tokens[pos - 1].end)
        case .invalid:
            pos = save
            return nil
        }
    }

    /// "/2023", "-2025", "năm 2023", "năm liền kề", "năm nay", or a year after a space.
    private mutating func yearSuffix() -> YearSuffix {
        if isMark("/", pos) || isMark("-", pos), let y = number(pos + 1) {
            if y.digits == 4 {
                guard let year = tokens[pos + 1].plausibleYear else { return .invalid }
                pos += 2
                return .year(.written(year))
            }
            if isMark("/", pos) { return .invalid }
        }
        if isWord("nam", pos) {
            if let y = number(pos + 1), y.digits == 4 {
                guard let year = tokens[pos + 1].plausibleYear else { return .invalid }
                pos += 2
                return .year(.written(year))
            }
            if let length = nextYearLength(pos + 1) {
                pos += 1 + length
                return .year(.nextYear)
            }
            if isWord("nay", pos + 1) {
                pos += 2
                return .year(.planYear)
            }
            return .none
        }
        if pos < tokens.count, tokens[pos].spaceBefore, let year = tokens[pos].plausibleYear {
            pos += 1
            return .year(.written(year))
        }
        return .none
    }

    /// Words after "năm" that mean the year after the plan's: "liền kề", "sau", "tiếp theo", "tới".
    func nextYearLength(_ i: Int) -> Int? {
        if isWord("lien", i) { return isWord("ke", i + 1) ? 2 : 1 }
        if isWord("tiep", i), isWord("theo", i + 1) { return 2 }
        if isWord("ke", i), isWord("tiep", i + 1) { return 2 }
        if isWord("sau", i), !isWord("khi", i + 1) { return 1 }
        if isWord("toi", i) { return 1 }
        return nil
    }

    /// A quarter's number: Roman (OCR-tolerant: "111" is III, "1V" is IV) or Arabic 1…4.
    func quarterNumeral(_ i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        switch tokens[i].kind {
        case .number(let value, let digits):
            if digits == 1 { return (1...4).contains(value) ? value : nil }
            if value == 11 && digits == 2 { return 2 }
            if value == 111 && digits == 3 { return 3 }
            return nil
        case .word(let w):
            guard let v = RomanNumeral.value(of: w, ocrTolerant: true), (1...4).contains(v) else { return nil }
            return v
        case .mark:
            return nil
        }
    }

    /// half := ("6" | "sáu") "tháng" ("đầu" | "cuối") "năm" [year]
    private mutating func parseHalfYear(start: Int) -> PeriodReference? {
        let six = (number(pos).map { $0.value == 6 && $0.digits == 1 } ?? false) || isWord("sau", pos)
        guard six, isWord("thang", pos + 1), isWord("dau", pos + 2) || isWord("cuoi", pos + 2),
              isWord("nam", pos + 3) else { return nil }
        let half = isWord("dau", pos + 2) ? 1 : 2
        let save = pos
        pos += 3
        switch yearSuffix() {
        case .year(let year):
            return PeriodReference(unit: .half(half), year: year, textStart: start, textEnd: tokens[pos - 1].end)
        case .none:
            pos += 1  // the "năm" itself: this year
            return PeriodReference(unit: .half(half), year: .planYear, textStart: start, textEnd: tokens[pos - 1].end)
        case .invalid:
            pos = save
            return nil
        }
    }

    /// day := ["ngày"] D "/" M ["/" YYYY] | D "." M "." YYYY | "ngày" D "tháng" M ["năm" YYYY]; without "ngày"
    /// the year is required, so "6/2022" is never a day. OCR "18/1 1/2022" reads as 18/11/2022.
    private mutating func parseDay(start: Int) -> PeriodReference? {
        var i = pos
        let hasNgay = isWord("ngay", i)
        if hasNgay { i += 1 }
        guard let d = number(i), d.digits <= 2, (1...31).contains(d.value) else { return nil }
        var month: Int
        var j: Int
        if isMark("/", i + 1), let m = number(i + 2), m.digits <= 2 {
            month = m.value
            j = i + 3
            if let extra = number(j), tokens[j].spaceBefore, m.digits + extra.digits == 2, isMark("/", j + 1),
               (1...12).contains(m.value * 10 + extra.value) {
                month = m.value * 10 + extra.value
                j += 1
            }
        } else if let separator = dottedDateSeparator(i + 1), let m = number(i + 2), m.digits <= 2,
                  isMark(separator, i + 3), let y = number(i + 4), y.digits == 4 {
            // "30.11.2023", "30-11-2023": only as a full date, so "Quý I - 2023" stays a year.
            guard let written = tokens[i + 4].plausibleYear,
                  CivilDate(year: written, month: m.value, day: d.value).isValid else { return nil }
            pos = i + 5
            return PeriodReference(unit: .day(month: m.value, day: d.value), year: .written(written),
                                   textStart: start, textEnd: tokens[i + 4].end)
        } else if hasNgay, isWord("thang", i + 1), let m = number(i + 2), m.digits <= 2 {
            month = m.value
            j = i + 3
        } else {
            return nil
        }
        guard (1...12).contains(month) else { return nil }
        var year = PeriodReference.Year.unstated
        if (isMark("/", j) || isWord("nam", j)), let y = number(j + 1) {
            guard let written = tokens[j + 1].plausibleYear, y.digits == 4 else { return nil }
            year = .written(written)
            j += 2
        } else if !hasNgay {
            return nil
        }
        // Reject days that cannot exist in any year (31/4); 29/2 waits for the year.
        let probeYear: Int = if case .written(let y) = year { y } else { 2000 }
        guard CivilDate(year: probeYear, month: month, day: d.value).isValid else { return nil }
        pos = j
        return PeriodReference(unit: .day(month: month, day: d.value), year: year, textStart: start,
                               textEnd: tokens[j - 1].end)
    }

    /// "." or "-" written between a day and a month with no space around it.
    private func dottedDateSeparator(_ i: Int) -> Unicode.Scalar? {
        guard i < tokens.count, !tokens[i].spaceBefore, i + 1 < tokens.count, !tokens[i + 1].spaceBefore else {
            return nil
        }
        if tokens[i].isMark(".") { return "." }
        if tokens[i].isMark("-") { return "-" }
        return nil
    }

    /// year := "năm" YYYY [("-" | "đến") ["năm"] YYYY] | "năm" ("liền kề" | "sau" | "nay")
    ///       | "trong năm" | ["giai đoạn"] YYYY "-" YYYY (these two after a preposition or first)
    private mutating func parseYear(start: Int, afterPreposition: Bool, atStart: Bool) -> PeriodReference? {
        if isWord("nam", pos) {
            if let y = number(pos + 1), y.digits == 4 {
                guard let first = tokens[pos + 1].plausibleYear else { return nil }
                return yearRange(from: first, at: pos + 2, start: start)
            }
            if let length = nextYearLength(pos + 1) {
                pos += 1 + length
                return PeriodReference(unit: .year, year: .nextYear, textStart: start, textEnd: tokens[pos - 1].end)
            }
            if isWord("nay", pos + 1) {
                pos += 2
                return PeriodReference(unit: .year, year: .planYear, textStart: start, textEnd: tokens[pos - 1].end)
            }
            guard afterPreposition else { return nil }
            pos += 1
            return PeriodReference(unit: .year, year: .planYear, textStart: start, textEnd: tokens[pos - 1].end)
        }
        // "giai đoạn 2021-2025" after a noun names a programme ("Chương trình … giai đoạn …"),
        // so like a bare range it is a time only first or after a preposition.
        if afterPreposition || atStart, isWord("giai", pos), isWord("doan", pos + 1) {
            var j = pos + 2
            if isWord("tu", j) { j += 1 }
            if isWord("nam", j) { j += 1 }
            guard j < tokens.count, let first = tokens[j].plausibleYear else { return nil }
            return yearRange(from: first, at: j + 1, start: start)
        }
        if afterPreposition || atStart, let first = tokens[pos].plausibleYear,
           isMark("-", pos + 1) || isWord("den", pos + 1) {
            let ref = yearRange(from: first, at: pos + 1, start: start)
            if case .years = ref.unit { return ref }
            pos -= 1  // a lone number is not a year
        }
        return nil
    }

    /// The year `first` (already read, `at` is just after it), extended to a range when
    /// "- YYYY" or "đến [năm] YYYY" follows with a later year.
    private mutating func yearRange(from first: Int, at i: Int, start: Int) -> PeriodReference {
        var unit = PeriodReference.Unit.year
        var end = i
        if isMark("-", i) || isWord("den", i) || isWord("toi", i) {
            var k = i + 1
            if isWord("nam", k) { k += 1 }
            if k < tokens.count, let last = tokens[k].plausibleYear, last >= first {
                unit = .years(through: last)
                end = k + 1
            }
        }
        pos = end
        return PeriodReference(unit: unit, year: .written(first), textStart: start, textEnd: tokens[end - 1].end)
    }
}
