/// Which lines of a web copy lie inside the cells of a flattened table.
///
/// A web copy of a Word table frames every cell with lines holding only "|": "|" cell "|"
/// cell "|", the next row's "|" right after the last one, so two separators in a row mark a
/// row's end. The text after a table's last single separator is the document again, and so is
/// the text before its first one: a single separator alone cannot tell a cell from the
/// document. The rows between double separators give the table's width; the first row (before
/// the first double separator) and the last row (after the last) are taken to be as wide as
/// their neighbour. A procedure described inside a cell ("1. Trực tiếp", "2. Trực tuyến") is
/// the table's content, not the document's numbering.
enum FlattenedCells {
    /// A table row wider than this is no row: two double separators that far apart belong to
    /// two tables, or the document runs between them.
    static let maxWidth = 16

    /// `separator[k]`: line k holds only "|"; `blank[k]`: line k is empty. Returns the indices
    /// of the content lines that lie in a cell.
    static func lines(separator: [Bool], blank: [Bool]) -> Set<Int> {
        // Runs of content lines, with the count of separators right before each (blank lines
        // between separators do not part them).
        var runs: [[Int]] = [], before: [Int] = []
        var current: [Int] = [], pending = 0
        for k in separator.indices {
            if separator[k] {
                if !current.isEmpty { runs.append(current); current = [] }
                pending += 1
            } else if !blank[k] {
                if current.isEmpty { before.append(pending); pending = 0 }
                current.append(k)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return cells(runs: runs, groupBefore: before)
    }

    private static func cells(runs: [[Int]], groupBefore: [Int]) -> Set<Int> {
        // A double separator before run r: r begins a row (the previous one ended). Rows are the
        // runs between two row starts; a row is a table's when a neighbouring row is about as wide
        // (a merged cell makes a row one shorter): the end of one table and the start of the next
        // (the closing block, an appendix's title, the next table's header row) make one odd row.
        let rowStarts = runs.indices.filter { groupBefore[$0] >= 2 }
        var rows: [Range<Int>] = []
        for (a, b) in zip(rowStarts, rowStarts.dropFirst()) { rows.append(a..<b) }
        func alike(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
            x.count >= 2 && y.count >= 2 && x.count <= maxWidth && y.count <= maxWidth
                && abs(x.count - y.count) <= 1 && x.upperBound == y.lowerBound
        }
        var cell = Set<Int>()   // run indices
        for (k, row) in rows.enumerated() {
            let before = k > 0 ? rows[k - 1] : nil, after = k + 1 < rows.count ? rows[k + 1] : nil
            if before.map({ alike($0, row) }) == true || after.map({ alike(row, $0) }) == true { cell.formUnion(row) }
        }
        func markLastRow(from start: Int, width: Int) {
            var r = start
            while r < min(runs.count, start + width), r + 1 < runs.count, groupBefore[r + 1] >= 1 {
                cell.insert(r)
                r += 1
            }
        }
        // A table's last row runs to the next table's first row start (or the end): it is as
        // wide as the row before it, its cells each followed by a separator; the document follows.
        for (k, row) in rows.enumerated() where k > 0 && !cell.contains(row.lowerBound) && cell.contains(rows[k - 1].lowerBound) {
            markLastRow(from: row.lowerBound, width: rows[k - 1].count)
        }
        if let lastStart = rowStarts.last, let previous = rows.last, cell.contains(previous.lowerBound) {
            markLastRow(from: lastStart, width: previous.count)
        }
        var out = Set<Int>()
        for r in cell { out.formUnion(runs[r]) }
        return out
    }
}
