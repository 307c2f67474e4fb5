/// Tolerant recognisers for the number line and the place-and-date line, which OCR
/// damages the most ("S6: 98/KH-BDT", "Qudng Ngai, ngdy 27 thang 02nam 2023").
enum HeaderPatterns {
    struct NumberLine {
        var number: Range<Int>   // may be empty: "Số: /KH-VP" in a draft
        var symbol: Range<Int>
        var end: Int
    }

    struct PlaceDate {
        var place: Range<Int>
        var day: Int?
        var month: Int?
        var year: Int?
        var whole: Range<Int>
        /// Range of the day digits, when written.
        var dayRange: Range<Int>?
        var monthRange: Range<Int>?
    }

    static func numberLine(_ t: MappedText, at i: Int) -> NumberLine? {
        let f = t.folded, n = t.count
        var j = i
        guard j < n, f[j] == "s" else { return nil }
        j += 1
        var sawLetter = false
        if j < n, f[j] == "o" || f[j] == "6" || f[j] == "0" { j += 1; sawLetter = true }
        j = t.skipSpaces(from: j)
        var hasColon = false
        if j < n, f[j] == ":" { hasColon = true; j = t.skipSpaces(from: j + 1) }
        guard hasColon || sawLetter else { return nil }
        let numberStart = j
        while j < n, f[j] != "/", f[j] != " " , j - numberStart < 8 { j += 1 }
        var numberEnd = j
        j = t.skipSpaces(from: j)
        guard j < n, f[j] == "/" else { return nil }
        if !hasColon {  // "Số 15/KH-STP": the number must be digits
            guard numberEnd > numberStart, (numberStart..<numberEnd).allSatisfy({ MarkerScanner.digit(t.scalars[$0]) != nil }) else { return nil }
        }
        while numberEnd > numberStart, t.scalars[numberEnd - 1] == " " { numberEnd -= 1 }
        j += 1
        let symbolStart = j
        while j < n, f[j] != " ", f[j] != "," , f[j] != ";" { j += 1 }
        guard j > symbolStart else { return nil }
        // The symbol must contain a letter (KH-BDT), or it is a date or a fraction.
        guard (symbolStart..<j).contains(where: { t.scalars[$0].properties.isAlphabetic }) else { return nil }
        return NumberLine(number: numberStart..<numberEnd, symbol: symbolStart..<j, end: j)
    }

    /// Finds "<place>, ngày DD tháng MM năm YYYY" starting the search at `from`.
    static func placeDate(_ t: MappedText, from: Int) -> PlaceDate? {
        let f = t.folded, n = t.count
        var comma = from
        while comma < n {
            guard f[comma] == "," else { comma += 1; continue }
            if let result = dateAfterComma(t, comma: comma, placeStart: from) { return result }
            comma += 1
            if comma - from > 60 { break }
        }
        // "Hà Nội ngày 01 tháng 12 năm 2025": the comma left out.
        var k = from + 2
        while k + 4 < n, k - from <= 40 {
            if f[k] == " ", f[k + 1] == "n", f[k + 2] == "g", f[k + 3] == "a" || f[k + 3] == "ay".unicodeScalars.first!,
               t.scalars[from].properties.isUppercase,
               !(from..<k).contains(where: { MarkerScanner.digit(t.scalars[$0]) != nil || t.scalars[$0] == "/" }),
               t.scalars[from..<k].filter({ $0 == " " }).count <= 4, let result = dateAfterComma(t, comma: k, placeStart: from) {
                return result
            }
            k += 1
        }
        return nil
    }

    private static func dateAfterComma(_ t: MappedText, comma: Int, placeStart: Int) -> PlaceDate? {
        let f = t.folded, n = t.count
        var j = t.skipSpaces(from: comma + 1)
        guard j + 1 < n, f[j] == "n", f[j + 1] == "g" else { return nil }
        while j < n, isLetter(f[j]) { j += 1 }
        // Numeric form: "ngày 27/02/2023".
        let afterNgay = skipJunk(t, from: j)
        if let (d, dr, next) = readNumber(t, from: afterNgay, maxDigits: 2), next < n, f[next] == "/" {
            if let (m, mr, next2) = readNumber(t, from: next + 1, maxDigits: 2), next2 < n, f[next2] == "/",
               let (y, _, end) = readNumber(t, from: next2 + 1, maxDigits: 4) {
                return PlaceDate(place: trimmedPlace(t, placeStart, comma), day: d, month: m, year: y,
                                 whole: placeStart..<end, dayRange: dr, monthRange: mr)
            }
        }
        var day: Int?, dayRange: Range<Int>?
        j = skipJunk(t, from: j)
        if let (d, r, next) = readNumber(t, from: j, maxDigits: 2) { day = d; dayRange = r; j = next }
        j = skipJunk(t, from: j)
        guard j + 1 < n, f[j] == "t", f[j + 1] == "h" else { return nil }
        while j < n, isLetter(f[j]) { j += 1 }
        j = skipJunk(t, from: j)
        var month: Int?, monthRange: Range<Int>?
        if let (m, r, next) = readNumber(t, from: j, maxDigits: 2) { month = m; monthRange = r; j = next }
        j = t.skipSpaces(from: j)
        guard j < n, f[j] == "n" else { return nil }
        while j < n, isLetter(f[j]) { j += 1 }
        j = t.skipSpaces(from: j)
        guard let (year, _, end) = readNumber(t, from: j, maxDigits: 4), year >= 1900, year <= 2200 else { return nil }
        return PlaceDate(place: trimmedPlace(t, placeStart, comma), day: day, month: month, year: year,
                         whole: placeStart..<end, dayRange: dayRange, monthRange: monthRange)
    }

    private static func trimmedPlace(_ t: MappedText, _ start: Int, _ comma: Int) -> Range<Int> {
        var lo = t.skipSpaces(from: start), hi = comma
        while hi > lo, t.scalars[hi - 1] == " " { hi -= 1 }
        if hi < lo { lo = hi }
        return lo..<hi
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    /// Skips spaces and OCR junk that is neither a digit nor a letter.
    private static func skipJunk(_ t: MappedText, from i: Int) -> Int {
        var j = i
        while j < t.count, !isLetter(t.folded[j]), MarkerScanner.digit(t.scalars[j]) == nil { j += 1 }
        return j
    }

    private static func readNumber(_ t: MappedText, from i: Int, maxDigits: Int) -> (Int, Range<Int>, Int)? {
        var j = i, value = 0
        while j < t.count, j - i < maxDigits, let d = MarkerScanner.digit(t.scalars[j]) { value = value * 10 + d; j += 1 }
        guard j > i else { return nil }
        if j < t.count, MarkerScanner.digit(t.scalars[j]) != nil { return nil }
        return (value, i..<j, j)
    }
}
