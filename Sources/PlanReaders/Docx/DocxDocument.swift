import PlanModel

/// A Word document as read: its lines plus the structure of its tables.
///
/// `source` is what every reader produces. `tables` adds what lines alone cannot say:
/// which cells span several grid columns and which continue a vertically merged cell,
/// so that a table consumer can give a merged value to every row it covers.
public struct DocxDocument: Sendable {
    public var source: SourceText
    /// Every table in document order, nested tables included (index = `LogicalLocation.table`).
    public var tables: [DocxTable]

    public init(source: SourceText, tables: [DocxTable]) {
        self.source = source
        self.tables = tables
    }
}

/// One Word table (`w:tbl`); rows deleted as a tracked change are already gone.
public struct DocxTable: Sendable, Hashable {
    /// 1-based, in order of appearance, counting nested tables.
    public var index: Int
    public var rows: [DocxTableRow]

    public init(index: Int, rows: [DocxTableRow]) {
        self.index = index
        self.rows = rows
    }
}

/// One table row (`w:tr`).
public struct DocxTableRow: Sendable, Hashable {
    /// 1-based row number within its table.
    public var index: Int
    /// Marked "repeat as header row at the top of each page" (`w:tblHeader`).
    public var isRepeatedHeader: Bool
    public var cells: [DocxTableCell]

    public init(index: Int, isRepeatedHeader: Bool, cells: [DocxTableCell]) {
        self.index = index
        self.isRepeatedHeader = isRepeatedHeader
        self.cells = cells
    }
}

/// One table cell (`w:tc`) placed on the table grid.
public struct DocxTableCell: Sendable, Hashable {
    /// How a cell takes part in a vertical merge (`w:vMerge`).
    public enum VerticalMerge: String, Sendable, Hashable, Codable {
        /// Not merged vertically.
        case none
        /// First cell of a vertical merge: holds the text shown for the whole merge.
        case restart
        /// Covered by the cell above: shows that cell's text and has none of its own.
        /// A consumer inherits the text of the nearest `restart` cell above it in the
        /// same `gridColumn`.
        case continuation
    }

    /// 1-based grid column of the cell's left edge (counts `w:gridBefore` and the spans
    /// of the cells to its left), so columns stay stable across merged cells.
    public var gridColumn: Int
    /// Grid columns covered (`w:gridSpan`), at least 1.
    public var columnSpan: Int
    public var verticalMerge: VerticalMerge
    /// Indices into `DocxDocument.source.lines` of the cell's paragraphs (nested tables included).
    public var lineIndices: Range<Int>
    /// The cell's paragraphs, each with its automatic number, joined by "\n".
    public var text: String
    /// From column 1 of the first paragraph to the end of the last; nil for a cell with no paragraph.
    public var span: SourceSpan?

    public init(gridColumn: Int, columnSpan: Int, verticalMerge: VerticalMerge, lineIndices: Range<Int>,
                text: String, span: SourceSpan?) {
        self.gridColumn = gridColumn
        self.columnSpan = columnSpan
        self.verticalMerge = verticalMerge
        self.lineIndices = lineIndices
        self.text = text
        self.span = span
    }
}
