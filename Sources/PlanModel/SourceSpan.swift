/// The stretch of original text a model element or finding came from.
///
/// `end` is exclusive (the column just after the last character). Spans are carried
/// from the reader to the report untouched; nothing re-finds them by searching text.
public struct SourceSpan: Hashable, Codable, Sendable {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition
    /// Word-specific location (paragraph, table cell) when the source is structured.
    public var logical: LogicalLocation?

    public init(file: String, start: SourcePosition, end: SourcePosition, logical: LogicalLocation? = nil) {
        self.file = file
        self.start = start
        self.end = end
        self.logical = logical
    }
}
