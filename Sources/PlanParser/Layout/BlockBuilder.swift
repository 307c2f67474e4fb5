import PlanModel
import VietnameseText

/// Turns source lines into paragraphs, undoing PDF-extraction layout.
///
/// PDF extraction puts a blank line after every line and wraps sentences mid-line; OCR
/// and web copies wrap without blank lines. A line joins the paragraph before it unless
/// it starts something new (a marker, bullet, field label, all-caps heading, a header
/// component, or — in the header region — a "Căn cứ"/"Thực hiện" basis paragraph).
/// Across a blank line it joins only when the paragraph is unfinished (no closing
/// punctuation) and the layout is double-spaced or the line starts in lower case.
enum BlockBuilder {
    struct Result {
        var blocks: [TextBlock]
        var doubleSpaced: Bool
    }

    private struct Line {
        var number: Int
        var text: MappedText
        var isBlank: Bool { text.isEmpty }
    }

    static func build(_ source: SourceText) -> Result {
        var logical: [Int: LogicalLocation] = [:]
        for l in source.lines { if let loc = l.logical { logical[l.number] = loc } }
        let file = source.file.path
        var lines: [Line] = []
        lines.reserveCapacity(source.lines.count)
        for l in source.lines {
            let norm = VietnameseNormalizer.normalize(line: l.text, generatedPrefix: l.generatedPrefix)
            var lo = 0, hi = norm.scalars.count
            while lo < hi, norm.scalars[lo] == " " { lo += 1 }
            while hi > lo, norm.scalars[hi - 1] == " " { hi -= 1 }
            var t = MappedText(file: file, logical: logical)
            t.append(norm, lineNumber: l.number, range: lo..<hi)
            lines.append(Line(number: l.number, text: t))
        }
        let nonBlank = lines.filter { !$0.isBlank }.count
        var followedByBlank = 0
        for (k, l) in lines.enumerated() where !l.isBlank && k + 1 < lines.count && lines[k + 1].isBlank { followedByBlank += 1 }
        let doubleSpaced = nonBlank >= 8 && Double(followedByBlank) >= 0.6 * Double(nonBlank)
        // A web copy of a Word document: hard-wrapped lines, paragraphs separated by blank lines.
        let blankSeparated = !doubleSpaced && nonBlank >= 8 && Double(followedByBlank) >= 0.15 * Double(nonBlank)

        var blocks: [TextBlock] = []
        var current: TextBlock?
        var currentKind: LineClassifier.Start = .plain
        var currentIsSectionHeading = false
        var blankSince = false
        var inHeaderRegion = true
        // Emphasis opened on an earlier line of the paragraph and not yet closed ("**I. MỤC" / "ĐÍCH**").
        var emphasis = Emphasis()
        var previousLineLength = 0

        func flush() {
            if var c = current {
                c.text.trimTrailing()
                blocks.append(c)
            }
            current = nil
        }

        var cellStart = false
        var afterSeparator = false
        let inCell = FlattenedCells.lines(separator: lines.map { $0.text.count == 1 && $0.text.scalars[0] == "|" },
                                          blank: lines.map(\.isBlank))
        for (k, line) in lines.enumerated() {
            if line.text.count == 1, line.text.scalars[0] == "|" {
                // A flattened table's cell boundary ends the paragraph, as a blank line does.
                if current != nil, cellStart { current!.isTableCell = true }
                flush()
                afterSeparator = true
                blankSince = true
                continue
            }
            if line.isBlank {
                // A line that held only "<!-- … -->" is not a paragraph break.
                if !source.lines[k].text.contains("<!--") { blankSince = true }
                continue
            }
            if LineClassifier.isPageNumber(line.text) { blankSince = true; continue }
            let kind = LineClassifier.classify(line.text, inHeaderRegion: inHeaderRegion)
            var join = false
            if let c = current, !blankSince, endsInBrokenSymbol(c.text) {
                // "… Quyết định số 146/QĐ-BVTV-" / "KH ngày 16/01/2018 …": the symbol goes on,
                // whatever the next line looks like.
                join = true
            } else if let c = current, !blankSince, emphasis.isOpen || isLoneKeyword(c.text), c.lastLine - c.firstLine < 4 {
                // "**Điều" / "2. Phạm vi**", "**1. Sở" / "Khoa học và Công nghệ**": the heading goes on.
                // (A longer emphasised paragraph is joined by the rules below, like any other.)
                join = true
            } else if let c = current, !blankSince, blankSeparated, kind == .marker, !currentIsSectionHeading,
                      currentKind != .allCaps, currentKind != .header, previousLineLength >= 60, !isTerminated(c.text) {
                // A hard-wrapped sentence whose next line happens to begin "1." or "V.".
                join = true
            } else if let c = current, kind == .plain, currentKind != .allCaps, currentKind != .header {
                let startsUpper = line.text.scalars.first.map { $0.properties.isUppercase } ?? false
                let startsLower = line.text.scalars.first.map { $0.properties.isLowercase } ?? false
                if currentIsSectionHeading && startsUpper {
                    join = false
                } else if !blankSince {
                    // A finished sentence followed by a capitalised line starts a new paragraph
                    // ("…của UBND tỉnh;" then "Ủy ban nhân dân huyện … ban hành …").
                    join = !(isTerminated(c.text) && startsUpper)
                } else if startsLower {
                    // A sentence does not start in lower case: this continues the paragraph,
                    // unless a single-spaced document ended the paragraph with a full stop.
                    join = doubleSpaced || c.text.scalars.last != "."
                } else if !isTerminated(c.text) {
                    join = doubleSpaced
                }
            }
            if join, var c = current {
                // Released first so `c` holds the only reference and appends in place:
                // otherwise each joined line copies the whole paragraph (quadratic).
                current = nil
                let last = c.text.scalars.last
                let beforeLast = c.text.count >= 2 ? c.text.scalars[c.text.count - 2] : " "
                // "…/QĐ-" + "UBND": a symbol broken after its hyphen joins without a space.
                if !(last == "-" && beforeLast != " ") { c.text.appendSeparator(" ") }
                c.text.append(contentsOf: line.text)
                c.lastLine = line.number
                current = c
                emphasis = Self.emphasis(after: source.lines[k].text, from: emphasis)
            } else {
                flush()
                current = TextBlock(text: line.text, firstLine: line.number, lastLine: line.number)
                current!.isTableCell = inCell.contains(k)
                cellStart = afterSeparator
                currentKind = kind
                currentIsSectionHeading = false
                emphasis = Self.emphasis(after: source.lines[k].text, from: Emphasis())
                if kind == .marker, let m = MarkerScanner.numbering(line.text, at: MarkerScanner.contentStart(line.text)) {
                    currentIsSectionHeading = m.style == .roman || m.style == .capital || m.style == .arabic || m.style == .decimal || m.style.isStructural
                    if m.style == .roman || m.style == .arabic || m.style.isStructural { inHeaderRegion = false }
                }
            }
            previousLineLength = line.text.count
            blankSince = false
            afterSeparator = false
        }
        flush()
        return Result(blocks: blocks, doubleSpaced: doubleSpaced)
    }

    /// Bold ("**") or italics ("*") left open by the lines read so far.
    struct Emphasis: Equatable {
        var bold = false
        var italic = false
        var isOpen: Bool { bold || italic }
    }

    /// The emphasis open after a raw line, given what was open before it. "**" toggles bold; a
    /// lone "*" opens italics at a word's start ("*Theo đề nghị …") and closes them at a word's
    /// end ("… năm 2025.*"), so a paragraph that closes its italics ends the emphasis even when
    /// its opening line was read as another paragraph. A Markdown bullet ("* item") is no emphasis.
    static func emphasis(after raw: String, from state: Emphasis) -> Emphasis {
        let u = Array(raw.unicodeScalars)
        var state = state, i = 0
        let firstNonSpace = u.firstIndex { $0 != " " } ?? u.count
        func isSpace(_ k: Int) -> Bool { k < 0 || k >= u.count || u[k] == " " || u[k] == "*" }
        // Italics open after a space or an opening bracket ("*(Chi tiết …") and close before a
        // space or punctuation ("… kèm theo)*;").
        func opensAfter(_ k: Int) -> Bool { isSpace(k) || "([“\"'".unicodeScalars.contains(u[k]) }
        func closesBefore(_ k: Int) -> Bool { isSpace(k) || ".,;:!?)]”\"'…-/".unicodeScalars.contains(u[k]) }
        while i < u.count {
            if u[i] == "*" {
                if i + 2 < u.count, u[i + 1] == "*", u[i + 2] == "*" { state.bold.toggle(); state.italic.toggle(); i += 3; continue }
                if i + 1 < u.count, u[i + 1] == "*" { state.bold.toggle(); i += 2; continue }
                let bulletStar = i == firstNonSpace && (i + 1 >= u.count || u[i + 1] == " ")
                if !bulletStar {
                    let opens = opensAfter(i - 1) && !isSpace(i + 1)
                    let closes = !isSpace(i - 1) && closesBefore(i + 1)
                    if opens && !closes { state.italic = true } else if closes && !opens { state.italic = false }
                }
            }
            i += 1
        }
        return state
    }

    /// A paragraph that is only a structural keyword, its number on the next line ("**Điều" / "3. …").
    static func isLoneKeyword(_ t: MappedText) -> Bool {
        let i = MarkerScanner.contentStart(t)
        for k in ["dieu", "chuong", "muc", "phan", "phu luc"] {
            if let e = t.matchFolded(k, at: i), t.skipSpaces(from: e) >= t.count, t.scalars[i].properties.isUppercase { return true }
        }
        return false
    }

    /// A paragraph that ends inside a document symbol broken after a hyphen ("146/QĐ-BVTV-").
    static func endsInBrokenSymbol(_ t: MappedText) -> Bool {
        guard t.count >= 3, t.scalars[t.count - 1] == "-", t.scalars[t.count - 2] != " " else { return false }
        var k = t.count - 2
        while k >= 0, t.scalars[k] != " " {
            if t.scalars[k] == "/" { return true }
            k -= 1
        }
        return false
    }

    static func isTerminated(_ t: MappedText) -> Bool {
        guard let last = t.scalars.last(where: { $0 != " " }) else { return true }
        return [".", ";", ":", "!", "?"].contains(last)
    }
}

extension MappedText {
    /// Appends another mapped text, keeping its positions.
    mutating func append(contentsOf other: MappedText) {
        for i in 0..<other.count {
            appendMapped(other.scalars[i], folded: other.folded[i], position: other.position(at: i))
        }
    }
}
