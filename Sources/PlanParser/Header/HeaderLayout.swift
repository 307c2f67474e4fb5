import PlanModel
import VietnameseText

/// The header region as logical lines, whatever its layout: a Word table or a flattened
/// one (cells between lines holding only `|`), two columns side by side (`pdftotext
/// -layout`: a run of spaces between them), or one component after the other.
///
/// A name or date that wraps inside one emphasis run (`**ỦY BAN NHÂN` / `DÂN**`,
/// `*Hà Nội, ngày 20` / `tháng 11 năm 2025*`) is one logical line; positions are kept.
struct HeaderLine {
    enum Column { case left, right, whole }
    var text: MappedText
    /// Index of the table cell (flattened or Word) the line is in; 0 without a table.
    var cell: Int
    var column: Column
    /// Written in bold (`**…**` in a web copy).
    var bold: Bool
    /// A rule under a name ("-------").
    var isRule: Bool
    /// A blank line came before it.
    var blankBefore: Bool
    var firstLine: Int
    var lastLine: Int
    /// An emphasis run is still open at its end, so the next line continues it.
    var openRun: Bool
}

enum HeaderLayout {
    /// Logical lines of the source lines numbered `lines`; `cellStarts` are the first line
    /// numbers of Word table cells.
    static func lines(_ source: SourceText, in range: ClosedRange<Int>, cellStarts: Set<Int> = []) -> [HeaderLine] {
        var logical: [Int: LogicalLocation] = [:]
        for l in source.lines where range.contains(l.number) { if let loc = l.logical { logical[l.number] = loc } }
        var out: [HeaderLine] = []
        var cell = 0
        var blank = false
        for l in source.lines where range.contains(l.number) {
            let raw = l.text.trimmingSpaces
            if !raw.isEmpty, raw.allSatisfy({ $0 == "|" || $0 == " " }) {
                cell += 1
                closeRuns(&out)
                continue
            }
            if cellStarts.contains(l.number) { cell += 1; closeRuns(&out) }
            let norm = VietnameseNormalizer.normalize(line: l.text, generatedPrefix: l.generatedPrefix)
            var lo = 0, hi = norm.scalars.count
            while lo < hi, norm.scalars[lo] == " " { lo += 1 }
            while hi > lo, norm.scalars[hi - 1] == " " { hi -= 1 }
            guard lo < hi else { blank = true; closeRuns(&out); continue }
            var t = MappedText(file: source.file.path, logical: logical)
            t.append(norm, lineNumber: l.number, range: lo..<hi)
            let emphasis = Emphasis(raw)
            // A copy that collapsed the table onto one line: "CHÍNH PHỦ------- | CỘNG HÒA…".
            let cells = inlineCells(t)
            if cells.count > 1 || t.scalars.contains("|") || cells.first.map({ $0.count > 1 }) == true {
                for (k, c) in cells.enumerated() {
                    if k > 0 { cell += 1; closeRuns(&out) }
                    for part in c {
                        append(part, column: .whole, cell: cell, emphasis: Emphasis(part.string), line: l.number, blankBefore: blank, to: &out)
                    }
                }
                blank = false
                continue
            }
            let fragments = columnFragments(t)
            for (k, fragment) in fragments.enumerated() {
                let column: HeaderLine.Column = fragments.count == 1 ? .whole : (k == 0 ? .left : .right)
                append(fragment, column: column, cell: cell, emphasis: fragments.count == 1 ? emphasis : Emphasis(fragment.string),
                       line: l.number, blankBefore: blank, to: &out)
            }
            blank = false
        }
        return out
    }

    private static func closeRuns(_ out: inout [HeaderLine]) {
        if !out.isEmpty { out[out.count - 1].openRun = false }
    }

    private static func append(_ t: MappedText, column: HeaderLine.Column, cell: Int, emphasis: Emphasis, line: Int,
                               blankBefore: Bool, to out: inout [HeaderLine]) {
        // Continue the open run of the same cell and column (a wrapped name or date).
        if let k = out.lastIndex(where: { $0.cell == cell && $0.column == column }), out[k].openRun, !blankBefore,
           k == out.count - 1 || column != .whole {
            var prev = out[k]
            prev.text.appendSeparator(" ")
            prev.text.append(contentsOf: t)
            prev.lastLine = line
            prev.openRun = emphasis.closesRun ? false : true
            out[k] = prev
            return
        }
        out.append(HeaderLine(text: t, cell: cell, column: column, bold: emphasis.startsBold, isRule: isRule(t),
                              blankBefore: blankBefore, firstLine: line, lastLine: line, openRun: emphasis.leavesOpen))
    }

    /// Splits a line where three or more spaces separate two columns side by side (the
    /// text keeps one space but its positions show the gap).
    static func columnFragments(_ t: MappedText) -> [MappedText] {
        guard t.count > 2 else { return [t] }
        for i in 1..<(t.count - 1) where t.scalars[i] == " " {
            let a = t.position(at: i), b = t.position(at: i + 1)
            if a.line == b.line, b.column - a.column >= 3, !isInsideComponent(t, gap: i) {
                return [t.slice(0..<i), t.slice((i + 1)..<t.count)]
            }
        }
        return [t]
    }

    /// A gap inside one component is a blank left to fill ("Số:    /KH-VP",
    /// "ngày    tháng 01 năm 2026"), not a column break.
    private static func isInsideComponent(_ t: MappedText, gap i: Int) -> Bool {
        let left = VietnameseFolding.fold(t.string(0..<i)).trimmingSpaces
        let right = VietnameseFolding.fold(t.string((i + 1)..<t.count))
        if left.hasSuffix(":") || ["ngay", "thang", "nam", "so"].contains(where: { left.hasSuffix($0) }) { return true }
        if right.hasPrefix("/") || right.hasPrefix("thang") || right.hasPrefix("nam ") { return true }
        return right.first.map(\.isNumber) ?? false
    }

    /// Cells of a line holding `|` separators, each split at runs of dashes (rules).
    static func inlineCells(_ t: MappedText) -> [[MappedText]] {
        guard t.scalars.contains("|") else { return [[t]] }
        var cells: [[MappedText]] = []
        var part: [MappedText] = []
        var lo = 0, i = 0
        func flush(_ hi: Int) {
            var a = lo, b = hi
            while a < b, t.scalars[a] == " " { a += 1 }
            while b > a, t.scalars[b - 1] == " " { b -= 1 }
            if a < b { part.append(t.slice(a..<b)) }
        }
        while i < t.count {
            if t.scalars[i] == "|" {
                flush(i); cells.append(part); part = []; i += 1; lo = i; continue
            }
            if t.scalars[i] == "-", i + 2 < t.count, t.scalars[i + 1] == "-", t.scalars[i + 2] == "-" {
                flush(i)
                while i < t.count, t.scalars[i] == "-" { i += 1 }
                lo = i; continue
            }
            // "…VIỆT NAMĐộc lập": a lost line break before the motto.
            if i > 0, t.folded[i] == "d", t.matchFolded("doc lap", at: i) != nil, t.scalars[i - 1].properties.isUppercase {
                flush(i); lo = i
            }
            i += 1
        }
        flush(t.count)
        if !part.isEmpty { cells.append(part) }
        return cells.filter { !$0.isEmpty }
    }

    static func isRule(_ t: MappedText) -> Bool {
        let s = t.scalars.filter { $0 != " " && $0 != "*" }
        return s.count >= 3 && s.allSatisfy { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "–" || $0 == "—" }
    }

    /// Bold and italic runs of a web copy's line, from its raw markers.
    struct Emphasis {
        var startsBold = false
        var leavesOpen = false
        var closesRun = false

        init(_ raw: String) {
            let s = raw.trimmingSpaces
            startsBold = s.hasPrefix("**")
            // Parity of "**" and of single "*" tells whether a run stays open at the end.
            var bold = 0, single = 0
            var scalars = Array(s.unicodeScalars)[...]
            while let c = scalars.first {
                scalars = scalars.dropFirst()
                guard c == "*" else { continue }
                if scalars.first == "*" { bold += 1; scalars = scalars.dropFirst() } else { single += 1 }
            }
            leavesOpen = bold % 2 == 1 || single % 2 == 1
            closesRun = leavesOpen
        }
    }
}

extension MappedText {
    /// The sub-text of `range`, positions kept.
    func slice(_ range: Range<Int>) -> MappedText {
        var t = MappedText(file: file)
        for i in range { t.appendMapped(scalars[i], folded: folded[i], position: position(at: i)) }
        return t
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
