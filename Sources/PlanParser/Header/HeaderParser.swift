import Foundation
import PlanModel
import VietnameseText

/// Reads the document components before the first section: issuing bodies, number and
/// symbol, place and date, document type and title, and the basis paragraphs.
///
/// Plans lay the header out in two columns that extraction flattens onto one line
/// ("UBND TỈNH QUẢNG NGÃI   CỘNG HÒA XÃ HỘI…", "Số: 98/KH-BDT   Quảng Ngãi, ngày …");
/// the parser splits at the national motto and reads both halves.
enum HeaderParser {
    struct Result {
        var header = Header()
        var basis: [Located<String>] = []
        var year: Int?
    }

    static func parse(_ blocks: ArraySlice<TextBlock>) -> Result {
        var r = Result()
        var orgs: [Located<String>] = []
        var seenNumberOrType = false
        for block in blocks {
            let t = block.text
            let start = MarkerScanner.contentStart(t)
            // Left column before the motto / "CỘNG HÒA…".
            let rightStart = mottoStart(t)
            let leftEnd = rightStart ?? t.count
            if let n = HeaderPatterns.numberLine(t, at: start), r.header.numberLine == nil {
                seenNumberOrType = true
                r.header.numberLine = t.located(start..<n.end)
                r.header.number = n.number.isEmpty ? Located("", span: t.span(n.number.lowerBound..<(n.number.lowerBound + 1)))
                    : t.located(n.number)
                if r.header.number == nil { r.header.number = Located("", span: t.span(start..<n.end)) }
                r.header.symbol = t.located(n.symbol, trimming: [".", ","])
                if let pd = HeaderPatterns.placeDate(t, from: n.end) { apply(pd, t, &r.header) }
                continue
            }
            if r.header.dateLine == nil, let pd = HeaderPatterns.placeDate(t, from: start), pd.place.count <= 40 {
                apply(pd, t, &r.header)
                if !seenNumberOrType, pd.place.lowerBound > start { addOrg(t, start..<pd.place.lowerBound, &orgs) }
                continue
            }
            if r.header.documentType == nil, let end = documentTypeEnd(t, at: start) {
                seenNumberOrType = true
                r.header.documentType = t.located(start..<end)
                if let rest = t.located(end..<t.count) { r.header.title = rest }
                continue
            }
            if r.header.documentType != nil, r.header.title == nil, !isBasis(t, at: start, strict: true) {
                r.header.title = t.located(start..<t.count)
                continue
            }
            if isBasis(t, at: start, strict: false), r.header.documentType != nil || seenNumberOrType || !r.basis.isEmpty {
                if let l = t.located(start..<t.count) { r.basis.append(l) }
                continue
            }
            if !seenNumberOrType, LineClassifier.isAllCaps(t) || rightStart != nil {
                addOrg(t, start..<leftEnd, &orgs)
            }
        }
        assignIssuers(orgs, &r.header)
        r.year = year(in: r.header.title) ?? r.header.date.map { $0.value.year }
        return r
    }

    private static func apply(_ pd: HeaderPatterns.PlaceDate, _ t: MappedText, _ h: inout Header) {
        h.place = t.located(pd.place)
        h.dateLine = t.located(pd.whole)
        if let d = pd.day, let m = pd.month, let y = pd.year {
            let date = CivilDate(year: y, month: m, day: d)
            if date.isValid { h.date = Located(date, span: t.span(pd.whole)) }
        } else {
            h.dateIsBlank = true
            if let y = pd.year { h.approximateDate = CivilDate(year: y, month: pd.month.flatMap { (1...12).contains($0) ? $0 : nil } ?? 1, day: 1) }
        }
    }

    private static func addOrg(_ t: MappedText, _ range: Range<Int>, _ orgs: inout [Located<String>]) {
        guard let l = t.located(range, trimming: ["-", "_", "*"]) else { return }
        let folded = VietnameseFolding.fold(l.value)
        if folded.hasPrefix("cong hoa") || folded.hasPrefix("doc lap") { return }
        guard l.value.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 else { return }
        orgs.append(l)
    }

    /// "ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG TRỊ" is one body; "UBND TỈNH X" + "SỞ Y" is parent + issuer.
    private static func assignIssuers(_ orgs: [Located<String>], _ h: inout Header) {
        guard !orgs.isEmpty else { return }
        if orgs.count == 1 { h.issuer = orgs[0]; return }
        let first = VietnameseFolding.fold(orgs[0].value)
        let second = VietnameseFolding.fold(orgs[1].value)
        let bare = ["uy ban nhan dan", "ubnd", "hoi dong nhan dan"].contains(first.trimmingCharacters(in: .whitespaces))
        if bare, ["tinh", "huyen", "thanh pho", "thi xa", "xa ", "phuong", "quan "].contains(where: { second.hasPrefix($0) }) {
            var span = orgs[0].span
            span.end = orgs[1].span.end
            h.issuer = Located(orgs[0].value + " " + orgs[1].value, span: span)
            if orgs.count >= 3 { h.parentIssuer = h.issuer; h.issuer = orgs[2] }
        } else {
            h.parentIssuer = orgs[0]
            h.issuer = orgs[1]
        }
    }

    /// Index where the right column (national name or motto) begins, if the line has one.
    static func mottoStart(_ t: MappedText) -> Int? {
        if let i = t.firstIndex(ofFolded: "cong hoa") { return i }
        // "Độc lập - Tự do - Hạnh phúc", OCR-tolerant: find "do - h" and walk back.
        guard let d = t.firstIndex(ofFolded: "do - h") else { return nil }
        var dash = d - 1
        while dash > 0, t.scalars[dash] != "-" { dash -= 1 }
        guard dash > 0 else { return nil }
        // Two words before the first dash ("Độc lập").
        var i = dash - 1
        var words = 0
        while i > 0 {
            while i > 0, t.scalars[i] == " " { i -= 1 }
            while i > 0, t.scalars[i - 1] != " " { i -= 1 }
            words += 1
            if words == 2 { break }
            i -= 1
        }
        return max(0, i)
    }

    /// "KẾ HOẠCH" (OCR "KE HOACH") in capitals at the start; returns the index after it.
    static func documentTypeEnd(_ t: MappedText, at i: Int) -> Int? {
        for p in ["ke hoach", "chuong trinh", "quyet dinh", "bao cao", "de an"] {
            guard let end = t.matchFolded(p, at: i) else { continue }
            let upper = t.scalars[i..<end].filter { $0.properties.isAlphabetic }.allSatisfy { $0.properties.isUppercase }
            guard upper, end == t.count || t.scalars[end] == " " else { continue }
            return end
        }
        return nil
    }

    /// A basis paragraph ("Căn cứ …", "Thực hiện …"). `strict` asks for evidence that it
    /// cites a document, so a title that starts with "Thực hiện" is not taken for one.
    static func isBasis(_ t: MappedText, at i: Int, strict: Bool) -> Bool {
        guard LineClassifier.isBasisStart(t, at: i) else { return false }
        if t.matchFolded("can c", at: i) != nil || t.matchFolded("cen c", at: i) != nil { return true }
        guard strict else { return true }
        // Evidence of a citation: digits followed by "/" (e.g. "2108/QĐ").
        for k in 0..<max(0, t.count - 1) where MarkerScanner.digit(t.scalars[k]) != nil && t.scalars[k + 1] == "/" { return true }
        return false
    }

    /// The last plausible year (1990–2100) in the title ("… năm 2023").
    static func year(in title: Located<String>?) -> Int? {
        guard let title else { return nil }
        var best: Int?
        var run = 0, value = 0
        for s in title.value.unicodeScalars + [" "] {
            if let d = MarkerScanner.digit(s) { value = value * 10 + d; run += 1 } else {
                if run == 4, (1990...2100).contains(value) { best = value }
                run = 0; value = 0
            }
        }
        return best
    }
}
