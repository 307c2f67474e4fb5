import PlanModel

/// One cell of a table found in a plan, whatever the table was read from (a Word
/// table, a Markdown pipe table, a flattened web copy).
public struct TableCell: Sendable, Hashable {
    /// The cell's text; the lines of a multi-line cell are joined by "\n".
    public var text: String
    /// The original text the cell came from.
    public var span: SourceSpan
    /// Grid columns the cell covers (a horizontally merged cell covers several).
    public var columnSpan: Int
    /// The cell continues a vertically merged cell above it and shows that cell's text
    /// (Word's `vMerge` continuation); its own `text` is ignored.
    public var continuesAbove: Bool

    public init(text: String, span: SourceSpan, columnSpan: Int = 1, continuesAbove: Bool = false) {
        self.text = text
        self.span = span
        self.columnSpan = max(columnSpan, 1)
        self.continuesAbove = continuesAbove
    }
}

/// A table recognised in plain or Markdown text, with the lines it occupies.
public struct TextTable: Sendable, Hashable {
    public var rows: [[TableCell]]
    /// First and last line numbers (1-based, as in `SourceLine.number`) of the table.
    public var lines: ClosedRange<Int>

    public init(rows: [[TableCell]], lines: ClosedRange<Int>) {
        self.rows = rows
        self.lines = lines
    }
}
