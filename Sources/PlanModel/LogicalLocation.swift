/// Where a piece of text sits in a structured document (Word): paragraph number and,
/// for table cells, table/row/column (all 1-based). Text files have none.
public struct LogicalLocation: Hashable, Codable, Sendable {
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    public var column: Int?

    public init(paragraph: Int? = nil, table: Int? = nil, row: Int? = nil, column: Int? = nil) {
        self.paragraph = paragraph
        self.table = table
        self.row = row
        self.column = column
    }
}
