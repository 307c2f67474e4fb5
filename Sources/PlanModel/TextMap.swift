/// Where each Unicode scalar of a located text came from in the original file.
///
/// A field's value is normalised text (NFC, emphasis removed, wrapped lines joined), so
/// an offset into the value is not a column of the file. The parser hands every field the
/// slice of its offset map, and a check that finds something inside a value (one unit
/// of several, one word of a sentence) reports exactly those characters with `span(_:)`.
public struct TextMap: Sendable {
    public let file: String
    private let lines: [Int32]
    private let columns: [Int32]
    private let logical: [Int: LogicalLocation]

    /// `lines[i]`/`columns[i]` are the 1-based line and grapheme column of scalar `i`.
    public init(file: String, lines: [Int32], columns: [Int32], logical: [Int: LogicalLocation] = [:]) {
        precondition(lines.count == columns.count)
        self.file = file
        self.lines = lines
        self.columns = columns
        self.logical = logical
    }

    public var count: Int { lines.count }

    /// The original span of scalars `range` of the value (end exclusive); nil when the
    /// range is empty or outside the value.
    public func span(_ range: Range<Int>) -> SourceSpan? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= lines.count else { return nil }
        let start = SourcePosition(line: Int(lines[range.lowerBound]), column: Int(columns[range.lowerBound]))
        let end = SourcePosition(line: Int(lines[range.upperBound - 1]), column: Int(columns[range.upperBound - 1]) + 1)
        return SourceSpan(file: file, start: start, end: end, logical: logical[start.line])
    }
}

extension Located where Value == String {
    /// The original span of scalars `range` of `value`: exact where the parser kept the
    /// offset map, else the whole value's span.
    public func span(ofScalars range: Range<Int>) -> SourceSpan {
        map?.span(range) ?? span
    }
}
