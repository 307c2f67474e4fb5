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
        var emphasisOpen = false
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
            if let c = current, !blankSince, emphasisOpen || isLoneKeyword(c.text) {
                // "**Điều" / "2. Phạm vi**", "**1. Sở" / "Khoa học và Công nghệ**": the heading goes on.
                join = c.lastLine - c.firstLine < 4
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
                let emphasis = Self.emphasisToggles(source.lines[k].text)
                emphasisOpen = emphasisOpen != emphasis
            } else {
                flush()
                current = TextBlock(text: line.text, firstLine: line.number, lastLine: line.number)
                cellStart = afterSeparator
                currentKind = kind
                currentIsSectionHeading = false
                emphasisOpen = Self.emphasisToggles(source.lines[k].text)
                if kind == .marker, let m = MarkerScanner.numbering(line.text, at: MarkerScanner.contentStart(line.text)) {
                    currentIsSectionHeading = m.style == .roman || m.style == .arabic || m.style == .decimal || m.style.isStructural
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

    /// Whether a raw line leaves bold ("**") or italics ("*" opening the line) open or closes
    /// one left open: an odd number of markers.
    static func emphasisToggles(_ raw: String) -> Bool {
        let u = Array(raw.unicodeScalars)
        var bold = 0, lone = 0, i = 0
        while i < u.count {
            if u[i] == "*" {
                if i + 1 < u.count, u[i + 1] == "*" { bold += 1; i += 2; continue }
                lone += 1
            }
            i += 1
        }
        // A lone "*" counts only for italics that open the line ("*2.1. Mở rộng" / "cơ chế*"),
        // not for a Markdown bullet ("* item").
        let first = u.firstIndex { $0 != " " && $0 != "*" } ?? 0
        let italicLine = u.first { $0 != " " } == "*" && first < u.count && u[max(0, first - 1)] == "*" && bold % 2 == 0
        return bold % 2 == 1 || (italicLine && lone % 2 == 1)
    }

    /// A paragraph that is only a structural keyword, its number on the next line ("**Điều" / "3. …").
    static func isLoneKeyword(_ t: MappedText) -> Bool {
        let i = MarkerScanner.contentStart(t)
        for k in ["dieu", "chuong", "muc", "phan", "phu luc"] {
            if let e = t.matchFolded(k, at: i), t.skipSpaces(from: e) >= t.count, t.scalars[i].properties.isUppercase { return true }
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
