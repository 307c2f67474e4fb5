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

        var blocks: [TextBlock] = []
        var current: TextBlock?
        var currentKind: LineClassifier.Start = .plain
        var currentIsSectionHeading = false
        var blankSince = false
        var inHeaderRegion = true

        func flush() {
            if var c = current {
                c.text.trimTrailing()
                blocks.append(c)
            }
            current = nil
        }

        for (k, line) in lines.enumerated() {
            if line.isBlank {
                // A line that held only "<!-- … -->" is not a paragraph break.
                if !source.lines[k].text.contains("<!--") { blankSince = true }
                continue
            }
            if LineClassifier.isPageNumber(line.text) { blankSince = true; continue }
            let kind = LineClassifier.classify(line.text, inHeaderRegion: inHeaderRegion)
            var join = false
            if let c = current, kind == .plain, currentKind != .allCaps, currentKind != .header {
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
                let last = c.text.scalars.last
                let beforeLast = c.text.count >= 2 ? c.text.scalars[c.text.count - 2] : " "
                // "…/QĐ-" + "UBND": a symbol broken after its hyphen joins without a space.
                if !(last == "-" && beforeLast != " ") { c.text.appendSeparator(" ") }
                c.text.append(contentsOf: line.text)
                c.lastLine = line.number
                current = c
            } else {
                flush()
                current = TextBlock(text: line.text, firstLine: line.number, lastLine: line.number)
                currentKind = kind
                currentIsSectionHeading = false
                if kind == .marker, let m = MarkerScanner.numbering(line.text, at: MarkerScanner.contentStart(line.text)) {
                    currentIsSectionHeading = m.style == .roman || m.style == .arabic || m.style == .decimal
                    if m.style == .roman || m.style == .arabic { inHeaderRegion = false }
                }
            }
            blankSince = false
        }
        flush()
        return Result(blocks: blocks, doubleSpaced: doubleSpaced)
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
