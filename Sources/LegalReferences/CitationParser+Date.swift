import PlanModel

extension CitationParser {
    /// The date of issue written after a symbol or its issuer.
    struct DateMatch {
        var date: CivilDate
        /// The date's own text, from its first digit to its last ("23/12/2021").
        var range: Range<Int>
        /// Just past the date.
        var end: Int { range.upperBound }
    }

    /// Spellings of "ngày" ("ngay", OCR "ngdy").
    private static let dayWords: Set<String> = ["ngay", "ngdy"]

    /// "ngày 23/12/2021" or "ngày 02 tháng 8 năm 2021" starting within a few spaces
    /// (and an optional comma) of `position`.
    func date(after position: Int) -> DateMatch? {
        var start = skipEmphasis(from: text.skipSpaces(from: position, limit: 2))
        if text.is(start, ",") { start = skipEmphasis(from: text.skipSpaces(from: start + 1, limit: 2)) }
        var wordEnd = start
        while text.isLetter(wordEnd), wordEnd - start < 5 { wordEnd += 1 }
        guard wordEnd > start, !text.isLetter(wordEnd), Self.dayWords.contains(text.matchKey(start..<wordEnd)) else {
            return nil
        }
        let dateStart = text.skipSpaces(from: wordEnd, limit: 2)
        guard dateStart > wordEnd else { return nil }
        return civilDate(at: dateStart)
    }

    /// Past Markdown emphasis ("**", "_") and the spaces after it: web copies set the
    /// date in italics apart from the symbol ("377/ĐA-CP **ngày 09 tháng 5 năm 2025").
    func skipEmphasis(from position: Int) -> Int {
        var p = position
        while text.is(p, "*") || text.is(p, "_"), p - position < 3 { p += 1 }
        return p == position ? p : text.skipSpaces(from: p, limit: 2)
    }

    /// "năm 2023" after a symbol written without its full date ("Nghị quyết 127/NQ-CP
    /// năm 2023"): the year and where it ends.
    func yearOfIssue(after position: Int) -> (value: Int, end: Int)? {
        let start = text.skipSpaces(from: position, limit: 2)
        guard start > position, let afterWord = dateWord(at: position, keys: ["nam"]), afterWord > start else { return nil }
        let end = text.digitRunEnd(from: afterWord)
        guard end - afterWord == 4, !text.isAlphanumeric(end), !text.is(end, "/"),
              let year = Int(text.digits(afterWord..<end)), (1945...2099).contains(year) else { return nil }
        return (year, end)
    }

    /// A day-month-year date at `start`, numeric ("23/12/2021", "0 1/8/2018",
    /// "25/12//2020") or in words ("02 tháng 8 năm 2021", OCR "nàrn" for "năm").
    ///
    /// Impossible dates (31/02) are returned as written; `CivilDate.isValid` tells.
    func civilDate(at start: Int) -> DateMatch? {
        guard let day = smallNumber(at: start) else { return nil }
        var position = day.end
        let numeric: Bool
        if let afterSeparator = numericSeparatorEnd(at: position) {
            numeric = true
            position = afterSeparator
        } else if let afterWord = dateWord(at: position, keys: ["thang"]) {
            numeric = false
            position = afterWord
        } else {
            return nil
        }
        guard let month = smallNumber(at: position) else { return nil }
        position = month.end
        if numeric {
            guard let afterSeparator = numericSeparatorEnd(at: position) else { return nil }
            position = afterSeparator
        } else {
            guard let afterWord = dateWord(at: position, keys: ["nam", "narn"]) else { return nil }
            position = afterWord
        }
        guard let year = fourDigitYear(at: position) else { return nil }
        return DateMatch(date: CivilDate(year: year.value, month: month.value, day: day.value),
                         range: start..<year.end)
    }

    /// A day or month of one or two digits; a two-digit value split by OCR ("0 1/")
    /// is joined when a date separator follows the second digit.
    private func smallNumber(at start: Int) -> (value: Int, end: Int)? {
        let end = text.digitRunEnd(from: start)
        let length = end - start
        guard (1...2).contains(length) else { return nil }
        if length == 1, text.is(end, " "), text.isDigit(end + 1), !text.isDigit(end + 2),
           numericSeparatorEnd(at: end + 2) != nil {
            return (Int(text.digits(start..<end) + text.digits((end + 1)..<(end + 2)))!, end + 2)
        }
        return (Int(text.digits(start..<end))!, end)
    }

    /// A year of four digits, joined when OCR split it ("202 1", "20 18").
    private func fourDigitYear(at start: Int) -> (value: Int, end: Int)? {
        let end = text.digitRunEnd(from: start)
        let length = end - start
        if length == 4 { return (Int(text.digits(start..<end))!, end) }
        guard (1...3).contains(length), text.is(end, " "), text.isDigit(end + 1) else { return nil }
        let secondEnd = text.digitRunEnd(from: end + 1)
        guard length + (secondEnd - end - 1) == 4 else { return nil }
        return (Int(text.digits(start..<end) + text.digits((end + 1)..<secondEnd))!, secondEnd)
    }

    /// Just past "/", "-" or "." (a doubled slash is OCR and tolerated).
    private func numericSeparatorEnd(at position: Int) -> Int? {
        guard let s = text.scalar(position) else { return nil }
        if s == "/" { return text.is(position + 1, "/") ? position + 2 : position + 1 }
        if s == "-" || s == "." { return text.isDigit(position + 1) ? position + 1 : nil }
        return nil
    }

    /// Just past " tháng " or " năm " (by folded key), with the spaces around it.
    private func dateWord(at position: Int, keys: Set<String>) -> Int? {
        let wordStart = text.skipSpaces(from: position, limit: 2)
        guard wordStart > position else { return nil }
        var wordEnd = wordStart
        while text.isLetter(wordEnd), wordEnd - wordStart < 6 { wordEnd += 1 }
        guard wordEnd > wordStart, keys.contains(text.matchKey(wordStart..<wordEnd)) else { return nil }
        let next = text.skipSpaces(from: wordEnd, limit: 2)
        return next > wordEnd ? next : nil
    }
}
