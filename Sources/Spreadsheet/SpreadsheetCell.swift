/// One cell of a worksheet: text (kept as an inline string), a number, or nothing.
public enum SpreadsheetCell: Sendable, Hashable {
    case text(String), number(Double), empty
}

/// One worksheet: a name (Excel allows 31 characters, no `[]:*?/\`) and its rows, top to bottom.
public struct SpreadsheetSheet: Sendable {
    public var name: String
    public var rows: [[SpreadsheetCell]]

    public init(name: String, rows: [[SpreadsheetCell]]) {
        self.name = name
        self.rows = rows
    }
}
