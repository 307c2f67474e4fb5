import PlanModel

/// One logical paragraph of the plan: wrapped lines joined, layout artefacts removed.
public struct TextBlock: Sendable {
    public var text: MappedText
    /// Original line number of the first line.
    public var firstLine: Int
    /// Original line number of the last line.
    public var lastLine: Int
    /// The paragraph lies in a cell of a flattened table (`FlattenedCells`), or a line holding
    /// only "|" comes right before and right after it. A number in a cell ("2.1", "1", a
    /// procedure's "1. Trực tiếp") is the table's, not a heading.
    public var isTableCell = false

    public var string: String { text.string }
}
