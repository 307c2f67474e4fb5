import Foundation
import PlanModel

/// Finds Markdown pipe tables (GitHub style) in a plan's lines.
///
/// A table is a header line with "|", a delimiter line ("|---|:--:|"), and the following
/// lines with "|" up to a blank line or a line without one. Leading and trailing pipes
/// are optional; "\|" is a literal pipe; a pipe inside `code` does not split; "<br>"
/// inside a cell is a line break. Each cell's span covers its trimmed text, in
/// characters of the original line.
public enum MarkdownTableRecognizer {
    /// The pipe tables in `source`, in order, header row first.
    public static func tables(in source: SourceText) -> [TextTable] {
        let lines = source.lines
        var tables: [TextTable] = []
        var i = 0
        while i + 1 < lines.count {
            guard lines[i].text.contains("|"), isDelimiter(lines[i + 1].text),
                  let header = cells(of: lines[i], file: source.file.path), !header.isEmpty else {
                i += 1
                continue
            }
            var rows = [header]
            var j = i + 2
            while j < lines.count, lines[j].text.contains("|"),
                  let row = cells(of: lines[j], file: source.file.path) {
                rows.append(row)
                j += 1
            }
            tables.append(TextTable(rows: rows, lines: lines[i].number...lines[j - 1].number))
            i = j
        }
        return tables
    }

    /// Whether a line is a delimiter row: cells of dashes with optional alignment colons.
    static func isDelimiter(_ line: String) -> Bool {
        var sawPipe = false
        var sawDash = false
        var cellHasDash = false
        var cells = 0
        for ch in line {
            switch ch {
            case "|":
                sawPipe = true
                if cellHasDash { cells += 1 }
                cellHasDash = false
            case "-":
                sawDash = true
                cellHasDash = true
            case ":", " ", "\t": continue
            default: return false
            }
        }
        if cellHasDash { cells += 1 }
        return sawDash && (sawPipe || cells > 1) && cells >= 1
    }

    /// The cells of one table line, or nil when the line has no cell.
    static func cells(of line: SourceLine, file: String) -> [TableCell]? {
        let characters = Array(line.text)
        var ranges: [(start: Int, end: Int)] = []   // character offsets, end exclusive
        var start = 0
        var inCode = false
        var k = 0
        // Skip indentation and an optional leading pipe.
        while k < characters.count, characters[k] == " " || characters[k] == "\t" { k += 1 }
        if k < characters.count, characters[k] == "|" { k += 1 }
        start = k
        var trailingPipe = false
        while k < characters.count {
            let ch = characters[k]
            if ch == "\\" && k + 1 < characters.count {
                k += 2
                continue
            }
            if ch == "`" { inCode.toggle() }
            if ch == "|" && !inCode {
                ranges.append((start, k))
                start = k + 1
                trailingPipe = true
            } else if ch != " " && ch != "\t" {
                trailingPipe = false
            }
            k += 1
        }
        if !trailingPipe || start < characters.count {
            let rest = characters[start...].allSatisfy { $0 == " " || $0 == "\t" }
            if !(trailingPipe && rest) { ranges.append((start, characters.count)) }
        }
        guard !ranges.isEmpty else { return nil }
        return ranges.map { range in
            var s = range.start
            var e = range.end
            while s < e, characters[s] == " " || characters[s] == "\t" { s += 1 }
            while e > s, characters[e - 1] == " " || characters[e - 1] == "\t" { e -= 1 }
            let raw = String(characters[s..<e])
            let span = SourceSpan(file: file, start: SourcePosition(line: line.number, column: s + 1),
                                  end: SourcePosition(line: line.number, column: e + 1), logical: line.logical)
            return TableCell(text: unescape(raw), span: span)
        }
    }

    /// "\|" → "|", "<br>" → line break.
    private static func unescape(_ raw: String) -> String {
        guard raw.contains("\\|") || raw.contains("<") else { return raw }
        var text = raw.replacingOccurrences(of: "\\|", with: "|")
        for tag in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"] {
            text = text.replacingOccurrences(of: tag, with: "\n")
        }
        return text
    }
}

