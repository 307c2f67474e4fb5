/// A table as a reader found it in a structured document (a Word `w:tbl`), before the
/// parser decides what it means. Readers of plain text return none: tables written in
/// text (pipe tables, web copies) are recognised by the parser from the lines.
public struct SourceTable: Sendable, Hashable {
    /// One cell placed on the table grid.
    public struct Cell: Sendable, Hashable {
        /// The cell's text as the reader shows it; paragraphs joined by "\n".
        public var text: String
        /// From the first character of the cell's first paragraph to the end of its last;
        /// nil for a cell without any paragraph.
        public var span: SourceSpan?
        /// `SourceLine.number`s of the cell's paragraphs, in order.
        public var lineNumbers: [Int]
        /// Grid columns the cell covers (a horizontally merged cell covers several).
        public var columnSpan: Int
        /// The cell continues a vertically merged cell above it and shows that cell's text.
        public var continuesAbove: Bool

        public init(text: String, span: SourceSpan?, lineNumbers: [Int], columnSpan: Int = 1, continuesAbove: Bool = false) {
            self.text = text
            self.span = span
            self.lineNumbers = lineNumbers
            self.columnSpan = max(columnSpan, 1)
            self.continuesAbove = continuesAbove
        }
    }

    public var rows: [[Cell]]

    public init(rows: [[Cell]]) { self.rows = rows }

    /// First and last `SourceLine.number` the table occupies, nil for a table without text.
    public var lineRange: ClosedRange<Int>? {
        let numbers = rows.lazy.flatMap { $0.lazy.flatMap(\.lineNumbers) }
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        return low...high
    }
}
