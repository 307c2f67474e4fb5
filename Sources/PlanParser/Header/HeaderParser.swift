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

    static func parse(_ blocks: ArraySlice<TextBlock>, source: SourceText, tables: [TextTable] = []) -> Result {
        var r = Result()
        guard let first = source.lines.first?.number else { return r }
        let last = blocks.last?.lastLine ?? first
        var cellStarts: Set<Int> = []
        for table in tables where table.lines.lowerBound <= last {
            for row in table.rows { for cell in row where !cell.continuesAbove { cellStarts.insert(cell.span.start.line) } }
        }
        let lines = HeaderLayout.lines(source, in: first...max(first, last), cellStarts: cellStarts)
        let headerEnd = readComponents(lines, &r.header)
        // Basis paragraphs ("Căn cứ …") after the header components.
        for block in blocks where block.firstLine > headerEnd {
            let t = block.text
            let start = MarkerScanner.contentStart(t)
            if isBasis(t, at: start, strict: false), let l = t.located(start..<t.count) { r.basis.append(l) }
        }
        r.year = year(in: r.header.title) ?? r.header.date.map { $0.value.year }
        return r
    }

    /// Reads the components from the logical header lines; returns the last line number used.
    private static func readComponents(_ lines: [HeaderLine], _ h: inout Header) -> Int {
        var orgs: [HeaderLine] = []
        var lastUsed = 0
        var printed: DocumentType?
        var subject: MappedText?
        var subjectCell = -1, subjectColumn = HeaderLine.Column.whole
        var mottoSeen = false
        var afterNumber: (Int, HeaderLine.Column)?
        var lastSubject: MappedText?
        var k = 0
        while k < lines.count {
            let line = lines[k]
            var t = line.text
            var start = MarkerScanner.contentStart(t)
            k += 1
            if line.isRule { if subject != nil { subject = nil }; continue }
            // "UBND TỈNH X CỘNG HÒA XÃ HỘI…" on one line: the left part is the issuer.
            if let m = mottoStart(t), m > start {
                let left = HeaderLine(text: t.slice(start..<m), cell: line.cell, column: .left, bold: line.bold, isRule: false,
                                      blankBefore: false, firstLine: line.firstLine, lastLine: line.lastLine, openRun: false)
                if h.numberLine == nil, h.documentType == nil, isOrgLike(left), !HeaderLayout.isRule(left.text) { orgs.append(left) }
                recordNationalLine(t, from: m, &h)
                mottoSeen = true
                lastUsed = line.lastLine
                continue
            }
            if isMotto(t, start) {
                recordNationalLine(t, from: start, &h)
                mottoSeen = true; lastUsed = line.lastLine; continue
            }
            // "Số:" alone, the number and symbol wrapped onto the next line of its cell.
            if t.count - start <= 4, t.matchFolded("so", at: start) != nil, t.scalars.last == ":", k < lines.count, lines[k].cell == line.cell {
                t.appendSeparator(" ")
                t.append(contentsOf: lines[k].text)
                k += 1
            }
            if let n = HeaderPatterns.numberLine(t, at: start) {
                if h.numberLine == nil {
                    h.numberLine = t.located(start..<n.end)
                    h.number = n.number.isEmpty ? Located("", span: t.span(n.number.lowerBound..<(n.number.lowerBound + 1))) : t.located(n.number)
                    if h.number == nil { h.number = Located("", span: t.span(start..<n.end)) }
                    h.symbol = t.located(n.symbol, trimming: [".", ","])
                    // "Số: 12/QĐ-" with the rest of the symbol on the next line.
                    if let sym = h.symbol, sym.value.hasSuffix("-"), n.end == t.count, k < lines.count, lines[k].cell == line.cell {
                        let nt = lines[k].text
                        if !nt.scalars.contains(" "), nt.scalars.allSatisfy({ !$0.properties.isLowercase }) {
                            h.symbol = Located(sym.value + nt.string, span: SourceSpan(file: sym.span.file, start: sym.span.start, end: nt.span(0..<nt.count).end))
                            k += 1
                        }
                    }
                    afterNumber = (line.cell, line.column)
                    if h.dateLine == nil, let pd = HeaderPatterns.placeDate(t, from: n.end) { apply(pd, t, &h) }
                    lastUsed = line.lastLine
                    // "Số: 12/UBND-VP V/v …" on one line.
                    if let v = t.firstIndex(ofFolded: "v/v", in: n.end..<t.count) { t = t.slice(v..<t.count); start = 0 } else { subject = nil; continue }
                } else { continue }
            }
            let followsNumber = afterNumber.map { $0.0 == line.cell && $0.1 == line.column } ?? false
            afterNumber = nil
            // The công văn's subject: "V/v …", or (some writers) the line under "Số:" in its cell.
            if t.matchFolded("v/v", at: start) != nil || t.matchFolded("v/ v", at: start) != nil
                || followsNumber && h.documentType == nil && subject == nil && !startsNewComponent(t, start) && !isOrgLike(line) {
                if h.documentType == nil || subject != nil {
                    subject = t.slice(start..<t.count)
                    lastSubject = subject
                    subjectCell = line.cell; subjectColumn = line.column
                    lastUsed = line.lastLine
                }
                if h.documentType != nil { h.title = subject.flatMap { $0.located(0..<$0.count) } }
                continue
            }
            if h.dateLine == nil, let pd = HeaderPatterns.placeDate(t, from: start), pd.place.count <= 40 {
                apply(pd, t, &h)
                lastUsed = line.lastLine
                continue
            }
            if h.documentType == nil, let (type, end) = DocumentTypeDetector.typeName(t, at: start), isTypeLine(t, end) {
                printed = type
                h.documentType = t.located(start..<end)
                lastUsed = line.lastLine
                let (title, used) = readTitle(lines, from: k, after: line, rest: t.located(end..<t.count, trimming: [":"]) != nil ? t.slice(end..<t.count) : nil)
                if let title { h.title = title; lastUsed = max(lastUsed, used.1); k = used.0 }
                break
            }
            // A wrapped subject line (no emphasis to hold it together) continues until the next component.
            if var s = subject, line.cell == subjectCell, line.column == subjectColumn, !startsNewComponent(t, start) {
                s.appendSeparator(" ")
                s.append(contentsOf: t)
                subject = s
                lastSubject = s
                lastUsed = line.lastLine
                continue
            }
            subject = nil
            if startsBody(t, start) { break }
            if h.numberLine == nil, h.dateLine == nil || line.column == .left || !mottoSeen, line.column != .right, isOrgLike(line) {
                orgs.append(line)
                lastUsed = line.lastLine
            }
        }
        if h.documentType == nil, h.title == nil {
            h.title = subjectText(lines, h) ?? lastSubject.flatMap { $0.located(0..<$0.count, trimming: ["*"]) }
        }
        // A fragment with no header frame (no motto, number or type name) names no issuer.
        if mottoSeen || h.numberLine != nil || h.documentType != nil { assignIssuers(orgs, &h) }
        h.kind = DocumentTypeDetector.decide(printed: printed, symbol: h.symbol?.value, hasSubjectLine: h.documentType == nil && h.title != nil)
        return lastUsed
    }

    /// The công văn's subject ("V/v …"), found by a second pass so its wrapped lines are kept.
    private static func subjectText(_ lines: [HeaderLine], _ h: Header) -> Located<String>? {
        guard let i = lines.firstIndex(where: { l in
            let s = MarkerScanner.contentStart(l.text)
            return l.text.matchFolded("v/v", at: s) != nil || l.text.firstIndex(ofFolded: " v/v ") != nil
        }) else { return nil }
        var t = lines[i].text
        var s = MarkerScanner.contentStart(t)
        if t.matchFolded("v/v", at: s) == nil, let v = t.firstIndex(ofFolded: "v/v") { s = v }
        t = t.slice(s..<t.count)
        var j = i + 1
        while j < lines.count, lines[j].cell == lines[i].cell, lines[j].column == lines[i].column, !lines[j].isRule {
            let n = lines[j].text
            guard !startsNewComponent(n, MarkerScanner.contentStart(n)), !lines[j].blankBefore else { break }
            t.appendSeparator(" ")
            t.append(contentsOf: n)
            j += 1
        }
        return t.located(0..<t.count, trimming: ["*"])
    }

    /// The trích yếu after the type name: as many lines as share its case and emphasis,
    /// up to a basis paragraph, the issuing authority line, a rule or a new cell.
    private static func readTitle(_ lines: [HeaderLine], from k: Int, after typeLine: HeaderLine, rest: MappedText?)
        -> (Located<String>?, (Int, Int)) {
        var title: MappedText?
        var firstTitle: HeaderLine?
        var j = k
        var lastLine = typeLine.lastLine
        if let rest, rest.scalars.contains(where: { $0.properties.isAlphabetic }) {
            var r = rest
            let s = r.skipSpaces(from: 0)
            r = r.slice(s..<r.count)
            title = r
            firstTitle = typeLine
        }
        while j < lines.count {
            let l = lines[j]
            let t = l.text
            let s = MarkerScanner.contentStart(t)
            if l.isRule { if title != nil { j += 1 }; break }
            if l.cell != typeLine.cell, title != nil { break }
            // A basis paragraph is in sentence case; a title in capitals may begin "THỰC HIỆN".
            if isBasis(t, at: s, strict: false), !LineClassifier.isAllCaps(t) { break }
            if startsBody(t, s) { break }
            // The issuing authority of a legal act ends the title: set apart by its emphasis,
            // or without emphasis by what follows it (a basis paragraph, a blank line).
            if isAuthority(t, s), let f = firstTitle {
                if l.bold != f.bold || l.text.string.hasPrefix("#") { break }
                let next = j + 1 < lines.count ? lines[j + 1] : nil
                if next.map({ $0.blankBefore || isBasis($0.text, at: MarkerScanner.contentStart($0.text), strict: false) }) ?? true { break }
            }
            if HeaderPatterns.numberLine(t, at: s) != nil || HeaderPatterns.placeDate(t, from: s) != nil, title == nil { j += 1; continue }
            if let f = firstTitle, var cur = title {
                let caps = LineClassifier.isAllCaps(f.text) || (title.map { LineClassifier.isAllCaps($0) } ?? false)
                if l.blankBefore || l.bold != f.bold { break }
                if caps, !LineClassifier.isAllCaps(t), t.count > 12 { break }
                if !caps, BlockBuilder.isTerminated(cur) { break }
                cur.appendSeparator(" ")
                cur.append(contentsOf: t)
                title = cur
            } else {
                title = t.slice(s..<t.count)
                firstTitle = l
            }
            lastLine = l.lastLine
            j += 1
        }
        return (title.flatMap { $0.located(0..<$0.count, trimming: ["*"]) }, (j, lastLine))
    }

    /// The issuing authority line of a legal act ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X",
    /// "BỘ TRƯỞNG BỘ Y", "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ điện:") that ends the title.
    static func isAuthority(_ t: MappedText, _ i: Int) -> Bool {
        guard LineClassifier.isAllCaps(t) || t.firstIndex(ofFolded: " dien:") != nil else { return false }
        let words = ["chu tich", "bo truong", "thu tuong", "chinh phu", "uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd",
                     "giam doc", "tong giam doc", "cuc truong", "chanh van phong", "truong ban", "thong doc", "tong kiem toan",
                     "chanh an", "vien truong", "quoc hoi", "uy ban thuong vu", "bo chinh tri", "ban chap hanh"]
        return words.contains { w in
            guard let e = t.matchFolded(w, at: i) else { return false }
            return e == t.count || t.scalars[e] == " " || t.scalars[e] == ":"
        }
    }

    private static func isTypeLine(_ t: MappedText, _ end: Int) -> Bool {
        // The name alone (or with the title on the same line, "KẾ HOẠCH Triển khai…").
        let rest = t.skipSpaces(from: end)
        return rest >= t.count || t.scalars[rest] == ":" || t.scalars[end] == " "
    }

    /// Keeps where the Quốc hiệu and the Tiêu ngữ are (their presentation is checked).
    private static func recordNationalLine(_ t: MappedText, from i: Int, _ h: inout Header) {
        guard let whole = t.located(i..<t.count) else { return }
        let motto = t.firstIndex(ofFolded: "doc lap", in: i..<t.count)
        if t.firstIndex(ofFolded: "cong hoa", in: i..<t.count) != nil || t.firstIndex(ofFolded: "chu nghia viet nam", in: i..<t.count) != nil {
            if h.nationalName == nil {
                h.nationalName = motto.flatMap { m in m > i ? t.located(i..<m) : nil } ?? whole
            }
            if let m = motto, m > i, h.motto == nil { h.motto = t.located(m..<t.count) }
        } else if h.motto == nil, motto != nil || t.firstIndex(ofFolded: "hanh phuc", in: i..<t.count) != nil {
            h.motto = whole
        }
    }

    private static func isMotto(_ t: MappedText, _ i: Int) -> Bool {
        for p in ["cong hoa", "chu nghia viet nam", "doc lap", "xa hoi chu nghia"] where t.matchFolded(p, at: i) != nil { return true }
        return t.firstIndex(ofFolded: "tu do - hanh phuc") != nil || t.firstIndex(ofFolded: "tu do – hanh phuc") != nil
    }

    private static func startsNewComponent(_ t: MappedText, _ i: Int) -> Bool {
        HeaderPatterns.numberLine(t, at: i) != nil || HeaderPatterns.placeDate(t, from: i) != nil || isMotto(t, i)
            || DocumentTypeDetector.typeName(t, at: i) != nil || startsBody(t, i)
    }

    /// "Kính gửi:", a basis paragraph, or a section marker: the header is over.
    private static func startsBody(_ t: MappedText, _ i: Int) -> Bool {
        if t.matchFolded("kinh gui", at: i) != nil { return true }
        if LineClassifier.isBasisStart(t, at: i), t.matchFolded("can cu", at: i) != nil { return true }
        return false
    }

    private static func isOrgLike(_ l: HeaderLine) -> Bool {
        let t = l.text
        let letters = t.scalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2 else { return false }
        let upper = letters.filter { $0.properties.isUppercase }.count
        return Double(upper) >= 0.9 * Double(letters.count)
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

    /// Bold lines of the left cell are the issuer (wrapped parts joined); plain lines above
    /// them its parent body. Without emphasis, "ỦY BAN NHÂN DÂN" + "TỈNH X" is one body and
    /// "UBND TỈNH X" + "SỞ Y" is parent + issuer.
    private static func assignIssuers(_ lines: [HeaderLine], _ h: inout Header) {
        // Keep the first cell's run of names only (the left column before anything else).
        guard let firstCell = lines.first?.cell else { return }
        let orgs = lines.filter { $0.cell == firstCell }.compactMap { l -> (Located<String>, Bool)? in
            l.text.located(0..<l.text.count, trimming: ["-", "_", "*"]).map { ($0, l.bold) }
        }
        guard !orgs.isEmpty else { return }
        func join(_ parts: [Located<String>]) -> Located<String>? {
            guard var first = parts.first else { return nil }
            for p in parts.dropFirst() { first = Located(first.value + " " + p.value, span: SourceSpan(file: first.span.file, start: first.span.start, end: p.span.end, logical: first.span.logical)) }
            return first
        }
        // The parent is printed plain above the issuer in bold; lines after the first bold
        // one belong to the issuer even where a web copy closed the bold early.
        if let firstBold = orgs.firstIndex(where: \.1) {
            h.issuer = join(orgs[firstBold...].map(\.0))
            h.parentIssuer = join(orgs[..<firstBold].map(\.0))
            return
        }
        let plain = orgs.map(\.0)
        if plain.count == 1 { h.issuer = plain[0]; return }
        var groups: [Located<String>] = []
        for o in plain {
            if let prev = groups.last, continuesName(prev.value, o.value) { groups[groups.count - 1] = join([prev, o])! } else { groups.append(o) }
        }
        if groups.count == 1 { h.issuer = groups[0] } else {
            h.parentIssuer = join(Array(groups.dropLast()))
            h.issuer = groups.last
        }
    }

    /// "ỦY BAN NHÂN" + "DÂN TỈNH X", "ỦY BAN NHÂN DÂN" + "TỈNH X": one name over two lines.
    private static func continuesName(_ a: String, _ b: String) -> Bool {
        let fa = VietnameseFolding.fold(a).trimmingCharacters(in: .whitespaces)
        let fb = VietnameseFolding.fold(b).trimmingCharacters(in: .whitespaces)
        if ["uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd"].contains(fa),
           ["tinh", "huyen", "thanh pho", "thi xa", "xa ", "phuong", "quan ", "dac khu"].contains(where: { fb.hasPrefix($0) }) { return true }
        // A name cut inside a word group: the first part ends with a word that cannot end a name.
        let dangling = ["nhan", "uy ban", "hoi dong", "cong hoa", "bo", "so", "ban", "cuc", "tong"]
        return dangling.contains { fa.hasSuffix(" " + $0) || fa == $0 } && !fb.hasPrefix("so ") && !fb.hasPrefix("cuc ")
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
        let scalars = Array(title.value.unicodeScalars) + [" "]
        var best: Int?
        var run = 0, value = 0
        for (i, s) in scalars.enumerated() {
            if let d = MarkerScanner.digit(s) { value = value * 10 + d; run += 1 } else {
                if run == 4, (1990...2100).contains(value) {
                    // A span ("giai đoạn 2021-2025", "đến năm 2035") is a multi-year plan's
                    // horizon, not the year the plan is for: its year is then the date's.
                    if isHorizon(scalars, start: i - 4, end: i) { return nil }
                    best = value
                }
                run = 0; value = 0
            }
        }
        return best
    }

    /// Whether the four digits at `start..<end` belong to a span of years.
    /// The last year of the span a title names ("đến năm 2030" → 2030), if it names one.
    static func horizon(in title: Located<String>?) -> Int? {
        guard let title else { return nil }
        let scalars = Array(title.value.unicodeScalars) + [" "]
        var last: Int?
        var run = 0, value = 0
        for (i, s) in scalars.enumerated() {
            if let d = MarkerScanner.digit(s) { value = value * 10 + d; run += 1 } else {
                if run == 4, (1990...2100).contains(value), isHorizon(scalars, start: i - 4, end: i) { last = max(last ?? value, value) }
                run = 0; value = 0
            }
        }
        return last
    }

    static func isHorizon(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        let before = VietnameseFolding.fold(String(String.UnicodeScalarView(scalars[max(0, start - 12)..<start]))).lowercased()
        if before.hasSuffix("den nam ") || before.hasSuffix("den ") || before.hasSuffix("giai doan ") { return true }
        func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" || s == "\u{2014}" }
        // "2021-2025", "2021 – 2025": a dash joins this year to another.
        var j = end
        while j < scalars.count, scalars[j] == " " { j += 1 }
        if j < scalars.count, isDash(scalars[j]) { return true }
        var k = start - 1
        while k >= 0, scalars[k] == " " { k -= 1 }
        return k >= 0 && isDash(scalars[k])
    }
}
