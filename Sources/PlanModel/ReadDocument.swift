/// What a reader hands to the rest of the pipeline.
///
/// Most formats give text to be parsed (with the tables a structured format knows);
/// a structured plan (YAML) is already a `Plan` and skips the parser. Either way the
/// source lines come along, because reports quote them.
public enum ReadDocument: Sendable {
    case text(SourceText, tables: [SourceTable])
    case plan(Plan, source: SourceText)

    /// The lines findings point at and reports quote.
    public var source: SourceText {
        switch self {
        case .text(let source, _): return source
        case .plan(_, let source): return source
        }
    }
}
